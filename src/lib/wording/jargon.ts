import { WORD_AFTER, WORD_BEFORE, type GlossaryTerm } from './glossary.ts';
import type { Hit } from './hit.ts';

interface Found {
  term: GlossaryTerm;
  text: string;
  start: number;
  end: number;
}

/**
 * Insider words from the glossary, each with the plain words to use instead. Where terms overlap
 * ("Circulation" inside "Circulation desk") the longest wins: one finding with one fix.
 */
export function jargonHits(text: string, terms: readonly GlossaryTerm[], language = 'en'): Hit[] {
  // Most texts hold no jargon at all: one pass with every term at once says so. Only a text it
  // matches is searched term by term, which also finds the overlaps the longest match settles.
  if (!anyTerm(terms).test(text)) return [];
  const found = terms.flatMap((term) =>
    [...text.matchAll(term.pattern)].map((match) => ({ term, text: match[0], start: match.index, end: match.index + match[0].length })),
  );
  return longestFirst(found).map(({ term, text: match, start }) => ({
    check: 'jargon' as const,
    code: 'jargon' as const,
    word: term.term,
    match,
    index: start,
    message: `"${match}" is library jargon`,
    hint: `Say "${plainFor(match, term, language, /^\s*$|[.!?]["”’)]?\s+$/u.test(text.slice(0, start)))}" instead, the words a visitor uses.`,
  }));
}

/**
 * The plain words as the sentence needs them where the jargon stood: plural for a plural
 * ("patrons" → "visitors or members"), and capitalised at the start of a sentence ("Patrons may…"
 * → "Visitors or members"). English only: other languages' plurals are not a matter of an "s".
 * Elsewhere the glossary's own case stands ("Ask at the Circulation desk" → "front desk").
 */
export function plainFor(match: string, term: GlossaryTerm, language: string, startsSentence: boolean): string {
  if (language.split('-')[0] !== 'en') return term.plain;
  const written = match.replace(/\s+/g, ' ');
  const plural = !/s$/i.test(term.term) && written.length > term.term.length && /s$/i.test(written);
  const plain = plural
    ? term.plain
        .split(/( or | and |, )/)
        .map((part, index) => (index % 2 === 1 ? part : pluralOfLast(part)))
        .join('')
    : term.plain;
  return startsSentence ? plain.charAt(0).toUpperCase() + plain.slice(1) : plain;
}

/** The phrase with its last word in the plural, by English's regular rules; a word already ending in "s" is left. */
function pluralOfLast(phrase: string): string {
  return phrase.replace(/(\p{L}+)$/u, (word) => {
    if (/s$/i.test(word)) return word;
    if (/(?:x|z|ch|sh)$/i.test(word)) return `${word}es`;
    if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
    if (/(?:lf|af)$/i.test(word)) return `${word.slice(0, -1)}ves`;
    return `${word}s`;
  });
}

const anyTermPatterns = new WeakMap<readonly GlossaryTerm[], RegExp>();

/**
 * One pattern that matches wherever any term's pattern would: the terms' patterns joined, all
 * without regard to case (a superset of the acronyms' exact case), built once per glossary. The
 * word boundaries are written once around all the terms, not around each: V8 took 10-20 ms to
 * compile the pattern with them repeated, at the first and again at the second text checked,
 * which was most of re-checking one edited rule's wording.
 */
function anyTerm(terms: readonly GlossaryTerm[]): RegExp {
  let pattern = anyTermPatterns.get(terms);
  if (!pattern) {
    const cores = terms.map((term) => term.core);
    pattern = new RegExp(cores.length > 0 ? `${WORD_BEFORE}(?:${cores.join('|')})${WORD_AFTER}` : '(?!)', 'iu');
    anyTermPatterns.set(terms, pattern);
  }
  return pattern;
}

/**
 * Of matches that overlap, keeps the longest (then the earliest), and any others that do not
 * overlap a kept one; in text order. Overlaps only happen within a run of matches that touch each
 * other, so each run is settled on its own and a long text stays one sort.
 */
function longestFirst(found: Found[]): Found[] {
  const kept: Found[] = [];
  const sorted = found.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let first = 0; first < sorted.length;) {
    let last = first + 1;
    let reach = sorted[first]!.end;
    while (last < sorted.length && sorted[last]!.start < reach) reach = Math.max(reach, sorted[last++]!.end);
    const run = sorted.slice(first, last).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const chosen: Found[] = [];
    for (const match of run) if (chosen.every((other) => match.end <= other.start || match.start >= other.end)) chosen.push(match);
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    first = last;
  }
  return kept;
}
