import { resolve, sep } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { SiteInput } from '../lib/checked-book-file.ts';
import { schemaDigest } from '../lib/schema-digest.ts';
import { loadSiteInput, type BookOptions } from './checked-book.ts';
import { PREVIEW_PROBLEM_ID } from '../lib/preview-problem.ts';

/** Loads the book; a parameter so tests can count the loads. */
export type LoadBook = (options: BookOptions) => Promise<SiteInput>;

/** How long the dev server waits for more events of one save (editors often write a file twice). */
const SAVE_SETTLE_MS = 30;

/**
 * The Astro content loaders of the book: `rules` (one entry per rule) and `site` (the settings).
 * Both come from one load of the book, the same loading and checking as `rules-clarity check`,
 * so the site and the check can never disagree. Once both have their part the book is let go, so
 * it is not held in memory while Astro renders the pages. In the dev server one watcher reloads
 * the book once per save and refreshes both collections from it.
 */
export function bookLoaders(options: BookOptions, load: LoadBook = loadSiteInput): { rules: Loader; site: Loader } {
  const appliers = new Map<string, (book: SiteInput) => void>();
  // Each save that breaks the book: the live preview's pages say so (PreviewProblem.astro).
  let reportProblem: ((report: string) => void) | undefined;
  // The one book of this build, until every loader has taken it.
  let current: { book: Promise<SiteInput>; waiting: Set<string> } | undefined;
  let watching = false;

  const take = (name: string): Promise<SiteInput> => {
    current ??= { book: load(options), waiting: new Set(['rules', 'site']) };
    const { book } = current;
    current.waiting.delete(name);
    if (current.waiting.size === 0) current = undefined;
    return book;
  };

  const watch = (context: LoaderContext): void => {
    const { watcher, logger } = context;
    if (!watcher || watching) return;
    watching = true;
    const dir = resolve(options.dir);
    watcher.add(dir);
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Only the last save's load is shown. A slow editor's save comes as two events (the file
    // emptied, then written), and the load of the emptied file may finish last: its "no rule in
    // it" would stay on the preview over the save that came after it.
    let latest = 0;
    watcher.on('all', (_event, path) => {
      if (!resolve(path).startsWith(dir + sep)) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const mine = ++latest;
        // A book with errors keeps the last good content on screen and logs the check's report,
        // rather than stopping the server.
        load(options).then(
          (book) => {
            if (mine !== latest) return;
            for (const apply of appliers.values()) apply(book);
          },
          (error: unknown) => {
            if (mine !== latest) return;
            const message = error instanceof Error ? error.message : String(error);
            logger.error(message);
            // As a page shows it: without the terminal's colors.
            reportProblem?.(stripVTControlCharacters(message));
          },
        );
      }, SAVE_SETTLE_MS);
    });
  };

  const loader = (name: 'rules' | 'site', apply: (context: LoaderContext, book: SiteInput) => void): Loader => ({
    name: `rules-clarity-${name}`,
    async load(context) {
      // Watching starts first, so that in the dev server a book that starts broken can be fixed.
      watch(context);
      appliers.set(name, (book) => apply(context, book));
      apply(context, await take(name));
    },
  });

  return {
    rules: loader('rules', (context, book) => storeRules(context, book, options.dir)),
    site: loader('site', ({ store }, book) => {
      reportProblem = (report) => store.set({ id: PREVIEW_PROBLEM_ID, data: { report } });
      store.clear();
      if (book.site) store.set({ id: 'site', data: { ...book.site } });
    }),
  };
}

/**
 * One entry per rule. Digests spare Astro re-storing unchanged entries, so they cover all an entry
 * holds: its data and its file (a rule moved to another folder names its new file on its page),
 * and the schema's digest so a schema change refreshes every entry.
 */
function storeRules(context: LoaderContext, book: SiteInput, dir: string): void {
  const { store, generateDigest, logger, meta } = context;
  if (meta.get('schema') !== schemaDigest) {
    store.clear();
    meta.set('schema', schemaDigest);
  }
  const seen = new Set<string>();
  for (const rule of book.rules) {
    seen.add(rule.data.id);
    store.set({
      id: rule.data.id,
      data: { ...rule.data },
      filePath: rule.file,
      digest: generateDigest(`${schemaDigest}\n${rule.file}\n${JSON.stringify(rule.data)}`),
    });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  for (const finding of book.warnings)
    logger.warn(`${finding.file}:${finding.line}:${finding.column} ${finding.field}: ${finding.message}`);
  logger.info(`${book.rules.length} rules loaded from ${dir}`);
}
