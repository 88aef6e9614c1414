import type { SiteSettings } from '../schemas.ts';
import { phrasePattern } from '../text-pattern.ts';

/**
 * Common library jargon and the words visitors use instead. Organisations add their own in
 * `_site.yaml` (`jargon`), or switch this list off with `builtin_jargon: false`.
 */
export const BUILTIN_JARGON: Readonly<Record<string, string>> = {
  Circulation: 'borrowing and returns',
  'Circulation desk': 'front desk',
  'Circ desk': 'front desk',
  ILL: 'borrowing from other libraries',
  'Interlibrary loan': 'borrowing from other libraries',
  'Inter-library loan': 'borrowing from other libraries',
  Periodical: 'magazine or newspaper',
  'Call number': 'shelf number',
  'Reference desk': 'help desk',
  'Reference librarian': 'librarian',
  'Reference services': 'help finding information',
  OCLC: 'shared library catalog',
  OPAC: 'library catalog',
  ILS: 'library system',
  Patron: 'visitor or member',
  'Holds shelf': 'pickup shelf',
  Stacks: 'shelves',
  Carrel: 'study desk',
  Weeding: 'removing old items',
  'Non-circulating': 'for use in the library',
  Monograph: 'book',
  'Bibliographic instruction': 'library classes',
};

export interface GlossaryTerm {
  term: string;
  plain: string;
  pattern: RegExp;
  /** The pattern's source without the word boundaries around it (WORD_BEFORE, WORD_AFTER). */
  core: string;
  /** Written in capitals ("ILL"): jargon only in capitals, as "ill" is an everyday word. */
  acronym: boolean;
  /** From the built-in glossary, not the book's own `jargon`. */
  builtin: boolean;
}

/** No letter or digit just before a term, or just after it: whole words only. */
export const WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
export const WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** The terms to flag, each with a pattern for the whole word or phrase, any case, plural or not. */
export function glossary(site: SiteSettings | undefined): GlossaryTerm[] {
  return terms(site?.builtin_jargon === false ? {} : BUILTIN_JARGON, site?.jargon ?? {});
}

/**
 * The terms to flag in text of one language: that language's built-in glossary (unless
 * `builtin_jargon: false`) and the book's own, from `jargon` for the language the rules are
 * written in, or from `translations.<language>.jargon` for the others.
 */
export function glossaryIn(
  site: SiteSettings | undefined,
  language: { code: string; jargon: Readonly<Record<string, string>> },
  isSource: boolean,
): GlossaryTerm[] {
  const own = isSource ? site?.jargon : site?.translations?.[language.code]?.jargon;
  return terms(site?.builtin_jargon === false ? {} : language.jargon, own ?? {});
}

/** The built-in terms and the book's own, which win where both have a term. */
function terms(builtin: Readonly<Record<string, string>>, own: Readonly<Record<string, string>>): GlossaryTerm[] {
  return Object.entries({ ...builtin, ...own }).map(([term, plain]) => {
    const core = termCore(term);
    // Words written in capitals are acronyms: "ILL" is jargon, "ill" is not.
    const acronym = /\p{Lu}/u.test(term) && term === term.toUpperCase();
    return {
      term,
      plain,
      core,
      acronym,
      // The book's own entry for a built-in word, in any case ("circulation: water filtering"), makes it the book's.
      builtin: !Object.keys(own).some((word) => word.toLowerCase() === term.toLowerCase()),
      pattern: new RegExp(`${WORD_BEFORE}${core}${WORD_AFTER}`, acronym ? 'gu' : 'giu'),
    };
  });
}

function termCore(term: string): string {
  const plural = /s$/i.test(term) ? '' : '(?:e?s)?';
  return `${phrasePattern(term)}${plural}`;
}
