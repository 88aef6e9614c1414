// The check cache: files unchanged since the last check reuse what was found in them alone. It may
// only make `check` faster: every finding and every rule must be the same as without it, and a
// change to anything a file's result depends on must throw the cached results away.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckCache, currentInputs, type CacheInputs } from '../../src/lib/check-cache.ts';
import { structureChecks } from '../../src/lib/checks/index.ts';
import { checkBook, readPolicyFolder, type Book, type CheckOptions } from '../../src/lib/load-book.ts';
import { runCli } from '../helpers/run-cli.ts';

let root: string;
let dir: string;
let cacheDir: string;
const today = '2026-11-25';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'rules-clarity-cache-'));
  dir = join(root, 'policies');
  cacheDir = join(root, 'cache');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Checks the book, with a cache when given one, and says how many files the cache gave. */
async function check(
  options: { cache?: boolean; inputs?: Partial<CacheInputs>; checks?: CheckOptions['checks'] } = {},
): Promise<{ book: Book; reused: number; files: number }> {
  const folder = await readPolicyFolder(dir, { cwd: root });
  const cache = options.cache === false ? undefined : new CheckCache(cacheDir, dir, { ...currentInputs(folder.site), ...options.inputs });
  const book = checkBook(folder.site, folder.files, { today, checks: options.checks }, folder.problems, cache);
  return { book, reused: cache?.reused ?? 0, files: folder.files.length };
}

/** What a check gives, in a form that compares exactly. */
const shown = (book: Book) => JSON.stringify({ findings: book.findings, rules: book.rules.map((rule) => [rule.file, rule.data]) });

describe.each(['broken-book', 'wording-book'])('the check cache on tests/fixtures/%s', (fixture) => {
  beforeEach(() => cpSync(new URL(`../fixtures/${fixture}`, import.meta.url), dir, { recursive: true }));

  it('gives exactly what a check without it gives, cold and warm', async () => {
    const plain = shown((await check({ cache: false })).book);
    const cold = await check();
    expect(cold.reused).toBe(0);
    expect(shown(cold.book)).toBe(plain);
    const warm = await check();
    expect(warm.reused).toBe(warm.files);
    expect(shown(warm.book)).toBe(plain);
    // Findings of a cached file still point at the right place (the file is parsed again for it).
    expect(warm.book.findings.length).toBeGreaterThan(0);
  });

  it('checks again a changed file, and only it', async () => {
    await check();
    const [first] = (await readPolicyFolder(dir, { cwd: root })).files.filter((file) => !file.file.includes('/sub/'));
    appendFileSync(join(root, first!.file), 'title: written twice\n');
    const warm = await check();
    expect(warm.reused).toBe(warm.files - 1);
    expect(shown(warm.book)).toBe(shown((await check({ cache: false })).book));
  });

  it('is thrown away when the site settings change', async () => {
    const before = shown((await check()).book);
    const site = join(dir, '_site.yaml');
    const text = readFileSync(site, 'utf8');
    writeFileSync(site, text.replace('categories: [', 'categories: [Extra, ').replace('long_sentence: 20', 'long_sentence: 6'));
    const after = await check();
    expect(after.reused).toBe(0);
    expect(shown(after.book)).not.toBe(before);
    expect(shown(after.book)).toBe(shown((await check({ cache: false })).book));
  });

  it('is thrown away when the schemas or the tool change', async () => {
    await check();
    expect((await check({ inputs: { schema: 'another schema' } })).reused).toBe(0);
    await check();
    expect((await check({ inputs: { tool: 'another version' } })).reused).toBe(0);
    await check();
    expect((await check()).reused).toBeGreaterThan(0);
  });

  it('keeps per-rule findings right when the checks run differ from one run to the next', async () => {
    await check({ checks: structureChecks });
    const warm = await check();
    expect(warm.reused).toBe(warm.files);
    expect(shown(warm.book)).toBe(shown((await check({ cache: false })).book));
  });
});

it('names a changed site settings file a change of inputs, even with the same bytes', async () => {
  cpSync(new URL('../fixtures/wording-book', import.meta.url), dir, { recursive: true });
  await check();
  const site = readFileSync(join(dir, '_site.yaml'));
  rmSync(join(dir, '_site.yaml'));
  writeFileSync(join(dir, '_site.yml'), site);
  expect((await check()).reused).toBe(0);
});

it('`check --format json` prints the same bytes with and without the cache', () => {
  cpSync(new URL('../fixtures/broken-book', import.meta.url), dir, { recursive: true });
  const args = ['check', '--format', 'json', '--today', today, '--dir', dir];
  const plain = runCli([...args, '--no-cache']);
  expect(plain.status).toBe(1);
  expect(runCli(args).stdout).toBe(plain.stdout);
  expect(runCli(args).stdout).toBe(plain.stdout);
});
