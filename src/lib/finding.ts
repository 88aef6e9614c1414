import type { FindingCode } from './catalogue.ts';

export type Severity = 'error' | 'warning';

/** One problem in the rule book, pointing at the exact place to fix it. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Path as the user typed it or as shown relative to the working folder, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
  /** Where the offending text ends (exclusive), when known: lets the code frame underline it. */
  endLine?: number;
  endColumn?: number;
  /** The field in dotted form, e.g. `bend.ask` or `examples[0].situation`; empty for the whole file. */
  field: string;
  message: string;
  /** What to do about it. */
  hint: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

/** `bend.ask`, `examples[0].situation`: how staff and editors name a place in a rule. */
export function fieldName(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}
