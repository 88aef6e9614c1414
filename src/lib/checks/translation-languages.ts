import { findingAt } from '../finding-at.ts';
import type { Finding } from '../finding.ts';
import { BUILT_IN } from '../i18n/catalogue.ts';
import { baseLanguage, bookLanguages, isLanguageCode, isNoLanguage, languageName, meantLanguage } from '../languages.ts';
import { isPublic } from '../public-rule.ts';
import type { YamlSource } from '../yaml-source.ts';
import type { BookCheck } from './check.ts';

/**
 * A rule's translations: each keyed by one of the book's other languages, and giving a reason
 * ("Why we ask") exactly when the rule gives one in its own language.
 */
export const translationLanguages: BookCheck = {
  name: 'translation-languages',
  perRule: true,
  run({ rules, site, siteSource }) {
    // Without valid site settings the languages are not known (the settings are reported already).
    if (!site) return [];
    // A code of `languages` mistyped (`sp`, `fra`) is one error, at its place in _site.yaml, with
    // the code to write: every rule's `es:` had been an error of its own, 37 of them for one edit
    // (found by an administrator's trial).
    if (site.languages?.some((code) => isNoLanguage(code) || meantLanguage(code, Object.keys(BUILT_IN)) !== undefined)) return [];
    const settings = siteSource?.file ?? '_site.yaml';
    return rules.flatMap((rule) =>
      Object.entries(rule.data.translations ?? {}).flatMap(([language, translation]) => {
        const wrong = languageProblem(rule.source, language, site.languages, settings);
        if (wrong) return [wrong];
        const path = ['translations', language];
        const name = languageName(language);
        // Only the public edition speaks other languages: a staff-only rule's translation was
        // translated for nobody, with no word of it (found by a French volunteer).
        if (!isPublic(rule.data))
          return [
            findingAt(
              rule.source,
              'translation-staff-only',
              path,
              'key',
              `the ${name} translation is never shown: the rule is staff-only (\`public: false\`), and only the public edition is in other languages`,
            ),
          ];
        if (rule.data.public_why !== undefined && translation.public_why === undefined)
          return [
            findingAt(
              rule.source,
              'translation-missing-why',
              path,
              'key',
              `the ${name} translation has no \`public_why\`, though the rule has one`,
            ),
          ];
        if (rule.data.public_why === undefined && translation.public_why !== undefined)
          return [
            findingAt(
              rule.source,
              'translation-extra-why',
              [...path, 'public_why'],
              'key',
              `the rule has no \`public_why\` for this ${name} one to translate`,
            ),
          ];
        return [];
      }),
    );
  },
};

/**
 * A translation keyed by a language that is not one of the book's others: not listed at all (often
 * a typo), or the source language itself, whose text is the rule's own fields. Shared with the
 * site settings' own translations.
 */
export function languageProblem(
  source: YamlSource,
  language: string,
  languages: readonly string[] | undefined,
  settings: string,
): Finding | undefined {
  const book = bookLanguages({ languages: languages as [string, ...string[]] | undefined });
  const path = ['translations', language];
  if (language === book.source)
    return findingAt(
      source,
      'translation-language',
      path,
      'key',
      `${languageName(language)} is the language the rules are written in (the first of \`languages\`), so it needs no translation`,
      source.file === settings
        ? `Write the ${languageName(language)} names in \`organisation\` and \`categories\` themselves, and remove this translation.`
        : `Put the ${languageName(language)} text in the rule's own \`title\`, \`public_wording\` and \`public_why\`, and remove this translation.`,
    );
  if (book.others.includes(language)) return undefined;
  // `fre` for `fr`: the same language by another code. Listed, it is the one meant; not listed, it
  // is the code to add (a second French, `fre`, had been offered; found by a French volunteer).
  const named = [...book.others, ...Object.keys(BUILT_IN)];
  const meant = meantLanguage(language, named);
  if (meant && meant !== book.source) {
    const listed = book.others.includes(meant);
    return findingAt(
      source,
      'translation-language',
      path,
      'key',
      `\`${language}\` is another code of ${languageName(meant)}, which ${listed ? '`languages` writes' : 'the site knows as'} \`${meant}\``,
      listed
        ? `Write \`${meant}:\` in its place.`
        : `Write \`${meant}:\` in its place, and add \`${meant}\` to \`languages\` in ${settings}: \`languages: [${[book.source, ...book.others, meant].join(', ')}]\`.`,
    );
  }
  // A code of `languages` written another way (`fra`), whose language this is: reported there.
  const alias = book.others.find((other) => meantLanguage(other, named) === language);
  // Two-letter codes are all near each other: only the same language in another form is a guess,
  // and two letters swapped (`se` for `es`, a language too, Northern Sami) is a slip.
  const guess = book.others.find((other) => baseLanguage(other) === baseLanguage(language) || swapped(other, language));
  const listed =
    book.others.length > 0
      ? `the book is translated into ${book.others.map(languageName).join(', ')}`
      : 'the book lists no language to translate into';
  const add = `add \`${language}\` to \`languages\` in ${settings}: \`languages: [${[book.source, ...book.others, language].join(', ')}]\``;
  // A code no language has (`sp`) is a slip, not a language to add; and so is one in `languages`
  // (reported there): this translation's language is then likely what it meant.
  const known = isLanguageCode(language);
  const slip = known ? book.others.find(isNoLanguage) : undefined;
  const hint = alias
    ? `\`${alias}\` in \`languages\` of ${settings} is another code of ${languageName(language)}: write \`${language}\` in its place.`
    : guess
      ? `Did you mean \`${guess}\`? Or ${add}.`
      : slip
        ? `\`${slip}\` in \`languages\` of ${settings} is not a language code: write \`${language}\` in its place.`
        : known
          ? `${add[0]!.toUpperCase()}${add.slice(1)}.`
          : `\`${language}\` is not a language code: use one of ${book.others.map((other) => `\`${other}\``).join(', ') || 'the codes in `languages`'} (ISO 639: es Spanish, fr French, ar Arabic…).`;
  return findingAt(
    source,
    'translation-language',
    path,
    'key',
    `${languageName(language)} is not one of the \`languages\` of ${settings} (${listed})`,
    hint,
  );
}

/** Whether `a` is `b` with two letters next to each other swapped. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const at = [...a].findIndex((letter, index) => letter !== b[index]);
  return a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}
