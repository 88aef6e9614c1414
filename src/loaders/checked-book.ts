import { CHECKED_BOOK_ENV, readCheckedBook, type SiteInput } from '../lib/checked-book-file.ts';

export interface BookOptions {
  dir: string;
  maxFileBytes?: number;
}

/**
 * The book the site is built from. `rules-clarity build` has checked it already and hands it over
 * in a file (CHECKED_BOOK_ENV), so a build checks once. Without one (`astro build`, `astro dev`)
 * the book is checked here: a book with errors stops the build with the same report `check`
 * prints, before a page is written.
 */
export async function loadSiteInput(options: BookOptions, env: NodeJS.ProcessEnv = process.env): Promise<SiteInput> {
  const handed = env[CHECKED_BOOK_ENV];
  if (handed) return readCheckedBook(handed, options.dir);
  // The checker is loaded only when it runs: with a handed-over book, Astro never loads it.
  const [{ localToday, loadBook }, { formatHuman }, { summarize }, { readLines }] = await Promise.all([
    import('../lib/load-book.ts'),
    import('../lib/report/human.ts'),
    import('../lib/summary.ts'),
    import('../lib/report/read-lines.ts'),
  ]);
  const book = await loadBook(options.dir, { today: localToday(), maxFileBytes: options.maxFileBytes });
  const errors = book.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) throw new BookError(formatHuman(errors, summarize(book), readLines));
  return { site: book.site, rules: book.rules.map((rule) => ({ file: rule.file, data: rule.data })), warnings: book.findings };
}

/** Thrown when the policies have errors; its message is the full check report. */
export class BookError extends Error {
  override name = 'BookError';
}
