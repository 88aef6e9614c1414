// The relevance sets: situational queries written from the desk's side (with typos, jargon and
// slang), each with the rule that answers it, typed into the real search page of each book.
// `npm run bench:relevance` prints the full figures; this test keeps them from sliding.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { readRelevanceSet, runRelevanceSet, topShare } from '../helpers/relevance.ts';

const browserOf = useBrowser();

describe.each([
  ['the sample library', 'staffUrl', 'tests/relevance/riverside.json'],
  ['a second book, a community centre’s', 'communityUrl', 'tests/relevance/community-centre.json'],
] as const)('searching %s in the desk’s own words', (_, site, set) => {
  it('puts the answer in the top three for at least 90% of the queries', { timeout: 120_000 }, async () => {
    const cases = readRelevanceSet(set);
    expect(cases.length).toBeGreaterThanOrEqual(75);
    const runs = await runRelevanceSet(browserOf(), inject(site), cases);
    const misses = runs
      .filter((run) => (run.place ?? 99) > 3)
      .map((run) => `"${run.query}" → ${run.shown.slice(0, 3).join(', ') || 'nothing'} (wants ${run.expect.join('/')})`);
    expect(topShare(runs, 3), misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(topShare(runs, 1)).toBeGreaterThanOrEqual(0.7);
  });
});
