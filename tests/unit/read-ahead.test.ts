// An index begun while Astro builds (src/cli/read-ahead.ts, walk-order.ts), with the real
// Pagefind: a rebuild's from the site in place, a first build's from the new site as soon as its
// pages are written. Reading the pages changed since again into it gives, byte for byte, the
// index Pagefind makes of the new site; anything that would make it differ means indexing the new
// site afresh.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { close, createIndex } from 'pagefind';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readAhead, readChangedPages, readLatePages, readWhenWritten, type RecordedSite } from '../../src/cli/read-ahead.ts';
import { walkOrder } from '../../src/cli/walk-order.ts';

const GLOB = '**/rules/*/index.html';
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
afterAll(() => close());

// What a visitor would search for at a desk, one topic per rule.
const TOPICS = [
  'printing',
  'parking',
  'quiet study',
  'chess club',
  'lost card',
  'late returns',
  'wifi',
  'scanners',
  'study rooms',
  'umbrellas',
  'music',
  'bicycles',
];
const page = (topic: string, extra = '') =>
  `<!doctype html><html lang="en"><head><title>${topic}</title></head><body data-pagefind-body><h1>${topic}</h1><p>About ${topic} at the library.${extra}</p></body></html>`;

/** A site holding a page per topic, written in the order given (the order a folder may list them in), and a page search leaves out. */
function site(topics: readonly string[], edit: Record<string, string> = {}, base = tmpdir()): string {
  const folder = mkdtempSync(join(base, 'rules-clarity-ahead-'));
  folders.push(folder);
  for (const topic of topics) {
    const path = join(folder, 'rules', topic.replaceAll(' ', '-'), 'index.html');
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, page(topic, edit[topic]));
  }
  mkdirSync(join(folder, 'signs'));
  writeFileSync(join(folder, 'signs', 'index.html'), page('signs'));
  return folder;
}

const pathOf = (topic: string) => `rules/${topic.replaceAll(' ', '-')}/index.html`;
const recorded = (topics: readonly string[]): RecordedSite => ({
  pages: Object.fromEntries(topics.map((topic) => [pathOf(topic), `digest of ${topic}`])),
  recorded: Date.now(),
});
const madeAfter = (topics: readonly string[], changed: readonly string[]) =>
  Object.fromEntries(topics.map((topic) => [pathOf(topic), changed.includes(topic) ? `new digest of ${topic}` : `digest of ${topic}`]));

async function freshIndex(folder: string): Promise<Map<string, Buffer>> {
  const { index } = await createIndex({});
  await index!.addDirectory({ path: folder, glob: GLOB });
  const { files } = await index!.getFiles();
  await index!.deleteIndex();
  return new Map(files.map(({ path, content }) => [path, Buffer.from(content)]));
}

async function indexOfReadAhead(ahead: NonNullable<Awaited<ReturnType<typeof readAhead>>>): Promise<Map<string, Buffer>> {
  const { files } = await ahead.index.getFiles();
  await ahead.index.deleteIndex();
  return new Map(files.map(({ path, content }) => [path, Buffer.from(content)]));
}

// Written out of alphabetical order: a folder that lists them as written shows its own order.
const order = [
  'wifi',
  'chess club',
  'printing',
  'bicycles',
  'parking',
  'umbrellas',
  'lost card',
  'music',
  'quiet study',
  'scanners',
  'study rooms',
  'late returns',
];
const many = [...order, ...TOPICS.map((topic) => `${topic} rules`), ...TOPICS.map((topic) => `${topic} help`)];

describe('the order Pagefind numbers pages in', () => {
  it('is the order walkOrder reads from the folders', async () => {
    const folder = site(order);
    const pages = order.map(pathOf);
    const walked = walkOrder(folder, pages);
    expect([...walked].sort()).toEqual([...pages].sort());
    const { index } = await createIndex({});
    for (const path of walked) await index!.addHTMLFile({ sourcePath: path, content: page(path.split('/')[1]!.replaceAll('-', ' ')) });
    const handed = new Map((await index!.getFiles()).files.map(({ path, content }) => [path, Buffer.from(content)]));
    await index!.deleteIndex();
    expect(handed).toEqual(await freshIndex(folder));
  });
});

describe('an index read ahead from the site in place', () => {
  it('with the changed pages read again is the index of the new site, byte for byte', async () => {
    const live = site(many);
    const ahead = await readAhead(live, recorded(many), GLOB);
    expect(ahead).toBeDefined();
    const built = site(many, { parking: ' Free for the first hour with a library card.' });
    const reused = await readChangedPages(ahead!, recorded(many), GLOB, {
      site: built,
      files: [...many.map(pathOf), 'signs/index.html', '_astro/style.css'],
      made: madeAfter(many, ['parking']),
    });
    expect(reused).toEqual({ pages: many.length, readAgain: 1 });
    const index = await indexOfReadAhead(ahead!);
    expect(index).toEqual(await freshIndex(built));
    expect(index).not.toEqual(await freshIndex(live));
  });

  it('is not used for a site with a page more, less or other, more than a tenth of them changed, or no digests', async () => {
    const live = site(many);
    const cases = [
      { topics: [...many, 'gardening'], changed: ['gardening'] },
      { topics: many.slice(1), changed: [] },
      { topics: many, changed: many.slice(0, 5) },
      // As many pages, one of them another rule's.
      { topics: [...many.slice(1), 'gardening'], changed: ['gardening'] },
      // Astro recorded no digests.
      { topics: many, changed: [], noDigests: true },
    ];
    for (const { topics, changed, noDigests } of cases) {
      const ahead = await readAhead(live, recorded(many), GLOB);
      const built = site(topics);
      const made = noDigests ? undefined : madeAfter(topics, changed);
      expect(await readChangedPages(ahead!, recorded(many), GLOB, { site: built, files: topics.map(pathOf), made })).toBeUndefined();
    }
  });

  it('is not begun from a site someone changed after the build recorded it', async () => {
    const live = site(many);
    const record = recorded(many);
    record.recorded -= 60_000;
    expect(await readAhead(live, record, GLOB)).toBeUndefined();
    const fewer = { ...recorded(many), pages: recorded(many.slice(1)).pages };
    expect(await readAhead(live, fewer, GLOB)).toBeUndefined();
  });

  // ext4 lists a folder by a hash of the names, the same in both sites; tmpfs lists it as written.
  const writtenOrder = '/dev/shm';
  it.skipIf(!existsSync(writtenOrder))('is not used when the new site lists its pages in another order', async () => {
    const live = site(many, {}, writtenOrder);
    const built = site([...many].reverse(), {}, writtenOrder);
    expect(walkOrder(built, many.map(pathOf))).not.toEqual(walkOrder(live, many.map(pathOf)));
    const ahead = await readAhead(live, recorded(many), GLOB);
    expect(ahead).toBeDefined();
    expect(
      await readChangedPages(ahead!, recorded(many), GLOB, { site: built, files: many.map(pathOf), made: madeAfter(many, []) }),
    ).toBeUndefined();
  });
});

/** A promise settled from outside, as the build's message that Astro is done. */
function signal(): { promise: Promise<void>; settle: () => void } {
  let settle!: () => void;
  const promise = new Promise<void>((done) => (settle = done));
  return { promise, settle };
}

/** Writes one page of `folder`, as Astro does: the topic's page, with `extra` text. */
function writePage(folder: string, topic: string, extra = ''): void {
  const path = join(folder, pathOf(topic));
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, page(topic, extra));
}

describe("a first build's index, read from the new site as soon as its pages are written", () => {
  it('waits for the last page, and with the pages written later read again is the index of the finished site, byte for byte', async () => {
    const folder = site(many.slice(0, -1), { wifi: ' The network is slow.' });
    const astro = signal();
    let read = false;
    const reading = readWhenWritten(folder, many.map(pathOf), GLOB, astro.promise).then((ahead) => ((read = true), ahead));
    await delay(300);
    expect(read).toBe(false);
    writePage(folder, many.at(-1)!);
    const ahead = await reading;
    expect(ahead).toBeDefined();
    // Astro goes on: it writes a page again, and pages search leaves out.
    writePage(folder, 'parking', ' Free for the first hour with a library card.');
    // One of the same size: only its file time tells it was written again.
    writePage(folder, 'wifi', ' The network is fast.');
    writeFileSync(join(folder, 'signs', 'parking.html'), page('parking sign'));
    astro.settle();
    const reused = await readLatePages(ahead!, GLOB, { site: folder, files: [...many.map(pathOf), 'signs/index.html'] });
    expect(reused?.pages).toBe(many.length);
    // Those two, and the last one if the file system gave it the same time as the read's start.
    expect(reused?.readAgain).toBeGreaterThanOrEqual(2);
    expect(reused?.readAgain).toBeLessThanOrEqual(3);
    const index = await indexOfReadAhead(ahead!);
    expect(index).toEqual(await freshIndex(folder));
    // Not by chance: the page as first read gives another index.
    expect(index).not.toEqual(await freshIndex(site(many, { wifi: ' The network is slow.' })));
  });

  it('is not begun when Astro finishes before the pages expected are all there', async () => {
    const folder = site(many.slice(1));
    const astro = signal();
    const reading = readWhenWritten(folder, many.map(pathOf), GLOB, astro.promise);
    astro.settle();
    expect(await reading).toBeUndefined();
  });

  it('is not used for a site with a page more or other than expected, or with more than a tenth of its pages written after the read', async () => {
    const cases: { expected: string[]; after: (folder: string) => void; files: string[] }[] = [
      // Astro wrote a rule page the list did not name.
      { expected: many, after: (folder) => writePage(folder, 'gardening'), files: [...many, 'gardening'] },
      // Astro did not write a page it named (it was there from before).
      { expected: many, after: () => {}, files: many.slice(1) },
      // Astro wrote five of the 36 pages again after the read.
      { expected: many, after: (folder) => many.slice(0, 5).forEach((topic) => writePage(folder, topic, ' Changed.')), files: many },
    ];
    for (const { expected, after, files } of cases) {
      const folder = site(expected);
      const ahead = await readWhenWritten(folder, expected.map(pathOf), GLOB, signal().promise);
      expect(ahead).toBeDefined();
      after(folder);
      expect(await readLatePages(ahead!, GLOB, { site: folder, files: files.map(pathOf) })).toBeUndefined();
    }
  });

  it('is not begun when Pagefind finds more pages than expected', async () => {
    const folder = site(many);
    expect(await readWhenWritten(folder, many.slice(1).map(pathOf), GLOB, signal().promise)).toBeUndefined();
  });
});
