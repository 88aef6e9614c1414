// The content loaders read the book once per build (both collections from one load), and the dev
// server reloads it once per save. `rules-clarity build` hands over the book it checked, so
// Astro does not check it again; a handed-over book of another folder or format is refused.
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECKED_BOOK_ENV, readCheckedBook, writeCheckedBook, type SiteInput } from '../../src/lib/checked-book-file.ts';
import { loadBook } from '../../src/lib/load-book.ts';
import { loadSiteInput } from '../../src/loaders/checked-book.ts';
import { bookLoaders } from '../../src/loaders/rules-loader.ts';

const today = '2026-11-25';

/** An Astro loader context with an in-memory store, and a watcher when `watcher` is given. */
function fakeContext(watcher?: EventEmitter & { add(path: string): void }) {
  const entries = new Map<string, { id: string; data: Record<string, unknown> }>();
  const meta = new Map<string, string>();
  const errors: string[] = [];
  const context = {
    store: {
      set: (entry: { id: string; data: Record<string, unknown> }) => entries.set(entry.id, entry) && true,
      get: (id: string) => entries.get(id),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
      clear: () => entries.clear(),
    },
    meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) },
    generateDigest: (text: string) => String(text.length),
    logger: { info: () => {}, warn: () => {}, error: (message: string) => errors.push(message) },
    watcher,
  };
  return { context: context as unknown as LoaderContext, entries, errors };
}

function fakeWatcher() {
  return Object.assign(new EventEmitter(), {
    added: [] as string[],
    add(path: string) {
      this.added.push(path);
    },
  });
}

const rule = (id: string, title: string) => ({ file: `policies/${id}.yaml`, data: { id, title } }) as unknown as SiteInput['rules'][number];
const book = (title: string): SiteInput => ({
  site: { organisation: title, categories: ['Spaces'] } as SiteInput['site'],
  rules: [rule('noise', title)],
  warnings: [],
});

describe('the content loaders', () => {
  it('load the book once for both collections of a build, and not again for the next build', async () => {
    let loads = 0;
    const loaders = bookLoaders({ dir: 'policies' }, async () => book(`load ${++loads}`));
    const rules = fakeContext();
    const site = fakeContext();
    await Promise.all([loaders.rules.load(rules.context), loaders.site.load(site.context)]);
    expect(loads).toBe(1);
    expect(rules.entries.get('noise')?.data.title).toBe('load 1');
    expect(site.entries.get('site')?.data.organisation).toBe('load 1');
    // Both have their part, so the book was let go: the next build (a new sync) loads it afresh.
    await loaders.rules.load(rules.context);
    expect(loads).toBe(2);
    expect(rules.entries.get('noise')?.data.title).toBe('load 2');
  });

  it('reload the book once per save in the dev server and refresh both collections', async () => {
    let loads = 0;
    const loaders = bookLoaders({ dir: 'policies' }, async () => book(`load ${++loads}`));
    const watcher = fakeWatcher();
    const rules = fakeContext(watcher);
    const site = fakeContext(watcher);
    await loaders.rules.load(rules.context);
    await loaders.site.load(site.context);
    expect(loads).toBe(1);
    expect(watcher.added).toEqual([resolve('policies')]);
    // An editor's save: the file is written twice in a row.
    watcher.emit('all', 'change', resolve('policies/noise.yaml'));
    watcher.emit('all', 'change', resolve('policies/noise.yaml'));
    // A file outside the policy folder is none of the loaders' business.
    watcher.emit('all', 'change', resolve('src/pages/index.astro'));
    await new Promise((done) => setTimeout(done, 200));
    expect(loads).toBe(2);
    expect(rules.entries.get('noise')?.data.title).toBe('load 2');
    expect(site.entries.get('site')?.data.organisation).toBe('load 2');
  });

  it('keep the last good content and log the report once when a save breaks the book', async () => {
    let broken = false;
    const loaders = bookLoaders({ dir: 'policies' }, async () => {
      if (broken) throw new Error('policies/noise.yaml:4:8 color: must be one of red, yellow, green (got "amber")');
      return book('good');
    });
    const watcher = fakeWatcher();
    const rules = fakeContext(watcher);
    const site = fakeContext(watcher);
    await Promise.all([loaders.rules.load(rules.context), loaders.site.load(site.context)]);
    broken = true;
    watcher.emit('all', 'change', resolve('policies/noise.yaml'));
    await new Promise((done) => setTimeout(done, 200));
    expect([...rules.errors, ...site.errors]).toEqual(['policies/noise.yaml:4:8 color: must be one of red, yellow, green (got "amber")']);
    expect(rules.entries.get('noise')?.data.title).toBe('good');
  });

  it('show the last save when the load of an earlier save finishes after it', async () => {
    // A slow save: the file emptied, then written more than a moment later. The emptied file's
    // load fails, and slowly; the written file's load succeeds first.
    let loads = 0;
    const loaders = bookLoaders({ dir: 'policies' }, async () => {
      loads++;
      if (loads === 2) {
        await new Promise((done) => setTimeout(done, 150));
        throw new Error('policies/noise.yaml:1:1 the file has no rule in it');
      }
      return book(`load ${loads}`);
    });
    const watcher = fakeWatcher();
    const rules = fakeContext(watcher);
    const site = fakeContext(watcher);
    await Promise.all([loaders.rules.load(rules.context), loaders.site.load(site.context)]);
    watcher.emit('all', 'change', resolve('policies/noise.yaml'));
    await new Promise((done) => setTimeout(done, 60));
    watcher.emit('all', 'change', resolve('policies/noise.yaml'));
    await new Promise((done) => setTimeout(done, 400));
    expect(loads).toBe(3);
    expect(rules.entries.get('noise')?.data.title).toBe('load 3');
    expect([...rules.errors, ...site.errors]).toEqual([]);
    expect([...site.entries.keys()]).toEqual(['site']);
  });
});

describe('the checked book handed from the build to Astro', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'rules-clarity-handoff-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('gives the site what checking the book in Astro would give', async () => {
    const path = join(root, 'book.json');
    const checked = await loadBook('policies', { today });
    writeCheckedBook(path, 'policies', checked, process.cwd());
    const handed = await loadSiteInput({ dir: 'policies' }, { [CHECKED_BOOK_ENV]: path });
    const own = await loadSiteInput({ dir: 'policies' }, {});
    expect(handed.rules.length).toBe(52);
    expect(JSON.stringify(handed.rules)).toBe(JSON.stringify(own.rules));
    expect(handed.site).toEqual(own.site);
  });

  it('names the files relative to the folder Astro runs in, and to where it is read when Astro runs elsewhere', async () => {
    const path = join(root, 'book.json');
    writeCheckedBook(path, 'policies', await loadBook('policies', { today }), join(process.cwd(), 'src'));
    const written = JSON.parse(readFileSync(path, 'utf8')) as { rules: { file: string }[] };
    expect(written.rules[0]!.file).toMatch(/^\.\.\/policies\/[a-z-/]+\.yaml$/);
    // Read from the project (as Astro run from a folder of its own reads it): from here.
    expect(readCheckedBook(path, 'policies').rules[0]!.file).toMatch(/^policies\/[a-z-/]+\.yaml$/);
  });

  it('is never written for a book with errors', async () => {
    const broken = await loadBook('tests/fixtures/broken-book', { today });
    expect(() => writeCheckedBook(join(root, 'book.json'), 'tests/fixtures/broken-book', broken, process.cwd())).toThrow(
      'a book with errors is never handed to the site build',
    );
  });

  it('is refused when it is missing, of another format, or of another folder, with what to do', async () => {
    const path = join(root, 'book.json');
    expect(() => readCheckedBook(path, 'policies')).toThrow(/the checked book could not be read .*unset RULES_CHECKED_BOOK/);
    writeFileSync(path, JSON.stringify({ format: 'something else', rules: [] }));
    expect(() => readCheckedBook(path, 'policies')).toThrow('not a checked book of this version of rules-clarity');
    writeCheckedBook(path, 'policies', await loadBook('policies', { today }), process.cwd());
    expect(() => readCheckedBook(path, 'tests/fixtures/wording-book')).toThrow(`this book was checked from ${resolve('policies')}`);
  });
});
