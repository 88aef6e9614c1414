// What every public page needs to speak its language: the book in that language, its messages,
// links that stay in it, and the same page in every other language (for hreflang and the switcher).
import { messagesFor, type Messages } from '../lib/i18n/catalogue.ts';
import { writtenDay } from '../lib/i18n/format.ts';
import { siteLanguages, directionOf, languagePrefix, nativeName } from '../lib/i18n/languages.ts';

export { langAttr } from '../lib/i18n/languages.ts';
import { getBook } from './book.ts';
import { href } from './href.ts';
import { getPublicBook, type PublicBook } from './public-book.ts';

/** The same page in one language of the book. */
export interface Alternate {
  lang: string;
  /** The language named in itself ("Español"). */
  name: string;
  href: string;
  current: boolean;
}

export interface PublicPage {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language the rules are written in. */
  source: string;
  book: PublicBook;
  messages: Messages;
  /** A link within this language: `link('/search/')` → `/es/search/` on a Spanish page. */
  link(path: string): string;
  /** The same link in the language the rules are written in. */
  sourceLink(path: string): string;
  /** A day (YYYY-MM-DD) as the page shows it, beside its `<time datetime>`. */
  day(iso: string): string;
  alternates: Alternate[];
}

/**
 * Route parameters for every language: the source language at the root (`lang` undefined, as an
 * Astro rest parameter allows), each other one under its code.
 */
export async function languageParams(): Promise<{ lang: string | undefined }[]> {
  const { site } = await getBook();
  const languages = siteLanguages(site);
  return languages.all.map((lang) => ({ lang: lang === languages.source ? undefined : lang }));
}

/** The page at `path` (written from a language's root, e.g. `/rules/phone-calls/`) in `param`'s language. */
export async function publicPage(param: string | undefined, path: string): Promise<PublicPage> {
  const { site } = await getBook();
  const languages = siteLanguages(site);
  const lang = param ?? languages.source;
  const messages = messagesFor(lang, site.translations?.[lang]?.messages);
  const localHref = (language: string, to: string) => href(`${languagePrefix(language, languages)}${to}`);
  return {
    lang,
    dir: directionOf(lang),
    source: languages.source,
    book: await getPublicBook(lang),
    messages,
    link: (to) => localHref(lang, to),
    sourceLink: (to) => localHref(languages.source, to),
    // The source language keeps the ISO day the staff edition, the review dates and the feed show;
    // another language writes it its own way, in the words of its messages.
    day: (iso) => (lang === languages.source ? iso : writtenDay(iso, messages.language)),
    alternates: languages.all.map((language) => ({
      lang: language,
      name: nativeName(language),
      href: localHref(language, path),
      current: language === lang,
    })),
  };
}
