import type { SiteSettings } from './schemas.ts';

/** The book's languages: the one its rules are written in, and the others it is translated into. */
export interface BookLanguages {
  /** The first of `languages` (default `en`): rules are written in it; it needs no translation. */
  source: string;
  /** The rest, in the order `languages` lists them. */
  others: string[];
}

export function bookLanguages(site: Pick<SiteSettings, 'languages'> | undefined): BookLanguages {
  const [source = 'en', ...others] = site?.languages ?? ['en'];
  return { source, others };
}

const names = new Map<string, string>();

/**
 * "Spanish (es)": the language's English name from the platform's own data (Intl.DisplayNames),
 * so any code a book uses is named without a table here; an unknown code is shown as itself.
 */
export function languageName(code: string): string {
  let name = names.get(code);
  if (name === undefined) {
    let english: string | undefined;
    try {
      english = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' }).of(code);
    } catch {
      english = undefined;
    }
    name = english && english !== code ? `${english} (${code})` : code;
    names.set(code, name);
  }
  return name;
}

/** Whether the platform knows `code` as a language (`es`, `pt-BR`). */
export function isLanguageCode(code: string): boolean {
  return languageName(code) !== code;
}

/**
 * A code that is surely no language (`sp`): the platform knows every two-letter code (ISO 639-1),
 * but not every three-letter one libraries use (`ksw`, S'gaw Karen; `cnh`, Hakha Chin).
 */
export function isNoLanguage(code: string): boolean {
  return !isLanguageCode(code) && baseLanguage(code).length === 2;
}

/** `pt` of `pt-BR`: what the wording checks of a language are chosen by. */
export function baseLanguage(code: string): string {
  return code.split('-')[0]!.toLowerCase();
}
