// Astro writes its cache's copy of each page as it renders it, but its record of the pages
// (incremental-build.json) only at the end. A build stopped in between (Ctrl-C, a crash, a failed
// render) left copies newer than the record, and later builds restored them under the old keys: a
// page with an edit since undone, or an empty page, published by a build that reported success.
// The build now drops the copies and has Astro keep none (astro-page-copies.ts). A mark in the
// cache folder says that an Astro run there has not finished; the next build that finds it
// throws Astro's record away first, and so renders every page.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASTRO_RECORD } from './spare-site.ts';

const MARK = 'rules-clarity-unfinished';

/** Before an Astro run in `cacheDir` (what an unfinished one left is forgotten by then). */
export function startAstroRun(cacheDir: string): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, MARK), `${process.pid}\n`);
}

/** After an Astro run that succeeded: its record may be trusted. */
export function finishAstroRun(cacheDir: string): void {
  rmSync(join(cacheDir, MARK), { force: true });
}

/** Throws away Astro's record if a run in `cacheDir` did not finish. */
export function forgetUnfinishedRun(cacheDir: string): void {
  if (!existsSync(join(cacheDir, MARK))) return;
  rmSync(join(cacheDir, ASTRO_RECORD), { force: true });
  rmSync(join(cacheDir, MARK), { force: true });
}
