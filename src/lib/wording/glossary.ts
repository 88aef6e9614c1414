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
}

/** The terms to flag, each with a pattern for the whole word or phrase, any case, plural or not. */
export function glossary(site: SiteSettings | undefined): GlossaryTerm[] {
  const entries = { ...(site?.builtin_jargon === false ? {} : BUILTIN_JARGON), ...(site?.jargon ?? {}) };
  return Object.entries(entries).map(([term, plain]) => ({ term, plain, pattern: termPattern(term) }));
}

function termPattern(term: string): RegExp {
  const body = phrasePattern(term);
  // Words written in capitals are acronyms: "ILL" is jargon, "ill" is not.
  const acronym = /\p{Lu}/u.test(term) && term === term.toUpperCase();
  const plural = /s$/i.test(term) ? '' : '(?:e?s)?';
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${plural}(?![\\p{L}\\p{N}])`, acronym ? 'gu' : 'giu');
}
