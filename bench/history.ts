// What the rules' history from git costs: a generated book of 1,000 and 10,000 rules in a git
// repository with 1,000 commits (history-repo.ts). Timed next to loading and checking the same book
// (what every build does anyway, without history), in the same run: the first build reads the
// whole `git log`; a later build of the same commit (and the second edition of `build:all`) reads
// the saved history. With `--build`, also the staff site's Astro build with and without history.
// Run: npm run bench:history [-- 1000 10000] [--build]
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
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

// CPU time of this process and the git processes it waited for, in seconds: on a loaded machine
// the wall clock mostly measures waiting for a core, so both are shown. Linux's /proc; elsewhere
// this process only.
const ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
function cpu(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const [utime, stime, cutime, cstime] = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .slice(11, 15)
      .map(Number);
    return (utime! + stime! + cutime! + cstime!) / ticks;
  } catch {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1e6;
  }
}
const middle = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
const row = (label: string, value: number, cpuValue?: number) =>
  console.log(`  ${label.padEnd(46)} ${value.toFixed(3)} s${cpuValue === undefined ? '' : `, CPU ${cpuValue.toFixed(3)} s`} (median of 3)`);

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
  const wall = { load: [] as number[], first: [] as number[], cached: [] as number[] };
  const used = { load: [] as number[], first: [] as number[], cached: [] as number[] };
  const time = async (name: keyof typeof wall, task: () => unknown, keep: boolean) => {
    const [t, c] = [performance.now(), cpu()];
    await task();
    if (keep) wall[name].push(seconds(t));
    if (keep) used[name].push(cpu() - c);
  };
  for (let round = 0; round < 4; round++) {
    await time(
      'load',
      async () => {
        const book = await loadBook(policies, { today: '2026-11-25' });
        if (book.findings.some((finding) => finding.severity === 'error')) throw new Error(book.findings[0]!.message);
      },
      round > 0,
    );
    rmSync(cacheFile, { force: true });
    await time('first', () => history(cacheFile), round > 0);
    await time('cached', () => history(cacheFile), round > 0);
  }
  const [load, first, cached] = [middle(wall.load), middle(wall.first), middle(wall.cached)];
  const [loadCpu, firstCpu, cachedCpu] = [middle(used.load), middle(used.first), middle(used.cached)];
  row('load + check the book, no history (baseline)', load, loadCpu);
  row('history, first build (no cache)', first, firstCpu);
  row('history, next build of the same commit (cache)', cached, cachedCpu);
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  console.log(
    `  ${entries} history entries; history / load + check: first build ${ratio(first, load)} (CPU ${ratio(firstCpu, loadCpu)}),` +
      ` cached ${ratio(cached, load)} (CPU ${ratio(cachedCpu, loadCpu)})`,
  );
  if (withBuild) {
    const out = resolve(`bench/out/history-site-${count}`);
    const builds = ['off', 'on'].map((mode) => {
      rmSync(out, { recursive: true, force: true });
      const result = astroBuild({ edition: 'staff', dir: policies, out, env: { RULES_HISTORY: mode } });
      if (!result.ok) throw new Error(result.output);
      console.log(`  ${`astro build, history ${mode}`.padEnd(46)} ${result.seconds.toFixed(1)} s (one run)`);
      return result.seconds;
    });
    console.log(`  build with history / without: ${(builds[1]! / builds[0]!).toFixed(2)}`);
  }
}
