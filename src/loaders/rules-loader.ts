import type { Loader } from 'astro/loaders';
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
    async load({ store, generateDigest, logger, watcher, meta }) {
      const book = await checkedBook(options);
      if (meta.get('schema') !== schemaDigest) {
        store.clear();
        meta.set('schema', schemaDigest);
      }
      const seen = new Set<string>();
      for (const rule of book.rules) {
        seen.add(rule.data.id);
        store.set({ id: rule.data.id, data: { ...rule.data }, filePath: rule.file, digest: generateDigest(`${schemaDigest}\n${JSON.stringify(rule.data)}`) });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      for (const finding of book.findings) logger.warn(`${finding.file}:${finding.line}:${finding.column} ${finding.field}: ${finding.message}`);
      logger.info(`${book.rules.length} rules loaded from ${options.dir}`);
      watcher?.add(options.dir);
      watcher?.on('change', (path) => {
        if (path.startsWith(options.dir) || path.includes('/policies/')) forgetBook();
      });
    },
  };
}

/** The one entry of the `site` collection: the organisation name, categories and glossary. */
export function siteLoader(options: BookOptions): Loader {
  return {
    name: 'rules-clarity-site',
    async load({ store }) {
      const book = await checkedBook(options);
      store.clear();
      if (book.site) store.set({ id: 'site', data: { ...book.site } });
    },
  };
}
