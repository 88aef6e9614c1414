import { localToday, loadBook, type Book } from '../lib/load-book.ts';
import { formatHuman } from '../lib/report/human.ts';
import { summarize } from '../lib/summary.ts';
import { readLines } from '../lib/report/read-lines.ts';

export interface BookOptions {
  dir: string;
  maxFileBytes?: number;
}

let pending: { dir: string; book: Promise<Book> } | undefined;

/**
 * The book the site is built from, loaded once per build and shared by the collections. A book
 * with errors stops the build with the same report `check` prints, before a page is written.
 */
export function checkedBook(options: BookOptions): Promise<Book> {
  if (pending?.dir !== options.dir) pending = { dir: options.dir, book: loadOrFail(options) };
  return pending.book;
}

/** Forget the loaded book (dev server: a policy file changed). */
export function forgetBook(): void {
  pending = undefined;
}

async function loadOrFail(options: BookOptions): Promise<Book> {
  const book = await loadBook(options.dir, { today: localToday(), maxFileBytes: options.maxFileBytes });
  const errors = book.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    const report = formatHuman(errors, summarize(book), readLines);
    throw new BookError(report);
  }
  return book;
}

/** Thrown when the policies have errors; its message is the full check report. */
export class BookError extends Error {
  override name = 'BookError';
}
