import type { FindingCode } from '../catalogue.ts';

/** The names a rule uses in `wording_ok` to silence a check. */
export type WordingCheck = 'jargon' | 'forbidding' | 'reading-level' | 'long-sentence' | 'untranslated';

/** One problem in a piece of public text, before it is placed in its file. */
export interface Hit {
  check: WordingCheck;
  code: FindingCode;
  /** The word or phrase found, as `wording_ok.word` would name it. */
  word?: string;
  /** The exact text to point at in the source. */
  match: string;
  /** Where `match` starts in the text: YamlSource.within turns it into a line and column. */
  index: number;
  message: string;
  hint?: string;
}
