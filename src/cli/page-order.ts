// A first build makes its rule pages' folders before Astro renders them, so that the order
// Pagefind's walk will meet the pages in is known before any is written. Astro renders them in
// that order (src/data/page-order.ts), and Pagefind reads them a share at a time as they come
// (read-ahead.ts) on the core Astro leaves idle, instead of all at once while Astro renders the
// signs on both.
import { mkdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { walkOrder } from './walk-order.ts';

/** Makes the folders of `pages` (files relative to `site`), writes to `file` the order the walk meets them in, and returns it. */
export function orderPages(site: string, pages: readonly string[], file: string): string[] {
  for (const folder of new Set(pages.map((page) => dirname(join(site, page))))) mkdirSync(folder, { recursive: true });
  const order = walkOrder(site, pages);
  writeFileSync(file, JSON.stringify(order));
  return order;
}

/** Removes `folder` if it is empty (a page's folder made for a page that was not written). */
export function rmEmptyFolder(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // Not empty, or gone: either way nothing to do.
  }
}
