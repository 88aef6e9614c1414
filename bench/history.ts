// What the rules' history from git costs: a generated book of 1,000 and 10,000 rules in a fresh
// git repository with 1,000 commits (each edits ten rules' text; every 25th also loosens a color,
// every 100th moves a rule to another folder), written with `git fast-import`. Timed next to
// loading and checking the same book (what every build does anyway), in the same run, without and
// with the blob cache that later builds (and the second edition of `build:all`) use; with
// `--build`, also the staff site's Astro build with and without history.
// Run: npm run bench:history [-- 1000 10000] [--build]
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { astroBuild } from '../src/cli/site-steps.ts';
import { readHistory } from '../src/lib/history/history.ts';
import { loadBook } from '../src/lib/load-book.ts';
import { ruleYaml } from './generate-book.ts';

const args = process.argv.slice(2);
const withBuild = args.includes('--build');
const sizes = args.map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(1_000, 10_000);
const COMMITS = 1_000;
const RULES_PER_COMMIT = 10;

const categories = '[Borrowing, Spaces, Computers, Conduct, Children, Privacy, Fees]';

/** A repository whose policies/ holds `count` rules and `COMMITS` commits of history. */
function generateRepository(dir: string, count: number): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (gitArgs: string[], input?: string) => {
    const result = spawnSync('git', gitArgs, { cwd: dir, input, maxBuffer: 1024 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(result.stderr.toString());
  };
  git(['init', '-q', '-b', 'main']);
  const path = (n: number, moved: boolean) =>
    `policies/${moved ? 'moved' : `part-${String(Math.floor((n - 1) / 100) * 100 + 1).padStart(5, '0')}`}/rule-${String(n).padStart(5, '0')}.yaml`;
  const texts = new Map<number, string>();
  const moved = new Set<number>();
  const chunks: string[] = [];
  const start = Date.UTC(2024, 0, 1) / 1000;
  const file = (target: string, text: string) => `M 100644 inline ${target}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
  for (let c = 0; c < COMMITS; c++) {
    const when = `${start + c * 3600 * 7} +0000`;
    const ops: string[] = [];
    let subject: string;
    if (c === 0) {
      subject = `Add ${count} rules`;
      ops.push(file('policies/_site.yaml', `organisation: Benchmark Public Library\ncategories: ${categories}\n`));
      for (let n = 1; n <= count; n++) {
        texts.set(n, ruleYaml(n, count));
        ops.push(file(path(n, false), texts.get(n)!));
      }
    } else {
      subject = `Edit ${RULES_PER_COMMIT} rules (commit ${c})`;
      for (let k = 0; k < RULES_PER_COMMIT; k++) {
        const n = ((c * 7919 + k * 104729) % count) + 1;
        let text = texts.get(n)!.replace(/opening hours( \(edit \d+\))?, rule/, `opening hours (edit ${c}), rule`);
        if (k === 0 && c % 25 === 0) text = text.replace(/^color: yellow$/m, 'color: green');
        texts.set(n, text);
        if (k === 0 && c % 100 === 0 && !moved.has(n)) {
          ops.push(`D ${path(n, false)}\n`);
          moved.add(n);
        }
        ops.push(file(path(n, moved.has(n)), text));
      }
    }
    chunks.push(
      `commit refs/heads/main\ncommitter Bench <bench@example.org> ${when}\ndata ${Buffer.byteLength(subject)}\n${subject}\n`,
      ...ops,
      '\n',
    );
  }
  git(['fast-import', '--quiet'], chunks.join(''));
  git(['checkout', '-q', '-f', 'main']);
  return join(dir, 'policies');
}

function median(label: string, task: () => unknown, runs = 3): number {
  task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    task();
    times.push(performance.now() - began);
  }
  const middle = times.sort((a, b) => a - b)[Math.floor(runs / 2)]! / 1000;
  console.log(`  ${label.padEnd(44)} ${middle.toFixed(3)} s (median of ${runs})`);
  return middle;
}

for (const count of sizes) {
  const began = performance.now();
  const policies = generateRepository(resolve(`bench/out/history-${count}`), count);
  console.log(`${count} rules, ${COMMITS} commits (generated in ${((performance.now() - began) / 1000).toFixed(1)} s)`);
  let entries = 0;
  const run = (cacheFile?: string) => {
    const result = readHistory(policies, { cacheFile });
    if (!result.available) throw new Error(result.reason);
    entries = [...result.rules.values()].reduce((sum, rule) => sum + rule.entries.length, 0);
  };
  const history = median('history, first build (no cache)', () => run());
  const cacheFile = resolve(`bench/out/history-cache-${count}.json`);
  rmSync(cacheFile, { force: true });
  const cached = median('history, next builds (blob cache)', () => run(cacheFile));
  const load = await (async () => {
    const times: number[] = [];
    for (let i = 0; i < 4; i++) {
      const t = performance.now();
      const book = await loadBook(policies, { today: '2026-11-25' });
      if (book.findings.some((finding) => finding.severity === 'error')) throw new Error(book.findings[0]!.message);
      if (i > 0) times.push(performance.now() - t);
    }
    const middle = times.sort((a, b) => a - b)[1]! / 1000;
    console.log(`  ${'load + check the book (baseline)'.padEnd(44)} ${middle.toFixed(3)} s (median of 3)`);
    return middle;
  })();
  console.log(
    `  history entries: ${entries}; ratio history / load + check: ${(history / load).toFixed(2)} first build, ${(cached / load).toFixed(2)} cached`,
  );
  if (withBuild) {
    const out = resolve(`bench/out/history-site-${count}`);
    const builds = ['off', 'on'].map((mode) => {
      rmSync(out, { recursive: true, force: true });
      const result = astroBuild({ edition: 'staff', dir: policies, out, env: { RULES_HISTORY: mode } });
      if (!result.ok) throw new Error(result.output);
      console.log(`  ${`astro build, history ${mode}`.padEnd(44)} ${result.seconds.toFixed(1)} s`);
      return result.seconds;
    });
    console.log(`  ratio build with history / without: ${(builds[1]! / builds[0]!).toFixed(2)}`);
  }
}
