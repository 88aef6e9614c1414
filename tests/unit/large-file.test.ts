// One large file full of wording problems must not stall CI: placing each problem used to rescan
// the text from the start (quadratic; about 20 minutes near the 1 MiB limit). The bound is
// generous: on a busy 2-core machine each file takes about 2 s.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { writeLargeRuleBook } from '../../bench/large-rule.ts';
import { loadBook } from '../../src/lib/load-book.ts';

async function timedCheck(dir: string, oneLine: boolean) {
  const { policies, sentences } = await writeLargeRuleBook(dir, 900, { oneLine });
  const started = performance.now();
  const book = await loadBook(policies, { today: '2026-11-25' });
  return { book, sentences, seconds: (performance.now() - started) / 1000 };
}

describe('a 900 kB rule of thousands of "No food here." sentences', () => {
  it('folded over lines: checked in seconds, every warning on its own sentence', async () => {
    const { book, sentences, seconds } = await timedCheck('tests/.tmp/large-folded', false);
    expect(seconds).toBeLessThan(20);
    expect(sentences).toBeGreaterThan(60_000);
    expect(book.findings.filter((finding) => finding.code === 'forbidding-wording')).toHaveLength(sentences);
    // And its sign, which no sheet holds.
    expect(book.findings.filter((finding) => finding.code !== 'forbidding-wording').map((finding) => finding.code)).toEqual([
      'sign-too-long',
    ]);
    // Five sentences a line, from line 9: the last one is the fifth of the last line.
    const last = book.findings.at(-1)!;
    expect(last).toMatchObject({
      code: 'forbidding-wording',
      field: 'public_wording',
      line: 8 + sentences / 5,
      column: 3 + 4 * 14,
      endColumn: 3 + 4 * 14 + 7,
    });
  }, 60_000);

  it('on one line: columns are still found in one pass', async () => {
    const { book, sentences, seconds } = await timedCheck('tests/.tmp/large-one-line', true);
    expect(seconds).toBeLessThan(20);
    expect(book.findings.filter((finding) => finding.code === 'forbidding-wording')).toHaveLength(sentences);
    const last = book.findings.at(-1)!;
    expect(last).toMatchObject({ line: 8, column: 'public_wording: '.length + 1 + (sentences - 1) * 14 });
  }, 60_000);
});
