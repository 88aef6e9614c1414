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
    const english = bareLanguageName(code);
    name = english !== code ? `${english} (${code})` : code;
    names.set(code, name);
  }
  return name;
}

/** "Spanish": the English name alone, where the code is shown beside it anyway; an unknown code is itself. */
export function bareLanguageName(code: string): string {
  try {
    return new Intl.DisplayNames('en', { type: 'language', fallback: 'none' }).of(code) ?? code;
  } catch {
    return code;
  }
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

/** A language's name as people type it: lower case, without accents ("Français" → "francais"). */
const plainName = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * The code a language written another way means: its two-letter code for a three-letter one
 * (`fra`, `fre` → `fr`, as Intl.getCanonicalLocales has it), for a locale (`fr_FR` → `fr`) or one
 * in capitals (`FR`), and for a language's name in English or in itself (`French`, `français`),
 * among `named` (the built-in languages and the book's). Undefined when `written` is already the
 * shortest code, or nothing is known of it (found by a French volunteer: `fra` had given the site
 * `lang="fra"` and English interface words, with no word from `check`).
 */
export function meantLanguage(written: string, named: readonly string[]): string | undefined {
  const dashed = written.trim().replace(/_/g, '-');
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(dashed)[0];
  } catch {
    canonical = undefined;
  }
  // A code already written as its language's code (`pt-BR`, `es-MX`) means itself.
  if (canonical === written) return undefined;
  // A language of its own that the platform files under another's region or script (`prs`, Dari,
  // as `fa-AF`; `sh` as `sr-Latn`) is no other way of writing that one (found by a review).
  if (canonical?.includes('-') && !dashed.includes('-')) return undefined;
  const code = canonical ? shortestCode(canonical) : undefined;
  if (code) return code === written ? undefined : code;
  const wanted = plainName(written);
  return named.find((code) => {
    const names = [englishName(code), new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code)];
    return names.some((name) => name !== undefined && plainName(name) === wanted);
  });
}

/**
 * `fr` for `fr-FR`, whose region is the one French is taken to mean; `es-MX` stays. Undefined for
 * a language with no two-letter code the platform knows (`ksw`: taken on trust elsewhere).
 */
function shortestCode(canonical: string): string | undefined {
  const locale = new Intl.Locale(canonical);
  if (locale.language.length !== 2 || !isLanguageCode(locale.language)) return undefined;
  if (locale.script || canonical.split('-').length > 2) return canonical;
  const likely = new Intl.Locale(locale.language).maximize().region;
  return locale.region && locale.region !== likely ? `${locale.language}-${locale.region}` : locale.language;
}

function englishName(code: string): string | undefined {
  return new Intl.DisplayNames('en', { type: 'language', fallback: 'none' }).of(code);
}
