// Pagefind is handed only the pages that match INDEXED_PAGES, to spare it reading the rest of the
// site. That is right only while those are exactly the pages marked `data-pagefind-body`: a page
// marked but not matched would silently drop out of search. A first build begins reading them
// once the pages named from the book (indexed-pages.ts) are written: were the list not the
// site's, the build would only be slower.
import { readFileSync, readdirSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEXED_PAGES } from '../../src/cli/site-steps.ts';
import { indexedPages } from '../../src/lib/indexed-pages.ts';
import { localToday, loadBook } from '../../src/lib/load-book.ts';

const book = await loadBook('policies', { today: localToday() });

describe.each([
  ['staff', 'tests/.tmp/staff-site'],
  ['public', 'tests/.tmp/public-site'],
] as const)('the search index of the %s site', (edition, site) => {
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));

  it('holds exactly the pages marked for search', () => {
    const marked = pages.filter((path) => readFileSync(join(site, path), 'utf8').includes('data-pagefind-body')).sort();
    const matched = pages.filter((path) => matchesGlob(path, INDEXED_PAGES)).sort();
    expect(marked.length).toBeGreaterThan(40);
    expect(matched).toEqual(marked);
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexed).toBe(marked.length);
  });

  it('holds the pages the build names from the book before they are written', () => {
    const matched = pages.filter((path) => matchesGlob(path, INDEXED_PAGES)).sort();
    const named = indexedPages(edition, { site: book.site, rules: book.rules.map((rule) => rule.data) });
    expect([...named].sort()).toEqual(matched);
  });
});
