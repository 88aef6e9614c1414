// The build's check: the whole book checked once, its report written, and (when it can be built)
// the checked book handed to the Astro processes in a file. Runs in a child process
// (build-check-process.ts): what the check holds is let go before Astro starts, not kept beside it.
import { availableParallelism } from 'node:os';
import { writeCheckedBook } from '../lib/checked-book-file.ts';
import type { Edition } from '../lib/editions.ts';
import { indexedPages } from '../lib/indexed-pages.ts';
import { localToday, loadBook } from '../lib/load-book.ts';
import { formatHuman } from '../lib/report/human.ts';
import { readLines } from '../lib/report/read-lines.ts';
import { editionLocation } from '../lib/site-url.ts';
import { summarize } from '../lib/summary.ts';
import { terminalStyle } from './terminal-style.ts';
import { projectRoot } from './project-root.ts';

export interface BuildCheck {
  dir: string;
  read: { maxFileBytes?: number; cacheDir?: string };
  editions: Edition[];
  /** Where the checked book is written for the Astro processes (see CHECKED_BOOK_ENV). */
  handed: string;
}

/** What the build learns from its check besides the checked book. */
export interface Checked {
  /** For each edition, the pages its search indexes (indexed-pages.ts). */
  indexed: Partial<Record<Edition, string[]>>;
}

/** Checks the book and, when it can be built, writes it to `handed`; undefined when it cannot. */
export async function checkAndHandOver(
  { dir, read, editions, handed }: BuildCheck,
  write: (text: string) => void,
): Promise<Checked | undefined> {
  // Check first: a broken rule stops the build before anything is written, with the check's report.
  // The check's cache is shared with `rules-clarity check`: a rebuild re-checks only changed files.
  const book = await loadBook(dir, { today: localToday(), threads: availableParallelism(), ...read });
  const summary = summarize(book);
  if (summary.errors > 0) {
    write(
      formatHuman(
        book.findings.filter((finding) => finding.severity === 'error'),
        summary,
        readLines,
        terminalStyle,
      ),
    );
    write('The site was not built; the previous site, if any, is unchanged.\n');
    return undefined;
  }
  // Warnings do not stop the build; they are shown once, here, as the check shows them.
  if (summary.warnings > 0) write(formatHuman(book.findings, summary, readLines, terminalStyle));
  // The check has read public_url / staff_url; an address from the environment is read here, before any build.
  for (const edition of editions) {
    try {
      editionLocation(edition, book.site ?? {}, process.env);
    } catch (error) {
      write(`${(error as Error).message}\nThe site was not built; the previous site, if any, is unchanged.\n`);
      return undefined;
    }
  }
  writeCheckedBook(handed, dir, book, projectRoot);
  const rules = book.rules.map((rule) => rule.data);
  return { indexed: Object.fromEntries(editions.map((edition) => [edition, indexedPages(edition, { site: book.site, rules })])) };
}
