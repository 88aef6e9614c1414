import type { FindingCode } from '../catalogue.ts';

/** The names a rule uses in `wording_ok` to silence a check. */
export type WordingCheck = 'jargon' | 'forbidding' | 'reading-level' | 'long-sentence';

/** One problem in a piece of public text, before it is placed in its file. */
export interface Hit {
  check: WordingCheck;
  code: FindingCode;
  /** The word or phrase found, as `wording_ok.word` would name it. */
  word?: string;
  /** The exact text to point at in the source, and which of its appearances (0-based). */
  match: string;
  occurrence: number;
  message: string;
  hint?: string;
}

/** How many times `match` appears in `text` before `index`: which appearance a hit is. */
export function occurrenceAt(text: string, match: string, index: number): number {
  let count = 0;
  for (let at = text.indexOf(match); at !== -1 && at < index; at = text.indexOf(match, at + 1)) count++;
  return count;
}
