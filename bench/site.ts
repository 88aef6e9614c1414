// The staff edition's build at 1,000 and 10,000 generated rules, as users run it (`rules-clarity
// build`, cold: no Astro cache, no check cache), next to a floor built in the same run: a bare
// Astro site rendering the same number of pages, plus Pagefind indexing the same rule pages. Each
// figure is the median of 3 runs, with its phases (content sync, page generation, indexing), the
// peak memory, and a rebuild after one rule changed. With BEFORE=<folder of an older checkout> its
// build of the same book is timed in the same run too. Then, on the largest build, in Chromium:
// bytes transferred for a first search, time from typing to results shown, and the HTML+CSS
// weight of a rule page.
// Run: npm run bench:site [-- 1000 10000]   (RUNS=1 for a quick look)
import { spawn } from 'node:child_process';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { astroBuildTimed, pagefindIndex, projectRoot } from '../src/cli/site-steps.ts';
import { spareSlot } from '../src/cli/spare-site.ts';
import { EVERYDAY_WORDS_PATH } from '../src/lib/search/everyday-words.ts';
import { VOCABULARY_PATH } from '../src/lib/search/vocabulary.ts';
import { serveStatic } from '../src/server/static-server.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { cliEntry } from './cli-entry.ts';
import { generateBook } from './generate-book.ts';
import { watchPeaks, type Peaks } from './process-peaks.ts';
import { countSearchBytes } from './search-bytes.ts';
import { emptyTrash, setAside, startClean } from './set-aside.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (sizes.length === 0) sizes.push(1_000, 10_000);
const runs = Number(process.env.RUNS ?? 3);
const before = process.env.BEFORE ? resolve(process.env.BEFORE) : undefined;

interface Timed {
  seconds: number;
  stdout: string;
  peaks: Peaks;
}

/** Runs a command to its end, timing it and watching the memory of its whole process tree. */
function timed(args: string[], env: NodeJS.ProcessEnv = {}, cwd = projectRoot): Promise<Timed> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env } });
  const peaks = watchPeaks(child.pid!);
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise((done, fail) => {
    child.on('close', (code) => {
      const result = { seconds: (performance.now() - started) / 1000, stdout, peaks: peaks.stop() };
      if (code === 0) done(result);
      else fail(new Error(`${args.join(' ')} failed:\n${stdout}`));
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const number = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? Number.NaN);

/** The figures `build --timings` prints. */
function timings(stdout: string) {
  return {
    check: number(stdout, /Timings: check ([\d.]+) s/),
    startup: number(stdout, /start-up ([\d.]+)/),
    contentSync: number(stdout, /content sync ([\d.]+)/),
    bundle: number(stdout, /bundling ([\d.]+)/),
    // Printed only when Astro was ready to render before the check handed the book over.
    waited: Number(/waiting for the check ([\d.]+)/.exec(stdout)?.[1] ?? 0),
    pages: number(stdout, /\d+ pages ([\d.]+)/),
    pageCount: number(stdout, /(\d+) pages [\d.]+/),
    indexing: number(stdout, /Pagefind ([\d.]+) s/),
    indexed: number(stdout, /\((\d+) pages indexed/),
  };
}

const cli = cliEntry;
const rows: string[] = [];
const say = (line: string) => {
  console.log(line);
  rows.push(line);
};
const figure = (label: string, real: number, floor?: number, goal = '') =>
  say(
    `  ${label.padEnd(34)} ${real.toFixed(2).padStart(8)} s${floor === undefined || floor === 0 ? '' : ` | floor ${floor.toFixed(2).padStart(7)} s | ratio ${(real / floor).toFixed(2)}`}${goal ? ` (goal ${goal})` : ''}`,
  );
let largest = { out: '', policies: '', cache: '' };
await startClean(say);
for (const count of sizes) {
  await setAside([resolve(`bench/out/site-book-${count}`)]);
  const policies = resolve(await generateBook(`bench/out/site-book-${count}`, count));
  const out = resolve(`bench/out/site-${count}`);
  const cache = resolve(`bench/out/cache-${count}`);
  const bareOut = resolve(`bench/out/bare-${count}`);
  const bareCache = resolve(`bench/out/bare-cache-${count}`);
  const scratchIndex = resolve(`bench/out/floor-index-${count}`);

  const real: { whole: number; parts: ReturnType<typeof timings>; peaks: Peaks }[] = [];
  const floor: { whole: number; startup: number; sync: number; bundle: number; pages: number; indexing: number }[] = [];
  const older: Timed[] = [];
  // Interleaved, so that a change in the machine's load touches the build and its floor alike.
  for (let run = 0; run < runs; run++) {
    // A clean start, so no build profits from a cache of an earlier run.
    // (The site a build replaces is kept for the next one: it goes too.) Moved aside, not deleted:
    // freed inodes slow the file creates of the builds timed next (set-aside.ts).
    await setAside([out, spareSlot(out), cache, bareOut, bareCache, scratchIndex]);
    const build = await timed([cli(projectRoot), 'build', '--dir', policies, '--out', out, '--no-cache', '--timings'], {
      RULES_CACHE_DIR: cache,
    });
    const parts = timings(build.stdout);
    real.push({ whole: build.seconds, parts, peaks: build.peaks });

    const bareStart = performance.now();
    const bare = await astroBuildTimed({
      edition: 'staff',
      dir: policies,
      out: bareOut,
      root: resolve('bench/bare-site'),
      env: { BARE_COUNT: String(parts.pageCount), RULES_CACHE_DIR: bareCache },
    });
    if (!bare.ok || !bare.phases) throw new Error(`the bare site failed:\n${bare.output}`);
    const index = await pagefindIndex(out, { output: scratchIndex });
    if (!index.ok || index.pages !== parts.indexed)
      throw new Error(`the floor's Pagefind indexed ${index.pages} pages, not ${parts.indexed}`);
    floor.push({
      whole: (performance.now() - bareStart) / 1000,
      startup: bare.phases.startup,
      sync: bare.phases.contentSync,
      bundle: bare.phases.bundle,
      pages: bare.phases.pages,
      indexing: index.seconds,
    });

    if (before) {
      const oldOut = resolve(`bench/out/site-before-${count}`);
      await setAside([oldOut, cache]);
      older.push(await timed([cli(before), 'build', '--dir', policies, '--out', oldOut], { RULES_CACHE_DIR: cache }, before));
    }
  }
  const parts = (pick: (parts: ReturnType<typeof timings>) => number) => median(real.map((run) => pick(run.parts)));
  const floorWhole = median(floor.map((run) => run.whole));
  say(`${count} rules: ${real[0]!.parts.pageCount} pages, ${real[0]!.parts.indexed} indexed for search; median of ${runs}`);
  figure('whole build (rules-clarity build)', median(real.map((run) => run.whole)), floorWhole, '<= 1.3');
  if (before) figure(`before (${process.env.BEFORE}): whole build`, median(older.map((run) => run.seconds)), floorWhole);
  figure(
    'check (in the build command)',
    parts((p) => p.check),
  );
  figure(
    'Astro waiting for the check',
    parts((p) => p.waited),
  );
  figure(
    'Astro start-up',
    parts((p) => p.startup),
    median(floor.map((run) => run.startup)),
  );
  figure(
    'content sync',
    parts((p) => p.contentSync),
    median(floor.map((run) => run.sync)),
  );
  figure(
    'bundling',
    parts((p) => p.bundle),
    median(floor.map((run) => run.bundle)),
  );
  figure(
    'page generation',
    parts((p) => p.pages),
    median(floor.map((run) => run.pages)),
  );
  figure(
    'indexing (Pagefind)',
    parts((p) => p.indexing),
    median(floor.map((run) => run.indexing)),
  );
  const mb = (value: number) => `${value.toFixed(0)} MB`;
  say(
    `  peak memory of the build: largest process ${mb(median(real.map((run) => run.peaks.largest.mb)))} (${real[0]!.peaks.largest.command.split(' ').slice(1).join(' ')}), all its processes at once ${mb(median(real.map((run) => run.peaks.together)))}, with shared pages counted once ${mb(median(real.map((run) => run.peaks.shared)))} (goal <= 1024 MB)`,
  );
  if (before) {
    say(
      `  before: largest process ${mb(median(older.map((run) => run.peaks.largest.mb)))}, all its processes at once ${mb(median(older.map((run) => run.peaks.together)))}, with shared pages counted once ${mb(median(older.map((run) => run.peaks.shared)))}`,
    );
  }

  // One rule changed (its wording edited, then back again), everything else as the last build
  // left it: Astro's cache and the check's cache are warm, as on an administrator's machine.
  const changing = join(policies, 'part-00001', 'rule-00001.yaml');
  const original = await readFile(changing, 'utf8');
  const edited = original.replace('You are welcome', 'You are very welcome');
  if (edited === original) throw new Error(`${changing} has no "You are welcome" to edit`);
  await timed([cli(projectRoot), 'build', '--dir', policies, '--out', out], { RULES_CACHE_DIR: cache });
  const rebuilds: Timed[] = [];
  const bareRebuilds: number[] = [];
  for (let run = 0; run < runs; run++) {
    await writeFile(changing, run % 2 === 0 ? edited : original);
    rebuilds.push(await timed([cli(projectRoot), 'build', '--dir', policies, '--out', out], { RULES_CACHE_DIR: cache }));
    const bare = await astroBuildTimed({
      edition: 'staff',
      dir: policies,
      out: bareOut,
      root: resolve('bench/bare-site'),
      env: { BARE_COUNT: String(real[0]!.parts.pageCount), RULES_CACHE_DIR: bareCache },
    });
    bareRebuilds.push(bare.seconds);
  }
  await writeFile(changing, original);
  figure('rebuild after one rule changed', median(rebuilds.map((run) => run.seconds)), median(bareRebuilds), '<= 15 s at 10,000');
  say(
    `  peak memory of the rebuild: all its processes at once ${mb(median(rebuilds.map((run) => run.peaks.together)))}, with shared pages counted once ${mb(median(rebuilds.map((run) => run.peaks.shared)))} (goal <= 1024 MB)`,
  );
  largest = { out, policies, cache };
}
// The book is back as generated: the site the browser measures is built from it.
await timed([cli(projectRoot), 'build', '--dir', largest.policies, '--out', largest.out], { RULES_CACHE_DIR: largest.cache });

// Weight of one rule page: its HTML and the stylesheets it links; and it must carry no script.
const rulePage = join(largest.out, 'rules', 'rule-00001', 'index.html');
const html = await readFile(rulePage, 'utf8');
const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => join(largest.out, match[1]!));
const cssBytes = (await Promise.all(css.map(async (file) => (await stat(file)).size))).reduce((a, b) => a + b, 0);
const scripts = (html.match(/<script/g) ?? []).length;
console.log(
  `rule page: ${Buffer.byteLength(html)} B HTML + ${cssBytes} B CSS = ${((Buffer.byteLength(html) + cssBytes) / 1024).toFixed(1)} kB, ${scripts} scripts (target < 20 kB, no JS)`,
);
const homeBytes = (await stat(join(largest.out, 'index.html'))).size;
const pagefindFiles = await readdir(join(largest.out, 'pagefind'), { recursive: true });
console.log(`home page: ${(homeBytes / 1024).toFixed(1)} kB HTML; pagefind folder: ${pagefindFiles.length} files`);
// The word list typos are corrected against: fetched only when a word matches nothing, or after a first search.
const vocabulary = await readFile(join(largest.out, VOCABULARY_PATH));
console.log(
  `typo word list: ${(vocabulary.length / 1024).toFixed(1)} kB (${(gzipSync(vocabulary).length / 1024).toFixed(1)} kB gzipped), ${vocabulary.toString().split('\n').length - 1} words`,
);
// Fetched only when a word of a query would be corrected: the first search below does not need it.
const everyday = await readFile(join(largest.out, EVERYDAY_WORDS_PATH));
console.log(
  `everyday words (never taken for typos): ${(everyday.length / 1024).toFixed(1)} kB (${(gzipSync(everyday).length / 1024).toFixed(1)} kB gzipped), ${everyday.toString().split('\n').length - 1} words`,
);

// In the browser: what a first search costs, and how fast results appear after typing.
const site = await serveStatic(largest.out);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
  // Everything Pagefind fetches for the first search (its script, WebAssembly, index chunks and
  // fragments), from the page load on: the search box is focused at load and starts loading then.
  const bytes = await countSearchBytes(page);
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
        `first search: ${(bytes.search() / 1024).toFixed(1)} kB transferred by search (target < 300 kB), plus ${(bytes.other() / 1024).toFixed(1)} kB for the search page itself`,
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
await emptyTrash();
