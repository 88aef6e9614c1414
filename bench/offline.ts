// The offline copy's size: the staff edition of the sample book and of generated books (10,000
// rules by default), built with the real build command; for each, what the worker fetches when
// it installs and what it keeps once visited (src/lib/offline/plan.ts).
// Run: npm run bench:offline [-- 1000 10000]
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { OfflineManifest } from '../src/scripts/service-worker.ts';
import { generateBook } from './generate-book.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (sizes.length === 0) sizes.push(10_000);

const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function build(dir: string, out: string): void {
  const result = spawnSync(process.execPath, ['src/cli/rules-clarity.ts', 'build', '--dir', dir, '--out', out], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${result.stdout}${result.stderr}`);
}

function report(name: string, out: string): void {
  const manifest = JSON.parse(readFileSync(join(out, 'offline.json'), 'utf8')) as OfflineManifest;
  // The manifest lists addresses; a page's address is its folder (`rules/x/` is `rules/x/index.html`).
  const bytes = (path: string) => statSync(join(out, path === '' || path.endsWith('/') ? `${path}index.html` : path)).size;
  const paths = Object.keys(manifest.files);
  const all = paths.reduce((sum, path) => sum + bytes(path), 0);
  const precached = manifest.precache.reduce((sum, path) => sum + bytes(path), 0);
  const what = manifest.precache.length === paths.length ? 'everything' : 'shell and search; other pages kept once visited';
  console.log(
    `${name.padEnd(24)} | ${String(paths.length).padStart(6)} files, ${MB(all).padStart(8)} in all | fetched at install: ${String(manifest.precache.length).padStart(6)} files, ${MB(precached).padStart(8)} (${what})`,
  );
}

const sample = resolve('bench/out/offline-sample');
build('policies', sample);
report('sample book (policies/)', sample);
for (const count of sizes) {
  const out = resolve(`bench/out/offline-${count}`);
  build(await generateBook(`bench/out/offline-book-${count}`, count), out);
  report(`${count} generated rules`, out);
}
