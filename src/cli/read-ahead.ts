// What index-ahead.ts runs in its worker thread: Pagefind reads the pages of the site in the
// output folder, which the last build made and recorded (spare-site.ts), while Astro builds the
// next one; afterwards the pages whose digest changed are read again from the new site. Pagefind
// puts a page added under a URL it holds in that page's place, so the index is the one the new
// site gives, byte for byte, provided both sites hold the same pages in the same walk order
// (walk-order.ts). When anything differs, the new site is indexed afresh instead.
import { readFileSync, statSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { createIndex, type PagefindIndex } from 'pagefind';
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

/**
 * The share of the pages beyond which the new site is read afresh instead. Pagefind's service
 * takes pages handed to it one message at a time, 1.3-2 ms each, against 0.3 ms a page when it
 * reads a folder (10,000 pages): the two cost the same at 15-23%, and a tenth leaves a margin.
 */
const MOST_READ_AGAIN = 0.1;

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
      return statSync(join(target, page)).ctimeMs <= live.recorded;
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
  const usable =
    changed !== undefined &&
    changed.length <= pages.length * MOST_READ_AGAIN &&
    // The same paths in the same order: the same pages, met in the same order.
    sameOrder(walkOrder(site, pages), ahead.order);
  const added = usable
    ? await Promise.all(
        changed.map((page) => ahead.index.addHTMLFile({ sourcePath: page, content: readFileSync(join(site, page), 'utf8') })),
      )
    : [];
  if (!usable || added.some(({ errors }) => errors.length > 0)) {
    await ahead.index.deleteIndex();
    return undefined;
  }
  return { pages: pages.length, readAgain: changed.length };
}

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, at) => item === b[at]);
}
