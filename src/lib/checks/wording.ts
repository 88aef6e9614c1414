import { catalogue } from '../catalogue.ts';
import type { Finding } from '../finding.ts';
import { findingAt } from '../finding-at.ts';
import { forbiddingHits } from '../wording/forbidding.ts';
import { glossary } from '../wording/glossary.ts';
import type { Hit } from '../wording/hit.ts';
import { jargonHits } from '../wording/jargon.ts';
import { readingHits } from '../wording/reading-level.ts';
import { publicTexts } from '../public-text.ts';
import type { BookCheck } from './check.ts';

export const DEFAULT_READING_GRADE = 8;
export const DEFAULT_LONG_SENTENCE = 25;

// The intent is written for staff, but without a public_why it is what visitors read.
const INTENT_IS_PUBLIC = 'Visitors read the intent as "Why we ask": to keep it in staff words, add a `public_why` in visitors\' words.';

/**
 * The welcoming-language check of public text: whatever the public edition and the signs show of
 * a public rule (its title, public wording, and public_why, or its intent when it has none).
 * Insider jargon everywhere; forbidding phrasing, reading level and long sentences in the prose
 * (a title is a name, too short for a grade). A rule may allow a finding in `wording_ok`, with
 * a reason; an allowance that matches nothing is reported, so stale ones do not pile up.
 */
export const wording: BookCheck = {
  name: 'wording',
  perRule: true,
  run({ rules, site }) {
    const terms = glossary(site);
    const targets = {
      grade: site?.wording?.reading_grade ?? DEFAULT_READING_GRADE,
      longSentence: site?.wording?.long_sentence ?? DEFAULT_LONG_SENTENCE,
    };
    const hitsOf = (field: string, text: string): Hit[] =>
      field === 'title' ? jargonHits(text, terms) : [...jargonHits(text, terms), ...forbiddingHits(text), ...readingHits(text, targets)];
    const findings: Finding[] = [];
    for (const rule of rules) {
      if (rule.data.public === false) continue;
      const allowances = rule.data.wording_ok ?? [];
      const used = new Set<number>();
      for (const { field, text } of publicTexts(rule.data)) {
        const shown = hitsOf(field, text).filter((hit) => {
          const allowed = allowances.findIndex((allowance) => allows(allowance, hit));
          if (allowed >= 0) used.add(allowed);
          return allowed < 0;
        });
        // All of a field's hits are placed at once: one pass over its text, however many there are.
        const places = rule.source.within([field], shown);
        shown.forEach((hit, index) => {
          const hint = field === 'intent' ? `${hit.hint ?? catalogue[hit.code].hint} ${INTENT_IS_PUBLIC}` : hit.hint;
          findings.push({ ...findingAt(rule.source, hit.code, [field], 'value', hit.message, hint), ...places[index] });
        });
      }
      allowances.forEach((allowance, index) => {
        if (used.has(index)) return;
        const what = allowance.word ? `"${allowance.word}" (${allowance.check})` : `the ${allowance.check} check`;
        findings.push(
          findingAt(
            rule.source,
            'wording-ok-unused',
            ['wording_ok', index],
            'value',
            `allows ${what}, but this rule's public text no longer needs it`,
          ),
        );
      });
    }
    return findings;
  },
};

function allows(allowance: { check: string; word?: string }, hit: Hit): boolean {
  if (allowance.check !== hit.check) return false;
  return (
    allowance.word === undefined ||
    allowance.word.toLowerCase() === (hit.word ?? '').toLowerCase() ||
    allowance.word.toLowerCase() === hit.match.toLowerCase()
  );
}
