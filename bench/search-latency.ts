// Typing to first result on built sites, compared in one run: each site is opened afresh (no
// cache) and given the same queries as bench/site.ts, the sites taking turns, and the median of
// the runs is printed per query. For comparing a change against a build of main on the same
// busy machine, where one run says little.
// Run: node bench/search-latency.ts <site folder> [<site folder> …]   (RUNS=5 for five runs each)
import { serveStatic } from '../src/server/static-server.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { countSearchBytes } from './search-bytes.ts';

const sites = process.argv.slice(2);
const runs = Number(process.env.RUNS ?? 3);
// The last three need the query layer's fallback: a word no rule uses, a stop-word-heavy
// question with a synonym, and a typo (which needs the word list).
const queries = ['quiet study', 'printing', 'late returns', 'parking', 'board games', 'guy parking', 'can my kid play chess', 'skanners'];

interface Run {
  best: number[];
  all: number[];
  bytes: number;
}

const browser = await launchBrowser();
const measured = new Map<string, Run[]>();
try {
  for (let round = 0; round < runs; round++)
    for (const folder of sites) measured.set(folder, [...(measured.get(folder) ?? []), await measure(folder)]);
} finally {
  await browser.close();
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const [folder, all] of measured) {
  console.log(`${folder}: first search ${(median(all.map((run) => run.bytes)) / 1024).toFixed(1)} kB (median of ${all.length} runs)`);
  for (const key of ['best', 'all'] as const)
    console.log(
      `  ${key === 'best' ? 'best result shown' : 'all ten shown    '}: ${queries.map((query, index) => `${query} ${median(all.map((run) => run[key][index]!)).toFixed(0)}`).join(', ')} ms`,
    );
}

/** One fresh page on the site: the bytes of its first search, and each query's times. */
async function measure(folder: string): Promise<Run> {
  const site = await serveStatic(folder);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const { search: searchBytes } = await countSearchBytes(page);
    await page.goto(`${site.url}search/`, { waitUntil: 'load' });
    await page.waitForSelector('body[data-search-ready="true"]');
    await page.evaluate(() => {
      const w = window as unknown as { typed?: number; best: number[]; all: number[] };
      w.best = [];
      w.all = [];
      document.getElementById('q')!.addEventListener('input', () => (w.typed = performance.now()));
      // 'first': the best match is on screen (the rest, or the full ranking, still to come); 'done': all are.
      new MutationObserver(() => {
        const state = document.body.dataset.search;
        if (w.typed === undefined) return;
        if ((state === 'first' || state === 'done') && w.best.length === w.all.length) w.best.push(performance.now() - w.typed);
        if (state === 'done') w.all.push(performance.now() - w.typed);
      }).observe(document.body, { attributes: true, attributeFilter: ['data-search'] });
    });
    const run: Run = { best: [], all: [], bytes: 0 };
    for (const [index, query] of queries.entries()) {
      await page.evaluate(() => (document.body.dataset.search = 'idle'));
      await page.fill('#q', query);
      await page.waitForSelector('body[data-search="done"]');
      await page.waitForTimeout(300); // stragglers, so the byte count is complete
      const [best, all] = await page.evaluate(() => {
        const w = window as unknown as { best: number[]; all: number[] };
        return [w.best.at(-1)!, w.all.at(-1)!];
      });
      run.best.push(best!);
      run.all.push(all!);
      if (index === 0) run.bytes = searchBytes();
    }
    return run;
  } finally {
    await context.close();
    await site.close();
  }
}
