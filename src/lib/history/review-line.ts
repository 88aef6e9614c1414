// Loaded by the Recent changes page's filter too, which counts again what it leaves shown.
import { countedWord, plural } from '../plural.ts';

/**
 * What a review commit did, in a line: "2 rules reviewed". Moving only `review_by` puts the
 * next review off and is no review: it had read "2 rules reviewed" while the rules' pages kept
 * their old "Last reviewed" (found by a policy clerk's trial).
 */
export function reviewLine(rules: readonly { reviewed: boolean }[]): string {
  const reviewed = rules.filter((rule) => rule.reviewed).length;
  const putOff = rules.length - reviewed;
  if (putOff === 0) return `${plural(reviewed, 'rule')} reviewed`;
  if (reviewed === 0) return `Next review date moved for ${plural(putOff, 'rule')}`;
  return `${plural(reviewed, 'rule')} reviewed; next review date moved for ${putOff} ${countedWord(putOff, 'other')}`;
}
