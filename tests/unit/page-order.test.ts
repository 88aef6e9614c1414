// A first build renders the rule pages in the order its search index meets them: the build makes
// their folders, reads the order the file system lists them in, and Astro's getStaticPaths sorts
// by it. Only the order may change.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { orderPages } from '../../src/cli/page-order.ts';
import { inPageOrder } from '../../src/data/page-order.ts';
import { walkOrder } from '../../src/cli/walk-order.ts';

const folder = mkdtempSync(join(tmpdir(), 'rules-clarity-order-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const pages = ['printing', 'parking', 'quiet-study', 'chess-club', 'lost-card', 'wifi', 'scanners'].map((id) => `rules/${id}/index.html`);

describe('the order of the rule pages', () => {
  it('is the order the walk of the site meets their folders in, known before any page is written', () => {
    const site = join(folder, 'site');
    const file = join(folder, 'order.json');
    const order = orderPages(site, pages, file);
    expect([...order].sort()).toEqual([...pages].sort());
    // The pages written afterwards, in any order, are met in that order.
    for (const page of [...pages].reverse()) writeFileSync(join(site, page), '<p>page</p>');
    writeFileSync(join(site, 'rules', 'extra.html'), '<p>not a rule page</p>');
    expect(walkOrder(site, pages)).toEqual(order);
  });

  it("sorts Astro's paths by it, and leaves paths it does not name in their order, after the others", () => {
    const file = join(folder, 'given.json');
    writeFileSync(file, JSON.stringify(['rules/c/index.html', 'rules/a/index.html', 'rules/b/index.html']));
    const paths = ['a', 'x', 'b', 'c', 'y'].map((id) => ({ params: { id } }));
    const sorted = inPageOrder(paths, ({ params }) => `rules/${params.id}/index.html`, { RULES_PAGE_ORDER: file });
    expect(sorted.map(({ params }) => params.id)).toEqual(['c', 'a', 'b', 'x', 'y']);
  });

  it('keeps the order as it is without one (astro build, astro dev)', () => {
    const paths = ['b', 'a', 'c'];
    expect(inPageOrder(paths, (id) => `rules/${id}/index.html`, {})).toEqual(['b', 'a', 'c']);
  });
});
