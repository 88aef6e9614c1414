import { shownText } from '../changes/shown-text.ts';
import { findingAt } from '../finding-at.ts';
import { bareLanguageName } from '../languages.ts';
import { isPublic } from '../public-rule.ts';
import type { BookCheck, BookRule } from './check.ts';

// The texts a copy gives away: a title or a wording is one rule's own. Not `public_why`, where a
// stock sentence ("Para que todos puedan concentrarse.") is at home on many rules; nor a title of
// a word or two ("Wifi"), which two rules may well share.
const COPIED_FIELDS = ['title', 'public_wording'] as const;
type CopiedField = (typeof COPIED_FIELDS)[number];
const FIELD_WORDS: Record<CopiedField, string> = { title: 'title', public_wording: 'public wording' };
const ENOUGH_WORDS = /^\S+ \S+ \S/;

interface Translated {
  rule: BookRule;
  language: string;
  field: CopiedField;
  /** The rule's own text of the field, as a page shows it. */
  own: string;
}

/**
 * A translation that is word for word another rule's, where the two rules' own texts differ: a
 * rule copied from another to start from ("Copy a rule close to yours") kept its translations,
 * which then said the other rule's words on the public pages as current, passing every check
 * (found by a deputy director's trial). Both rules are told, each naming the other, and neither
 * told it is the copy: which rule came later says nothing of which got the other's translation (an
 * older rule given a newer one's Spanish; found by the second review).
 */
export const translationCopied: BookCheck = {
  name: 'translation-copied',
  run({ rules }) {
    const byText = new Map<string, Translated[]>();
    for (const rule of rules) {
      if (!isPublic(rule.data) || !rule.data.translations) continue;
      const own = { title: shownText(rule.data.title), public_wording: shownText(rule.data.public_wording ?? '') };
      for (const [language, translation] of Object.entries(rule.data.translations))
        for (const field of COPIED_FIELDS) {
          const text = translation[field];
          const shown = typeof text === 'string' ? shownText(text) : '';
          if (!ENOUGH_WORDS.test(shown)) continue;
          const key = `${language}\u0000${field}\u0000${shown}`;
          const entry = { rule, language, field, own: own[field] };
          const same = byText.get(key);
          if (same) same.push(entry);
          else byText.set(key, [entry]);
        }
    }
    return [...byText.values()].flatMap((same) => {
      // One rule per own text: a group whose rules all say the same is no copy.
      const byOwn = new Map(same.map((entry) => [entry.own, entry]));
      if (byOwn.size < 2) return [];
      return same.map((entry) => finding(entry, [...byOwn.values()].find((candidate) => candidate.own !== entry.own)!.rule));
    });
  },
};

function finding({ rule, language, field }: Translated, other: BookRule) {
  const name = bareLanguageName(language);
  const words = FIELD_WORDS[field];
  const fix = `translate this rule's ${words} into ${name}, or take \`${language}:\` out of \`translations\` until it is translated (its pages then show the ${words} as written, with a notice)`;
  return findingAt(
    rule.source,
    'translation-copied',
    ['translations', language, field],
    'value',
    `the ${name} ${words} is word for word that of "${other.data.title}" (${other.file}), whose own ${words} is not this rule's: one of the two translates the other rule`,
    `Where this rule was made from a copy of that one, ${fix}; where that one was made from this, do so there.`,
  );
}
