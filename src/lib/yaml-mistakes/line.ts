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

/**
 * The field a line belongs to, as a path (`bend.how`, `translations.es.title`): the field the line
 * starts, or whose text it is, under the groups it sits in (`bend:`, `translations:`, `es:`,
 * each a name alone on its line). A YAML mistake is then named by its field, as every other
 * finding is; list items are named by their list (`examples.situation`). Empty when the line
 * belongs to no field (text at the left edge, a second document).
 */
export function fieldPathAt(lines: TextLines, index: number): string {
  const parts: string[] = [];
  let under = Infinity;
  for (let at = index; at >= 0; at--) {
    if (lines.isEmpty(at) || /^\s*#/.test(lines.content(at))) continue;
    // A tab (or a non-breaking space) in the indent is a mistake of its own: the field after it is still named.
    const content = lines.content(at).replace(/^[ \t\u00a0\u2007\u202f\u3000]+/, (indent) => ' '.repeat(indent.length));
    const field = fieldOn(content);
    if (at === index && !field) {
      under = content.length - content.trimStart().length;
      continue;
    }
    // Above the line's own field (or the field whose text it is), only groups hold it.
    if (!field || field.column >= under || (parts.length > 0 && !isGroupStart(content))) continue;
    parts.unshift(field.key);
    under = content.length - content.trimStart().length;
    if (under === 0) break;
  }
  return parts.join('.');
}
