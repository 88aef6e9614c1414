import { phrasePattern } from '../text-pattern.ts';
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

/**
 * Which appearance of `match` (counted as YamlSource.within counts them: white space runs alike)
 * starts at `index` in `text`, so the finding lands on the same words in the file.
 */
export function occurrenceAt(text: string, match: string, index: number): number {
  let count = 0;
  for (const found of text.matchAll(new RegExp(phrasePattern(match), 'gu'))) {
    if (found.index >= index) break;
    count++;
  }
  return count;
}
