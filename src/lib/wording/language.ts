import type { ForbiddingPhrase } from './forbidding.ts';
import type { Hit } from './hit.ts';
import type { ReadingTargets } from './reading-level.ts';

/** What the welcoming-language check knows of one language. */
export interface WordingLanguage {
  /** The code as the book writes it (`es`, `pt-BR`). */
  code: string;
  /** Forbidding phrases, and the fix with an example in this language; absent: not checked. */
  forbidding?: { phrases: readonly ForbiddingPhrase[]; hint: string };
  /** The built-in glossary of library jargon in this language (insider word → plain words). */
  jargon: Readonly<Record<string, string>>;
  /** The reading-level formula's name; absent when no standard one exists (only long sentences are checked). */
  readingFormula?: string;
  /** Reading level (when there is a formula) and long sentences of a text in this language. */
  readingHits(text: string, targets: ReadingTargets): Hit[];
  /**
   * Short words almost every sentence of this language has and other languages lack, lowercase:
   * what tells a text left in it under another language (wording/untranslated.ts). Absent: not told.
   */
  functionWords?: ReadonlySet<string>;
}

/** Regular expression pieces: a word's edges in any script (`\b` knows only ASCII letters). */
export const START = '(?<![\\p{L}\\p{N}])';
export const END = '(?![\\p{L}\\p{N}])';
/** The start of a sentence: the text's start, or after its end mark and spaces. */
export const SENTENCE_START = '(?<=^|[.!?؟:]\\s*|^[¡¿]|[.!?:]\\s*[¡¿])';

/** The phrase found, in lowercase with single spaces: how `wording_ok.word` names it. */
export const asWord = (found: string): string => found.toLowerCase().replace(/\s+/g, ' ');
