import { findingAt } from '../finding-at.ts';
import { BUILT_IN } from '../i18n/catalogue.ts';
import { isLanguageCode, isNoLanguage, languageName, meantLanguage } from '../languages.ts';
import type { BookCheck } from './check.ts';

/**
 * Each code of `languages` is a language: `sp` for Spanish had gone unnamed, and every rule's
 * `es` translation was reported instead, with the fix to add `es` beside it (found by a new-user
 * trial). The codes the rules translate into, but `languages` lacks, are what it likely meant.
 */
export const siteLanguages: BookCheck = {
  name: 'site-languages',
  run({ rules, site, siteSource }) {
    const languages = site?.languages;
    if (!languages || !siteSource) return [];
    const listed = new Set(languages);
    const used = new Map<string, number>();
    for (const rule of rules)
      for (const language of Object.keys(rule.data.translations ?? {}))
        if (!listed.has(language) && isLanguageCode(language)) used.set(language, (used.get(language) ?? 0) + 1);
    const meant = [...used].sort((a, b) => b[1] - a[1]).map(([language]) => language);
    return languages.flatMap((code, index) => {
      // `fra` is French, but neither the interface's words nor the built-in checks know it by that
      // code: the site had said `lang="fra"` in English (found by a French volunteer).
      const shorter = meantLanguage(code, Object.keys(BUILT_IN));
      if (shorter && isLanguageCode(code))
        return [
          findingAt(
            siteSource,
            'language-code-alias',
            ['languages', index],
            'value',
            `\`${code}\` is another code of ${languageName(shorter)}, which the site knows as \`${shorter}\`: its pages would be marked \`lang="${code}"\` and keep English interface words`,
            `Write \`${shorter}\` in its place, \`languages: [${languages.map((other) => (other === code ? shorter : other)).join(', ')}]\`, and key its translations \`${shorter}:\`.`,
          ),
        ];
      // A three-letter code the platform does not know may still be a language (`ksw`).
      if (!isNoLanguage(code)) return [];
      const guess = meant.shift();
      const hint = guess
        ? `The rules translate into ${languageName(guess)}: write \`${guess}\` in its place, \`languages: [${languages.map((other) => (other === code ? guess : other)).join(', ')}]\`.`
        : undefined;
      return [findingAt(siteSource, 'unknown-language', ['languages', index], 'value', `\`${code}\` is not a language code`, hint)];
    });
  },
};
