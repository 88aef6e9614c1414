import type { Finding } from '../finding.ts';

/** Two lines of context around the finding with a caret line under the offending text, like a compiler. */
export function codeFrame(lines: readonly string[], finding: Finding): string[] {
  const first = Math.max(1, finding.line - 1);
  const last = Math.min(lines.length, finding.line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const text = (lines[number - 1] ?? '').replace(/\t/g, ' ');
    const shown = text.length > 120 ? `${text.slice(0, 117)}...` : text;
    out.push(`${number === finding.line ? '>' : ' '} ${String(number).padStart(width)} | ${shown}`);
    if (number === finding.line) {
      const sameLine = finding.endLine === finding.line && finding.endColumn !== undefined;
      const end = sameLine ? finding.endColumn! : text.length + 1;
      const length = Math.max(1, Math.min(end, 121) - finding.column);
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.min(finding.column - 1, 120))}${'^'.repeat(length)}`);
    }
  }
  return out;
}
