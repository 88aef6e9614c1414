// `rules-clarity check` as whole processes on a 10,000-rule book, next to a process that only
// reads and parses the same files (bench/read-parse.ts), the two taken in turns in the same run:
// the ratio is the figure to report. Also: a re-check after one file changed with the cache warm,
// and the peak memory of a check. With BEFORE=<folder of an older checkout> the same figures are
// taken for it too. Each figure is the median of 3 runs (RUNS=5 for 5).
// Run: npm run bench:check:process [-- <rules>]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cliEntry } from './cli-entry.ts';
import { generateBook } from './generate-book.ts';

const count = Number(process.argv[2] ?? 10_000);
const runs = Number(process.env.RUNS ?? 3);
const policies = resolve(await generateBook(`bench/out/check-process-${count}`, count));
const env = { ...process.env, NODE_COMPILE_CACHE: mkdtempSync(join(tmpdir(), 'rules-clarity-compile-')) };

function run(args: string[]): { seconds: number; stdout: string; stderr: string } {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')}: ${result.stderr}`);
  return { seconds, stdout: result.stdout, stderr: result.stderr };
}

function median(label: string, task: () => number): number {
  task(); // warm the file cache and the compile cache
  return report(label, Array.from({ length: runs }, task));
}

function report(label: string, times: number[]): number {
  const middle = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(52)} ${middle.toFixed(3)} s (median of ${times.length})`);
  return middle;
}

/**
 * Times the tasks in turn, round after round (after one round that warms the file cache and the
 * compile cache), so that a change in the machine's load touches them alike: the cold `check`
 * and its floor, taken minutes apart, differed by 10-20% from one bench run to the next.
 */
function interleaved(tasks: readonly (() => number)[]): number[][] {
  for (const task of tasks) task();
  const times = tasks.map((): number[] => []);
  for (let round = 0; round < runs; round++) tasks.forEach((task, index) => times[index]!.push(task()));
  return times;
}

const peak = (stderr: string) => Number(/max-rss-kb (\d+)/.exec(stderr)?.[1]) / 1024;

/** The median peak memory of `runs` runs (a peak varies by 10-30 MB between runs), and the range. */
function memory(args: string[]): string {
  const peaks = Array.from({ length: runs }, () => peak(run(['bench/max-rss.ts', ...args]).stderr)).sort((a, b) => a - b);
  return `${peaks[Math.floor(runs / 2)]!.toFixed(0)} MB (median of ${runs}; ${peaks[0]!.toFixed(0)}-${peaks.at(-1)!.toFixed(0)})`;
}

console.log(`rules: ${count}`);
const trees = [['now', '.'], ...(process.env.BEFORE ? [['before', process.env.BEFORE]] : [])] as const;
const checks = trees.map(([name, tree]) => {
  const cli = cliEntry(tree);
  // An older checkout may have no cache, and no --no-cache option; one that has both must be
  // given it, or its figure is that of a warm cache.
  const hasCache = run([cli, 'check', '--help']).stdout.includes('--no-cache');
  return { name, args: [cli, 'check', ...(hasCache ? ['--no-cache'] : []), '--dir', policies] };
});
const [floorTimes, ...checkTimes] = interleaved([
  () => run(['bench/read-parse.ts', policies]).seconds,
  ...checks.map(
    ({ args }) =>
      () =>
        run(args).seconds,
  ),
]);
const floor = report('read + parse only, as a process (floor)', floorTimes!);
for (const [index, { name, args }] of checks.entries()) {
  const times = checkTimes[index]!;
  const check = report(`${name}: \`check\` process, no cache`, times);
  const rounds = times.map((time, round) => (time / floorTimes![round]!).toFixed(2)).join(', ');
  console.log(`${name}: ratio check / read+parse: ${(check / floor).toFixed(2)} (goal <= 1.2; round by round: ${rounds})`);
  console.log(`${name}: peak memory of check: ${memory(args)} (goal <= 200)`);
}

// One file changes between runs (its wording edited, then back again), the rest stays cached.
const changing = join(policies, 'part-00001', 'rule-00001.yaml');
const original = readFileSync(changing, 'utf8');
const edited = original.replace('You are welcome', 'You are very welcome');
if (edited === original) throw new Error(`${changing} has no "You are welcome" to edit`);
let toggle = false;
run([cliEntry('.'), 'check', '--dir', policies]);
const warm = median('now: re-check after one file changed (warm cache)', () => {
  toggle = !toggle;
  writeFileSync(changing, toggle ? edited : original);
  return run([cliEntry('.'), 'check', '--dir', policies]).seconds;
});
writeFileSync(changing, original);
console.log(`now: re-check after one file changed: ${warm.toFixed(3)} s (goal <= 0.7)`);
console.log(`now: peak memory of a warm check: ${memory([cliEntry('.'), 'check', '--dir', policies])}`);
