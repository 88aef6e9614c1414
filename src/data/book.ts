// The site's view of the book, read once per build: from the book `rules-clarity build` handed
// over, or else from the content collections (`astro build`, `astro dev`).
import { getCollection, getEntry } from 'astro:content';
import { bookFolder } from '../lib/book-folder.ts';
import { bookReady } from '../lib/book-ready.ts';
import { handedBook } from '../lib/checked-book-file.ts';
import { relatedBothWays } from '../lib/related.ts';
import type { Rule, SiteSettings } from '../lib/schemas.ts';
import { categorySlugs } from '../lib/slug.ts';

export interface SiteBook {
  site: SiteSettings;
  /** Sorted by title, as staff scan a list. */
  rules: Rule[];
  byId: Map<string, Rule>;
  related: Map<string, string[]>;
  categorySlug: Map<string, string>;
  /** Where each rule is written, e.g. `policies/spaces/phone-calls.yaml`. */
  files: Map<string, string>;
}

let cached: Promise<SiteBook> | undefined;

export function getBook(): Promise<SiteBook> {
  cached ??= read();
  return cached;
}

async function read(): Promise<SiteBook> {
  // The build command skips Astro's content sync (src/cli/astro-build-quiet.js): its
  // collections are then empty, and the handed-over book is read as the loader would store it.
  await bookReady();
  const handed = handedBook(bookFolder());
  const entry = handed ? handed.site && { data: handed.site } : await getEntry('site', 'site');
  if (!entry) throw new Error('policies/_site.yaml was not loaded');
  const entries = handed ? handed.rules.map(({ file, data }) => ({ id: data.id, data, filePath: file })) : await getCollection('rules');
  const rules = entries.map((rule) => rule.data).sort((a, b) => a.title.localeCompare(b.title, 'en'));
  return {
    site: entry.data,
    rules,
    byId: new Map(rules.map((rule) => [rule.id, rule])),
    related: relatedBothWays(rules),
    categorySlug: categorySlugs(entry.data.categories),
    files: new Map(entries.map((rule) => [rule.id, rule.filePath ?? `${rule.id}.yaml`])),
  };
}

export { isPublic } from '../lib/public-rule.ts';
