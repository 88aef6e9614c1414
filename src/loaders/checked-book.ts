import { handedBook, type SiteInput } from '../lib/checked-book-file.ts';

export interface BookOptions {
  dir: string;
  maxFileBytes?: number;
}

/**
 * The book the site is built from: the handed-over one, or else the book checked here. A book
 * with errors stops the build with the same report `check` prints, before a page is written.
 */
export async function loadSiteInput(options: BookOptions, env: NodeJS.ProcessEnv = process.env): Promise<SiteInput> {
  const handed = handedBook(options.dir, env);
  if (handed) return handed;
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
