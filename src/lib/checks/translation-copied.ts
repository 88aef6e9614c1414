import { shownText } from '../changes/shown-text.ts';
import { findingAt } from '../finding-at.ts';
import { bareLanguageName } from '../languages.ts';
import { isPublic } from '../public-rule.ts';
import type { BookCheck, BookRule } from './check.ts';

// The texts a copy gives away: a title or a wording is one rule's own. Not `public_why`, where a
// stock sentence ("Para que todos puedan concentrarse.") is at home on many rules.
const COPIED_FIELDS = ['title', 'public_wording'] as const;
const FIELD_WORDS: Record<(typeof COPIED_FIELDS)[number], string> = { title: 'title', public_wording: 'public wording' };

/**
 * A translation that is word for word another rule's, where the two rules' own texts differ: a
 * rule copied from another to start from ("Copy a rule close to yours") kept its translations,
 * which then said the other rule's words on the public pages as current, passing every check
 * (found by a deputy director's trial). Both rules are told, each naming the other: without the
 * history, the copy cannot be told from the rule it was copied from.
 */
export const translationCopied: BookCheck = {
  name: 'translation-copied',
  run({ rules }) {
    const byText = new Map<string, BookRule[]>();
    const keys = (rule: BookRule) =>
      Object.entries(rule.data.translations ?? {}).flatMap(([language, translation]) =>
        COPIED_FIELDS.flatMap((field) => {
          const text = translation[field];
          return typeof text === 'string' ? [{ language, field, key: `${language}\u0000${field}\u0000${shownText(text)}` }] : [];
        }),
      );
    const translated = rules.filter((rule) => isPublic(rule.data) && rule.data.translations);
    for (const rule of translated)
      for (const { key } of keys(rule)) {
        const same = byText.get(key);
        if (same) same.push(rule);
        else byText.set(key, [rule]);
      }
    return translated.flatMap((rule) =>
      keys(rule).flatMap(({ language, field, key }) => {
        const own = shownText(String(rule.data[field] ?? ''));
        const other = byText.get(key)!.find((candidate) => candidate !== rule && shownText(String(candidate.data[field] ?? '')) !== own);
        if (!other) return [];
        const name = bareLanguageName(language);
        return [
          findingAt(
            rule.source,
            'translation-copied',
            ['translations', language, field],
            'value',
            `the ${name} ${FIELD_WORDS[field]} is word for word that of "${other.data.title}" (${other.file}), whose own ${FIELD_WORDS[field]} is not this rule's: it translates the other rule`,
            `Translate this rule's ${FIELD_WORDS[field]} into ${name}, or take \`${language}:\` out of \`translations\` until it is translated: its pages then show the ${FIELD_WORDS[field]} as written, with a notice.`,
          ),
        ];
      }),
    );
  },
};
