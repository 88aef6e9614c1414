// Relevance of the staff search on the relevance sets: top-1 and top-3 per book and per kind of
// query, through the real search page in Chromium on a real build of each book.
// Run: npm run bench:relevance [-- --verbose]
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { serveStatic } from '../src/server/static-server.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { readRelevanceSet, runRelevanceSet, topShare, type RelevanceRun } from '../tests/helpers/relevance.ts';

const books = [
  { name: 'Riverside Public Library (sample book)', dir: 'policies', set: 'tests/relevance/riverside.json' },
  { name: 'Maple Grove Community Centre', dir: 'tests/fixtures/community-centre', set: 'tests/relevance/community-centre.json' },
];
const verbose = process.argv.includes('--verbose');
const percent = (share: number) => `${(share * 100).toFixed(0)}%`;

const browser = await launchBrowser();
try {
  for (const book of books) {
    const out = resolve(`bench/out/relevance-${book.dir.replace(/\W+/g, '-')}`);
    await rm(out, { recursive: true, force: true });
    const build = spawnSync(process.execPath, ['src/cli/rules-clarity.ts', 'build', '--dir', book.dir, '--out', out], { encoding: 'utf8' });
    if (build.status !== 0) throw new Error(build.stdout + build.stderr);
    const site = await serveStatic(out);
    try {
      const runs = await runRelevanceSet(browser, site.url, readRelevanceSet(book.set));
      console.log(`${book.name}: ${runs.length} queries, top-1 ${percent(topShare(runs, 1))}, top-3 ${percent(topShare(runs, 3))}`);
      for (const kind of ['situation', 'typo', 'jargon', 'slang'] as const) {
        const some = runs.filter((run) => run.kind === kind);
        if (some.length > 0)
          console.log(
            `  ${kind.padEnd(9)} ${String(some.length).padStart(3)}: top-1 ${percent(topShare(some, 1))}, top-3 ${percent(topShare(some, 3))}`,
          );
      }
      for (const run of runs.filter((run) => verbose && (run.place ?? 99) > 1)) console.log(`  ${missLine(run)}`);
    } finally {
      await site.close();
    }
  }
} finally {
  await browser.close();
}

function missLine(run: RelevanceRun): string {
  return `${run.place === undefined ? 'MISS' : `#${run.place}  `} "${run.query}" wants ${run.expect.join('/')}; shown ${run.shown.slice(0, 3).join(', ') || 'nothing'}`;
}
