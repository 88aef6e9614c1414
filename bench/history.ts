// What the rules' history from git costs: a generated book of 1,000 and 10,000 rules in a git
// repository with 1,000 commits (history-repo.ts). Timed next to loading and checking the same book
// (what every build does anyway, without history), in the same run: the first build reads the
// whole `git log`; a later build of the same commit (and the second edition of `build:all`) reads
// the saved history. With `--build`, also the staff site's Astro build with and without history.
// Run: npm run bench:history [-- 1000 10000] [--build]
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { astroBuild } from '../src/cli/site-steps.ts';
import { readHistory } from '../src/lib/history/history.ts';
import { loadBook } from '../src/lib/load-book.ts';
import { COMMITS, generateRepository } from './history-repo.ts';

const args = process.argv.slice(2);
const withBuild = args.includes('--build');
const sizes = args.map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(1_000, 10_000);

const seconds = (began: number) => (performance.now() - began) / 1000;
const middle = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
const row = (label: string, value: number, note = 'median of 3') => console.log(`  ${label.padEnd(46)} ${value.toFixed(3)} s (${note})`);

for (const count of sizes) {
  const began = performance.now();
  const policies = generateRepository(resolve(`bench/out/history-${count}`), count);
  console.log(`${count} rules, ${COMMITS} commits (generated in ${seconds(began).toFixed(1)} s)`);
  const cacheFile = resolve(`bench/out/history-cache-${count}.json`);
  let entries = 0;
  const history = (cache?: string) => {
    const result = readHistory(policies, { cacheFile: cache });
    if (!result.available) throw new Error(result.reason);
    entries = [...result.rules.values()].reduce((sum, rule) => sum + rule.entries.length, 0);
  };
  // Rounds of all three, so that the machine's load drifts alike over each; the first warms up.
  const times = { load: [] as number[], first: [] as number[], cached: [] as number[] };
  for (let round = 0; round < 4; round++) {
    let t = performance.now();
    const book = await loadBook(policies, { today: '2026-11-25' });
    if (book.findings.some((finding) => finding.severity === 'error')) throw new Error(book.findings[0]!.message);
    const load = seconds(t);
    rmSync(cacheFile, { force: true });
    t = performance.now();
    history(cacheFile);
    const first = seconds(t);
    t = performance.now();
    history(cacheFile);
    const cached = seconds(t);
    if (round === 0) continue;
    times.load.push(load);
    times.first.push(first);
    times.cached.push(cached);
  }
  const [load, first, cached] = [middle(times.load), middle(times.first), middle(times.cached)];
  row('load + check the book, no history (baseline)', load);
  row('history, first build (no cache)', first);
  row('history, next build of the same commit (cache)', cached);
  console.log(
    `  ${entries} history entries; history / load + check: ${(first / load).toFixed(2)} first build, ${(cached / load).toFixed(2)} cached`,
  );
  if (withBuild) {
    const out = resolve(`bench/out/history-site-${count}`);
    const builds = ['off', 'on'].map((mode) => {
      rmSync(out, { recursive: true, force: true });
      const result = astroBuild({ edition: 'staff', dir: policies, out, env: { RULES_HISTORY: mode } });
      if (!result.ok) throw new Error(result.output);
      row(`astro build, history ${mode}`, result.seconds, 'one run');
      return result.seconds;
    });
    console.log(`  build with history / without: ${(builds[1]! / builds[0]!).toFixed(2)}`);
  }
}
