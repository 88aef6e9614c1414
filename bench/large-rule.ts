// One very large rule file full of wording problems, for the benchmark and the test that show
// the check's time grows linearly with the size of a file (issue #10: it used to be quadratic).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The sentence of the issue's report: every one is a forbidding-wording warning. */
export const SENTENCE = 'No food here. ';
const PER_LINE = 5;

/**
 * Writes a book of one red rule whose public wording is `kilobytes` kB of `SENTENCE`, folded
 * over lines as an editor wraps them (`oneLine` puts it all on one line instead, the worst case
 * for counting columns). Returns the policy folder and how many sentences the wording holds.
 */
export async function writeLargeRuleBook(
  dir: string,
  kilobytes: number,
  options: { oneLine?: boolean } = {},
): Promise<{ policies: string; sentences: number }> {
  const policies = join(dir, 'policies');
  await rm(dir, { recursive: true, force: true });
  await mkdir(policies, { recursive: true });
  await writeFile(join(policies, '_site.yaml'), 'organisation: Benchmark Public Library\ncategories: [Spaces]\nwording:\n  red_share: 1\n');
  const sentences = Math.round((kilobytes * 1000) / SENTENCE.length / PER_LINE) * PER_LINE;
  const wording = options.oneLine
    ? `public_wording: ${SENTENCE.repeat(sentences).trim()}`
    : `public_wording: >-\n${`  ${SENTENCE.repeat(PER_LINE).trim()}\n`.repeat(sentences / PER_LINE).trimEnd()}`;
  const rule = ['id: large', 'title: A large rule', 'color: red', 'category: Spaces', 'rule: R.', 'intent: I.', 'instead: O.', wording];
  await writeFile(join(policies, 'large.yaml'), `${rule.join('\n')}\n`);
  return { policies, sentences };
}
