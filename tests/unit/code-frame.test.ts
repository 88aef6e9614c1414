// The lines `check` shows under a finding: the finding itself must be in view, however long the line.
import { expect, it } from 'vitest';
import type { Finding } from '../../src/lib/finding.ts';
import { codeFrame } from '../../src/lib/report/code-frame.ts';

const at = (line: number, column: number, endColumn: number) => ({ line, column, endLine: line, endColumn }) as Finding;

it('underlines the finding on a short line, with a line of context either side', () => {
  expect(codeFrame(['id: x', 'color: amber', 'owner: B'], at(2, 8, 13))).toEqual([
    '  1 | id: x',
    '> 2 | color: amber',
    '    |        ^^^^^',
    '  3 | owner: B',
  ]);
});

it('shows a long line from a little before a finding far along it (found by a new-user trial: column 133 was cut off)', () => {
  const wording = `public_wording: ${'Pick up your items from the lockers by the side door at any hour, day or night. '.repeat(2)}If the code fails, see the Circulation desk.`;
  const column = wording.indexOf('Circulation desk') + 1;
  const frame = codeFrame(['id: x', wording, 'owner: B'], at(2, column, column + 16));
  const [line, carets] = [frame[1]!, frame[2]!];
  expect(line.length).toBeLessThanOrEqual(126);
  expect(line).toContain('see the Circulation desk.');
  // The carets sit under the flagged words.
  expect(line.slice(carets.indexOf('^'), carets.lastIndexOf('^') + 1)).toBe('Circulation desk');
  // A finding near the start of a long line is shown from the start, cut at the end.
  const early = codeFrame(['id: x', wording, 'owner: B'], at(2, 17, 21));
  expect(early[1]).toMatch(/^> 2 \| public_wording: Pick up .*\.\.\.$/);
  expect(early[2]).toBe(`    | ${' '.repeat(16)}^^^^`);
});
