// Reading one line of a hand-written YAML file, for the explanations of its mistakes.
import type { TextLines } from '../text-lines.ts';

/** Whether a name is one of the format's fields. */
export type IsField = (name: string) => boolean;

export interface LineField {
  key: string;
  /** 0-based column of the name. */
  column: number;
}

/**
 * The field a line starts with (`  how: …`, `- situation: …`). With `isField`, only names it
 * accepts count: "Staff only: …" in a text is not a field.
 */
export function fieldOn(line: string, isField?: IsField): LineField | undefined {
  const match = /^( *(?:- +)?)([^\s#:'"\-[\]{}][^#:]*?) *:(?=\s|$)/.exec(line);
  if (!match || (isField && !isField(match[2]!))) return undefined;
  return { key: match[2]!, column: match[1]!.length };
}

export function startsWithTab(lines: TextLines, index: number): boolean {
  return /^ *\t/.test(lines.content(index));
}

/** `bend:` with nothing after it: the fields below belong to it. */
export function isGroupStart(line: string): boolean {
  return /:\s*(#.*)?$/.test(line);
}

/** `intent: >-`: the lines below are the text of `intent`. */
export function isBlockHeader(line: string): boolean {
  return /:\s+[|>][-+0-9]*\s*(#.*)?$/.test(line);
}

/** A value without a comment after it (` # …`). */
export function withoutComment(value: string): string {
  return value.replace(/\s+#.*$/, '');
}
