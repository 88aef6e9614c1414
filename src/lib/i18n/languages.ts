// The languages of a book as the site shows them: the first of `languages` in _site.yaml is the
// one its rules are written in (the source) and lives at the root of the public edition; each
// other one under /<code>/. Names and writing direction come from the language code itself.
import { baseLanguage, bookLanguages } from '../languages.ts';

/** Scripts written right to left: Arabic, Hebrew, Urdu, Farsi (and their regional variants). */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'ur', 'fa']);

export interface SiteLanguages {
  /** The language the rules are written in. */
  source: string;
  /** Every language, the source first. */
  all: readonly string[];
}

export function siteLanguages(site: { languages?: [string, ...string[]] }): SiteLanguages {
  const { source, others } = bookLanguages(site);
  return { source, all: [source, ...others] };
}

/** `ar` and `ur-PK` are written right to left; every other language left to right. */
export function directionOf(language: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(baseLanguage(language)) ? 'rtl' : 'ltr';
}

/**
 * A language named in itself, as a switcher offers it ("Español", "العربية"): a reader who
 * cannot read the current page can still find their own language. Capitalised the way that
 * language capitalises (scripts without case are unchanged).
 */
export function nativeName(language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/** A language named in another one: `nameIn('en', 'es')` → "inglés". */
export function nameIn(language: string, inLanguage: string): string {
  return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(language) ?? language;
}

/** The path prefix of a language in the public edition: '' for the source, `/es` for Spanish. */
export function languagePrefix(language: string, languages: SiteLanguages): string {
  return language === languages.source ? '' : `/${language}`;
}

/** `lang` for an element whose text is in `textLang`, on a page in `pageLang`: only when they differ. */
export function langAttr(textLang: string, pageLang: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (textLang === pageLang) return {};
  const dir = directionOf(textLang);
  return directionOf(pageLang) === dir ? { lang: textLang } : { lang: textLang, dir };
}
