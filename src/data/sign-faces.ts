// A rule's sign in each language of the book: the faces a Sign shows, and which signs exist. A
// language gets a sign of a rule only once the rule is translated into it: a "Spanish" sign in
// English would help nobody on the wall.
import { nativeName, siteLanguages } from '../lib/i18n/languages.ts';
import type { Rule, SiteSettings } from '../lib/schemas.ts';

export { signFace, type SignFace } from '../lib/sign-face.ts';

/** One printable sign of a rule besides the source-language one: a language, or the source with it. */
export interface SignVariant {
  /** The address part: `es`, or `en-es` for English and Spanish on one sheet. */
  slug: string;
  /** "Español", "English + Español". */
  label: string;
  languages: string[];
}

export function signVariants(rule: Pick<Rule, 'translations'>, site: SiteSettings): SignVariant[] {
  const { source, all } = siteLanguages(site);
  return all.filter((lang) => lang !== source && rule.translations?.[lang] !== undefined).flatMap((lang) => variantsIn(lang, source));
}

/** A language's sign, and its bilingual one with the source language. */
function variantsIn(lang: string, source: string): SignVariant[] {
  return [
    { slug: lang, label: nativeName(lang), languages: [lang] },
    { slug: `${source}-${lang}`, label: `${nativeName(source)} + ${nativeName(lang)}`, languages: [source, lang] },
  ];
}

/**
 * The sign sets of a topic besides the source language's: for each other language, its rules
 * translated into it, alone and bilingual (the same variants as each rule's own signs).
 */
export function topicSignVariants<T extends Pick<Rule, 'translations'>>(
  rules: readonly T[],
  site: SiteSettings,
): { variant: SignVariant; rules: T[] }[] {
  const { source, all } = siteLanguages(site);
  return all
    .filter((lang) => lang !== source)
    .flatMap((lang) => {
      const translated = rules.filter((rule) => rule.translations?.[lang] !== undefined);
      return translated.length === 0 ? [] : variantsIn(lang, source).map((variant) => ({ variant, rules: translated }));
    });
}
