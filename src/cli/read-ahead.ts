// What index-ahead.ts runs in its worker thread, while Astro builds. In a rebuild Pagefind reads
// the pages of the site in the output folder, which the last build made and recorded
// (spare-site.ts); afterwards the pages whose digest changed are read again from the new site. In
// a first build it reads the new site's pages as soon as Astro has written the last of them (Astro
// renders the signs after them: at 10,000 rules its last 5-6 s); afterwards the pages written
// since are read again. Pagefind puts a page added under a URL it holds in that page's place, so
// the index is the one the new site gives, byte for byte, provided the pages read are the site's
// pages in its walk order (walk-order.ts). When anything differs, the new site is indexed afresh.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { createIndex, type PagefindIndex } from 'pagefind';
import { fileTimeNow } from './file-time.ts';
import type { PageDigests } from './spare-site.ts';
import { walkOrder } from './walk-order.ts';

/** What the last build recorded of the site in the output folder (spare-site.ts liveSite). */
export interface RecordedSite {
  pages: PageDigests;
  /** When: a page written later is not the page recorded. */
  recorded: number;
}

export interface ReadAhead {
  index: PagefindIndex;
  /** The pages read, in the order Pagefind met them. */
  order: string[];
}

/** The pages of a site being built, read as soon as they were all written. */
export interface NewSiteRead extends ReadAhead {
  /** The file time the file system gave a file written just before the read (file-time.ts). */
  began: number;
  /** Each page's size just before the read. */
  sizes: Map<string, number>;
}

/**
 * The share of the pages beyond which the new site is read afresh instead. Pagefind's service
 * takes pages handed to it one message at a time, 1.3-2 ms each, against 0.3 ms a page when it
 * reads a folder (10,000 pages): the two cost the same at 15-23%, and a tenth leaves a margin.
 */
const MOST_READ_AGAIN = 0.1;

/** How often the site Astro is writing is looked at for the pages still to come. */
const LOOK_EVERY_MS = 100;

/** Pagefind reads the pages of `target` matching `glob`; undefined if they are not the pages `live` records. */
export async function readAhead(target: string, live: RecordedSite, glob: string): Promise<ReadAhead | undefined> {
  const pages = Object.keys(live.pages).filter((page) => matchesGlob(page, glob));
  if (pages.length === 0) return undefined;
  const { index } = await createIndex({});
  if (!index) return undefined;
  const added = await index.addDirectory({ path: target, glob });
  // Read, and only then looked at: a page not written since the record is the page recorded. One
  // that was, or one page more or less, is a site someone changed after the build.
  const asRecorded = (page: string) => {
    try {
      return statSync(join(target, page)).ctimeMs < live.recorded;
    } catch {
      return false;
    }
  };
  if (added.errors.length > 0 || added.page_count !== pages.length || !pages.every(asRecorded)) {
    await index.deleteIndex();
    return undefined;
  }
  return { index, order: walkOrder(target, pages) };
}

/**
 * Pagefind reads the pages matching `glob` of the site Astro is writing in `site` once every one
 * of `expected` is there. Undefined when `built` comes first (the list was not the site's), or
 * when Pagefind read other pages than those.
 */
export async function readWhenWritten(
  site: string,
  expected: readonly string[],
  glob: string,
  built: Promise<unknown>,
): Promise<NewSiteRead | undefined> {
  let over = false;
  built.then(
    () => (over = true),
    () => (over = true),
  );
  if (expected.length === 0) return undefined;
  // Pages come roughly in the order of the list: each look begins at the first still missing.
  for (let next = 0; ; await delay(LOOK_EVERY_MS)) {
    while (next < expected.length && existsSync(join(site, expected[next]!))) next++;
    if (next === expected.length) break;
    if (over) return undefined;
  }
  const { index } = await createIndex({});
  if (!index) return undefined;
  // In the building folder: a crash leaves the marker nowhere else.
  const began = fileTimeNow(join(site, '.read-began'));
  const sizes = new Map(expected.map((page) => [page, statSync(join(site, page)).size]));
  // The order Pagefind walks the pages in, read before and after its walk: the folders are still
  // being written to.
  const order = walkOrder(site, expected);
  const added = await index.addDirectory({ path: site, glob });
  if (added.errors.length > 0 || added.page_count !== expected.length || !sameOrder(walkOrder(site, expected), order)) {
    await index.deleteIndex();
    return undefined;
  }
  return { index, order, began, sizes };
}

/**
 * After Astro built `site` (`files` the files it made): reads the pages written since `ahead`
 * began again into it. Undefined, and the index dropped, when the site is to be indexed afresh.
 */
export async function readLatePages(
  ahead: NewSiteRead,
  glob: string,
  { site, files }: { site: string; files: readonly string[] },
): Promise<{ pages: number; readAgain: number } | undefined> {
  const pages = files.filter((file) => matchesGlob(file, glob));
  // Its size too: a write stamps the file's time as it starts, and a size is final only once the
  // bytes are in, so a write begun before the read but not done by then changes the size.
  const writtenBefore = (page: string) => {
    try {
      const { ctimeMs, size } = statSync(join(site, page));
      return ctimeMs < ahead.began && size === ahead.sizes.get(page);
    } catch {
      return false;
    }
  };
  const late = pages.filter((page) => !writtenBefore(page));
  return readAgain(ahead, site, pages, late);
}

/**
 * After Astro built `site` (`files` the files it made, `made` the digests it recorded): reads the
 * changed pages again into the index read ahead. Undefined, and the index dropped, when the new
 * site is to be indexed afresh.
 */
export async function readChangedPages(
  ahead: ReadAhead,
  live: RecordedSite,
  glob: string,
  { site, files, made }: { site: string; files: readonly string[]; made: PageDigests | undefined },
): Promise<{ pages: number; readAgain: number } | undefined> {
  const pages = files.filter((file) => matchesGlob(file, glob));
  const changed = made && pages.filter((page) => made[page] !== live.pages[page]);
  return changed ? readAgain(ahead, site, pages, changed) : drop(ahead);
}

/**
 * Reads `stale` of the site's indexed `pages` again into the index read ahead, if they are few
 * enough (MOST_READ_AGAIN) and the site's pages are the ones read, met in the same order (the
 * same paths in the same order); otherwise drops it.
 */
async function readAgain(
  ahead: ReadAhead,
  site: string,
  pages: readonly string[],
  stale: readonly string[],
): Promise<{ pages: number; readAgain: number } | undefined> {
  if (stale.length > pages.length * MOST_READ_AGAIN || !sameOrder(walkOrder(site, pages), ahead.order)) return drop(ahead);
  const added = await Promise.all(
    stale.map((page) => ahead.index.addHTMLFile({ sourcePath: page, content: readFileSync(join(site, page), 'utf8') })),
  );
  if (added.some(({ errors }) => errors.length > 0)) return drop(ahead);
  return { pages: pages.length, readAgain: stale.length };
}

async function drop(ahead: ReadAhead): Promise<undefined> {
  await ahead.index.deleteIndex();
  return undefined;
}

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, at) => item === b[at]);
}
