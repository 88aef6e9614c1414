import { resolve, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { schemaDigest } from '../lib/schemas.ts';
import { checkedBook, forgetBook, type BookOptions } from './checked-book.ts';

/**
 * Astro content loader for the rules: the same loading and checking as `rules-clarity check`, so
 * the site and the check can never disagree. The whole book is validated on every build (it takes
 * well under a second for the sample); digests only spare Astro re-storing unchanged entries, and
 * they include the schema's digest so a schema change refreshes every entry.
 */
export function rulesLoader(options: BookOptions): Loader {
  return {
    name: 'rules-clarity-rules',
    async load(context) {
      const { store, generateDigest, logger, meta } = context;
      const sync = async () => {
        const book = await checkedBook(options);
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
            digest: generateDigest(`${schemaDigest}\n${JSON.stringify(rule.data)}`),
          });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        // `rules-clarity build` has shown the warnings with their code frames already.
        if (!process.env.RULES_FINDINGS_SHOWN) {
          for (const finding of book.findings)
            logger.warn(`${finding.file}:${finding.line}:${finding.column} ${finding.field}: ${finding.message}`);
        }
        logger.info(`${book.rules.length} rules loaded from ${options.dir}`);
      };
      await sync();
      reloadOnChange(context, options, sync);
    },
  };
}

/** The one entry of the `site` collection: the organisation name, categories and glossary. */
export function siteLoader(options: BookOptions): Loader {
  return {
    name: 'rules-clarity-site',
    async load(context) {
      const sync = async () => {
        const book = await checkedBook(options);
        context.store.clear();
        if (book.site) context.store.set({ id: 'site', data: { ...book.site } });
      };
      await sync();
      reloadOnChange(context, options, sync);
    },
  };
}

/**
 * In the dev server, a saved policy file reloads the book. A book with errors keeps the last good
 * content on screen and logs the check's report, rather than stopping the server.
 */
function reloadOnChange(context: LoaderContext, options: BookOptions, sync: () => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  const dir = resolve(options.dir);
  watcher.add(dir);
  watcher.on('all', (_event, path) => {
    if (!resolve(path).startsWith(dir + sep)) return;
    forgetBook();
    sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
  });
}
