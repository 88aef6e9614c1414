import type { GlossaryTerm } from './glossary.ts';
import type { Hit } from './hit.ts';

/** Insider words from the glossary, each with the plain words to use instead. */
export function jargonHits(text: string, terms: readonly GlossaryTerm[]): Hit[] {
  return terms.flatMap((term) =>
    [...text.matchAll(term.pattern)].map((match) => ({
      check: 'jargon' as const,
      code: 'jargon' as const,
      word: term.term,
      match: match[0],
      index: match.index,
      message: `"${match[0]}" is library jargon`,
      hint: `Say "${term.plain}" instead, the words a visitor uses.`,
    })),
  );
}
