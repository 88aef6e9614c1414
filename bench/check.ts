// How long `check` takes on 10,000 rules, next to merely reading and parsing the same files in the
// same run. The ratio is the figure to report: it shows what validation and the checks add; a
// second ratio shows what the welcoming-language checks add to the rest of the check. Last, one
// file full of wording problems at three sizes: the time per kB stays flat when the check is
// linear in the size of a file (it grew with the size when hits were placed by rescanning).
// Run: npm run bench:check
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';
import { listPolicyFiles } from '../src/lib/policy-files.ts';
import { bookChecks, structureChecks, type BookCheck } from '../src/lib/checks/index.ts';
import { loadBook, readAll } from '../src/lib/load-book.ts';
import { generateBook } from './generate-book.ts';
import { writeLargeRuleBook } from './large-rule.ts';

const count = Number(process.argv[2] ?? 10_000);
const policies = await generateBook(`bench/out/check-${count}`, count);

async function readAndParse(): Promise<number> {
  const { files } = await listPolicyFiles(policies);
  let parsed = 0;
  for (const bytes of readAll(files)) if (parseDocument(new TextDecoder().decode(bytes as Uint8Array)).contents) parsed++;
  return parsed;
}

async function median(label: string, task: () => Promise<unknown>, runs = 5): Promise<number> {
  await task(); // warm the file cache and the JIT, so the order of measurements does not matter
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  const middle = times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  console.log(`${label.padEnd(40)} ${(middle / 1000).toFixed(3)} s (median of ${runs})`);
  return middle;
}

console.log(`rules: ${count}`);
const baseline = await median('read + parse only (baseline)', readAndParse);
async function checkWith(checks: readonly BookCheck[]): Promise<void> {
  const book = await loadBook(policies, { today: '2026-11-25', checks });
  if (book.findings.length > 0) throw new Error(`generated book has findings: ${book.findings[0]!.message}`);
}
const structure = await median('check without the wording checks', () => checkWith(structureChecks));
const check = await median('check: read, parse, validate, all checks', () => checkWith(bookChecks));
const cli = await median('`rules-clarity check` command (process)', async () => {
  const result = spawnSync(process.execPath, ['src/cli/rules-clarity.ts', 'check', '--dir', policies], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stdout + result.stderr);
});
console.log(`ratio check / read+parse: ${(check / baseline).toFixed(2)}`);
console.log(`ratio check with wording / without: ${(check / structure).toFixed(2)} (must stay under 2)`);
console.log(`ratio command / read+parse: ${(cli / baseline).toFixed(2)}`);

console.log('\none large file of "No food here. " (one warning per sentence)');
const perKb: number[] = [];
for (const kilobytes of [100, 300, 900]) {
  const { policies: large, sentences } = await writeLargeRuleBook(`bench/out/large-${kilobytes}`, kilobytes);
  const time = await median(
    `check of ${kilobytes} kB (${sentences} warnings)`,
    async () => {
      const book = await loadBook(large, { today: '2026-11-25' });
      if (book.findings.length !== sentences) throw new Error(`expected ${sentences} findings, got ${book.findings.length}`);
    },
    3,
  );
  perKb.push(time / kilobytes);
  console.log(`  ${(time / kilobytes).toFixed(2)} ms per kB`);
}
console.log(`ratio ms per kB at 900 kB / at 100 kB: ${(perKb[2]! / perKb[0]!).toFixed(2)} (1 is linear; quadratic would be 9)`);
