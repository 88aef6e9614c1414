// A rule's sign in each language of the book: the faces a Sign shows, and which signs exist. A
// language gets a sign of a rule only once the rule is translated into it: a "Spanish" sign in
// English would help nobody on the wall.
import { messagesFor } from '../lib/i18n/catalogue.ts';
import { localRule } from '../lib/i18n/local-rule.ts';
import { nativeName, siteLanguages } from '../lib/i18n/languages.ts';
import type { Rule, SiteSettings } from '../lib/schemas.ts';

/** What one language's half of a sign says. */
export interface SignFace {
  organisation: string;
  title: string;
  wording: string;
  why: string;
  /** "Why we ask:" in that language. */
  whyLabel: string;
  /** "Read more on your phone: scan the code, or go to" in that language, beside a QR code. */
  qrText: string;
  /** "QR code that opens {address}" in that language: the code's name for screen readers. */
  qrLabel: string;
  /** The language of this face; absent on the staff edition's own (English) page language. */
  lang?: string;
}

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

/** The sign's text in `lang`, with the book's own words for that language. */
export function signFace(rule: Rule, site: SiteSettings, lang: string): SignFace {
  const { source } = siteLanguages(site);
  const own = lang === source ? undefined : site.translations?.[lang];
  const local = localRule(rule, lang, source);
  const messages = messagesFor(lang, own?.messages);
  return {
    organisation: own?.organisation ?? site.organisation,
    title: local.title.text,
    wording: local.wording.text,
    // A reason not yet translated is left off: a Spanish sign said "Por qué lo pedimos: Child
    // safety." with no word that it was English (found by a new-user trial). A bilingual sign
    // still says it once, in the source language's half.
    why: local.why.lang === lang ? local.why.text : '',
    whyLabel: messages.t('sign.why'),
    qrText: messages.t('sign.qr'),
    qrLabel: messages.t('sign.qrCode'),
    lang,
  };
}
