import type { Finding } from '../finding.ts';
import type { Summary } from '../summary.ts';
import { formatHuman } from './human.ts';

/**
 * The human report for a GitHub job summary: a heading and the report in a code block. The code
 * frames quote the rule files, which may hold backticks, so the fence is longer than any run of
 * backticks in the report: no line of it can close the block early.
 */
export function formatMarkdown(
  findings: readonly Finding[],
  summary: Summary,
  linesOf: (file: string) => readonly string[] | undefined,
  notes: readonly string[] = [],
): string {
  const report = formatHuman(findings, summary, linesOf, undefined, notes);
  return `## Rule check\n\n${fenced(report, 'text')}`;
}

/** `text` in a fenced code block that nothing inside it can close. */
export function fenced(text: string, info = ''): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}\n`;
}
