// The staff edition at 100, 1,000 and 10,000 generated rules: Astro build and Pagefind times, next
// to a bare Astro site with one minimal page per rule built in the same run (the ratio is the
// figure to report); then, on the largest build, in Chromium: bytes transferred for a first search,
// time from typing to results shown, and the HTML+CSS weight of a rule page.
// Run: npm run bench:site [-- 100 1000 10000]
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSearchVocabulary } from '../src/cli/search-vocabulary.ts';
import { astroBuild, pagefindIndex } from '../src/cli/site-steps.ts';
import { VOCABULARY_PATH } from '../src/lib/search/vocabulary.ts';
import { serveStatic } from '../src/server/static-server.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { generateBook } from './generate-book.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (sizes.length === 0) sizes.push(100, 1_000, 10_000);

const rows: string[] = [];
let largest = '';
for (const count of sizes) {
  const policies = resolve(await generateBook(`bench/out/site-book-${count}`, count));
  const out = resolve(`bench/out/site-${count}`);
  const bareOut = resolve(`bench/out/bare-${count}`);
  // A clean start for both sites, so neither build profits from a cache of an earlier run.
  for (const folder of [out, bareOut, `bench/out/cache-${count}`, 'bench/bare-site/node_modules'])
    await rm(folder, { recursive: true, force: true });
  const astro = astroBuild({ edition: 'staff', dir: policies, out, env: { RULES_CACHE_DIR: resolve(`bench/out/cache-${count}`) } });
  if (!astro.ok) throw new Error(astro.output);
  const pagefind = await pagefindIndex(out);
  if (!pagefind.ok) throw new Error(pagefind.output);
  writeSearchVocabulary(out);
  const bare = astroBuild({
    edition: 'staff',
    dir: policies,
    out: bareOut,
    root: resolve('bench/bare-site'),
    env: { BARE_COUNT: String(count) },
  });
  if (!bare.ok) throw new Error(bare.output);
  rows.push(
    `${String(count).padStart(6)} rules | astro ${astro.seconds.toFixed(1).padStart(6)} s | pagefind ${pagefind.seconds.toFixed(1).padStart(5)} s (${pagefind.pages} pages) | bare astro ${bare.seconds.toFixed(1).padStart(5)} s | ratio astro/bare ${(astro.seconds / bare.seconds).toFixed(2)}`,
  );
  console.log(rows.at(-1));
  largest = out;
}

// Weight of one rule page: its HTML and the stylesheets it links; and it must carry no script.
const rulePage = join(largest, 'rules', 'rule-00001', 'index.html');
const html = await readFile(rulePage, 'utf8');
const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => join(largest, match[1]!));
const cssBytes = (await Promise.all(css.map(async (file) => (await stat(file)).size))).reduce((a, b) => a + b, 0);
const scripts = (html.match(/<script/g) ?? []).length;
console.log(
  `rule page: ${Buffer.byteLength(html)} B HTML + ${cssBytes} B CSS = ${((Buffer.byteLength(html) + cssBytes) / 1024).toFixed(1)} kB, ${scripts} scripts (target < 20 kB, no JS)`,
);
const homeBytes = (await stat(join(largest, 'index.html'))).size;
const pagefindFiles = await readdir(join(largest, 'pagefind'), { recursive: true });
console.log(`home page: ${(homeBytes / 1024).toFixed(1)} kB HTML; pagefind folder: ${pagefindFiles.length} files`);
// The word list typos are corrected against: fetched only when a word matches nothing, or after a first search.
const vocabulary = await readFile(join(largest, VOCABULARY_PATH));
console.log(
  `typo word list: ${(vocabulary.length / 1024).toFixed(1)} kB (${(gzipSync(vocabulary).length / 1024).toFixed(1)} kB gzipped), ${vocabulary.toString().split('\n').length - 1} words`,
);

// In the browser: what a first search costs, and how fast results appear after typing.
const site = await serveStatic(largest);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
  const client = await page.context().newCDPSession(page);
  await client.send('Network.enable');
  await client.send('Network.setCacheDisabled', { cacheDisabled: true });
  // Everything Pagefind fetches for the first search (its script, WebAssembly, index chunks and
  // fragments), from the page load on: the search box is focused at load and starts loading then.
  const urls = new Map<string, string>();
  let searchBytes = 0;
  let pageBytes = 0;
  client.on('Network.responseReceived', (event: { requestId: string; response: { url: string } }) =>
    urls.set(event.requestId, event.response.url),
  );
  client.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
    const url = urls.get(event.requestId) ?? '';
    if (url.includes('/pagefind/') || url.endsWith(VOCABULARY_PATH)) searchBytes += event.encodedDataLength;
    else pageBytes += event.encodedDataLength;
  });
  await page.goto(`${site.url}search/`, { waitUntil: 'load' });
  // "Once the page has loaded": the search box is focused at load, which loads Pagefind.
  await page.waitForSelector('body[data-search-ready="true"]');
  await page.evaluate(() => {
    const w = window as unknown as { typed?: number; bestShown?: number[]; allShown?: number[] };
    // (not `top`: window.top is the browser's own)
    w.bestShown = [];
    w.allShown = [];
    document.getElementById('q')!.addEventListener('input', () => {
      w.typed = performance.now();
    });
    // 'first': the best match is on screen (the rest are still arriving); 'done': all ten are.
    new MutationObserver(() => {
      const state = document.body.dataset.search;
      if (w.typed === undefined) return;
      if ((state === 'first' || state === 'done') && w.bestShown!.length === w.allShown!.length)
        w.bestShown!.push(performance.now() - w.typed);
      if (state === 'done') w.allShown!.push(performance.now() - w.typed);
    }).observe(document.body, { attributes: true, attributeFilter: ['data-search'] });
  });
  const top: number[] = [];
  const all: number[] = [];
  // The last three need the query layer's fallback: a word no rule uses, a stop-word-heavy
  // question with a synonym, and a typo (which fetches the word list).
  const queries = ['quiet study', 'printing', 'late returns', 'parking', 'board games', 'guy parking', 'can my kid play chess', 'skanners'];
  for (const [index, query] of queries.entries()) {
    await page.evaluate(() => {
      document.body.dataset.search = 'idle';
    });
    await page.fill('#q', query);
    await page.waitForSelector('body[data-search="done"]');
    await page.waitForTimeout(300); // let stragglers finish so the byte count is complete
    const times = await page.evaluate(() => {
      const w = window as unknown as { bestShown: number[]; allShown: number[] };
      return [w.bestShown.at(-1)!, w.allShown.at(-1)!];
    });
    top.push(times[0]!);
    all.push(times[1]!);
    if (index === 0)
      console.log(
        `first search: ${(searchBytes / 1024).toFixed(1)} kB transferred by search (target < 300 kB), plus ${(pageBytes / 1024).toFixed(1)} kB for the search page itself`,
      );
  }
  // The baseline, in the same page and run: Pagefind alone on the whole query (one search and the
  // best result's fragment), which is what the page did before the query layer.
  // A fresh context, so no index chunk is already cached.
  const baselinePage = await (await browser.newContext()).newPage();
  await baselinePage.goto(`${site.url}search/`, { waitUntil: 'load' });
  await baselinePage.waitForSelector('body[data-search-ready="true"]');
  const bare = await baselinePage.evaluate(async (words) => {
    const pagefind = (await import(new URL('/pagefind/pagefind.js', location.href).href)) as {
      search(term: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
    };
    const times: number[] = [];
    for (const query of words) {
      const started = performance.now();
      const search = await pagefind.search(query);
      await search.results[0]?.data();
      times.push(performance.now() - started);
    }
    return times;
  }, queries);
  const list = (values: number[]) => values.map((t, index) => `${queries[index]} ${t.toFixed(0)}`).join(', ') + ' ms';
  console.log(`typing to the best result shown: ${list(top)} (target < 300 ms; includes the 60 ms pause for typing)`);
  console.log(`typing to all ten results shown: ${list(all)}`);
  console.log(`baseline, Pagefind alone on the whole query (no typing pause): ${list(bare)}`);
  console.log(
    `query layer minus the 60 ms typing pause, over the baseline: ${queries.map((query, index) => `${query} ${((top[index]! - 60) / Math.max(1, bare[index]!)).toFixed(1)}×`).join(', ')}`,
  );
} finally {
  await browser.close();
  await site.close();
}
console.log('\nSummary');
for (const row of rows) console.log(row);
