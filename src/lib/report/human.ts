import type { Finding } from '../finding.ts';
import { plural, type Summary } from '../summary.ts';
import { codeFrame } from './code-frame.ts';

export type Style = (format: 'red' | 'yellow' | 'green' | 'bold' | 'dim', text: string) => string;
const plain: Style = (_, text) => text;

/**
 * `file:line:col field: message`, the place in the source, and the fix; then what the check could
 * not look at (each note once), then one summary line.
 */
export function formatHuman(
  findings: readonly Finding[],
  summary: Summary,
  linesOf: (file: string) => readonly string[] | undefined,
  style: Style = plain,
  notes: readonly string[] = [],
): string {
  const out: string[] = [];
  // Each file is read once, not once per finding: thousands of findings in a large file made
  // the report quadratic.
  const read = new Map<string, readonly string[] | undefined>();
  const cachedLinesOf = (file: string) => {
    if (!read.has(file)) read.set(file, linesOf(file));
    return read.get(file);
  };
  for (const finding of findings) {
    const field = finding.field ? `${finding.field}: ` : '';
    out.push(style('bold', `${finding.file}:${finding.line}:${finding.column} ${field}${finding.message}`));
    const lines = cachedLinesOf(finding.file);
    if (lines) out.push(...codeFrame(lines, finding).map((line) => `  ${style('dim', line)}`));
    const label = finding.severity === 'error' ? style('red', 'error') : style('yellow', 'warning');
    out.push(`  ${label} (${finding.code}). Fix: ${finding.hint}`, '');
  }
  for (const note of notes) out.push(`${style('dim', 'Note:')} ${note}`);
  out.push(
    summaryLine(summary, style, [...new Set(findings.filter((finding) => finding.severity === 'error').map((finding) => finding.file))]),
  );
  return `${out.join('\n')}\n`;
}

// Up to this many files with errors are named in the summary: the line a reader sees last, after
// a long list where errors and warnings come file by file.
const NAMED_FILES = 3;

export function summaryLine(summary: Summary, style: Style = plain, errorFiles: readonly string[] = []): string {
  const { red, yellow, green } = summary.colors;
  const colors = `(${red} red, ${yellow} yellow, ${green} green)`;
  const warnings = plural(summary.warnings, 'warning');
  if (summary.errors === 0 && summary.warnings === 0)
    return style('green', `✔ ${plural(summary.rules, 'rule')} checked ${colors}: no problems.`);
  if (summary.errors === 0) return style('yellow', `⚠ 0 errors, ${warnings}. ${plural(summary.rules, 'rule')} checked ${colors}.`);
  return style(
    'red',
    `✖ ${plural(summary.errors, 'error')} in ${plural(summary.filesWithErrors, 'file')}${errorFiles.length > 0 && errorFiles.length <= NAMED_FILES ? ` (${errorFiles.join(', ')})` : ''}, ${warnings}. ${plural(summary.files, 'file')} checked; ${summary.rules} valid ${summary.rules === 1 ? 'rule' : 'rules'} ${colors}.`,
  );
}
