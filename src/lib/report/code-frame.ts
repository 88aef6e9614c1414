import type { Finding } from '../finding.ts';

/** The widest a line of the frame may be, in characters. */
const WIDTH = 120;
/** How much of the line before the finding stays in view when the line is scrolled to it. */
const LEAD = 40;

/**
 * Two lines of context around the finding with a caret line under the offending text, like a
 * compiler. A long line is shown from a little before the finding, so the finding is always in
 * view: a word flagged at column 133 had been cut off behind "..." (found by a new-user trial).
 */
export function codeFrame(lines: readonly string[], finding: Finding): string[] {
  const first = Math.max(1, finding.line - 1);
  const last = Math.min(lines.length, finding.line + 1);
  const width = String(last).length;
  const at = finding.column - 1;
  const start = at + 1 > WIDTH - 3 ? at - LEAD : 0;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const text = (lines[number - 1] ?? '').replace(/\t/g, ' ');
    const { shown, offset, room } = windowOf(text, start);
    out.push(`${number === finding.line ? '>' : ' '} ${String(number).padStart(width)} | ${shown}`);
    if (number === finding.line) {
      const sameLine = finding.endLine === finding.line && finding.endColumn !== undefined;
      const end = Math.min(sameLine ? finding.endColumn! - 1 : text.length, start + room);
      const length = Math.max(1, end - at);
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(offset + at - start)}${'^'.repeat(length)}`);
    }
  }
  return out;
}

/** The part of a line from `start` that fits the frame, marked "..." where it is cut; `room` is how many of its characters show. */
function windowOf(text: string, start: number): { shown: string; offset: number; room: number } {
  const before = start > 0 ? '...' : '';
  const rest = text.slice(start);
  if (before.length + rest.length <= WIDTH) return { shown: before + rest, offset: before.length, room: rest.length };
  const room = WIDTH - before.length - 3;
  return { shown: `${before}${rest.slice(0, room)}...`, offset: before.length, room };
}
