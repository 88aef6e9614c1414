// The check cache: files unchanged since the last check reuse what was found in them alone. It may
// only make `check` faster: every finding and every rule must be the same as without it, and a
// change to anything a file's result depends on must throw the cached results away.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deserialize, serialize } from 'node:v8';
import { CheckCache, currentInputs, toolVersion, type CacheInputs, type FileResult } from '../../src/lib/check-cache.ts';
import { readResults, storeResults } from '../../src/lib/cached-results.ts';
import { FileChangedError, SETTLE_MS, UnchangedFiles } from '../../src/lib/unchanged-files.ts';
import { structureChecks } from '../../src/lib/checks/index.ts';
import { checkBook, readPolicyFolder, type Book, type CheckOptions, type InputFile } from '../../src/lib/load-book.ts';
import { isUsageError } from '../../src/cli/usage-error.ts';
import { readWarmCheck } from '../../src/cli/warm-check.ts';
import { generateBook } from '../../bench/generate-book.ts';
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

/**
 * Checks the book as `check` does, with a cache when given one, and says how many files the cache
 * gave and how many it vouched for unread. Files are vouched for by their stat at once (a settle
 * time of 0), so that every test here also goes through that path.
 */
async function check(
  options: { cache?: boolean; inputs?: Partial<CacheInputs>; checks?: CheckOptions['checks'] } = {},
): Promise<{ book: Book; reused: number; unread: number; files: number }> {
  const unchanged = options.cache === false ? undefined : new UnchangedFiles(cacheDir, dir, root, 0);
  const folder = await readPolicyFolder(dir, { cwd: root }, unchanged);
  unchanged?.save();
  const unread = folder.files.filter(vouchedFor).length;
  const cache = options.cache === false ? undefined : new CheckCache(cacheDir, dir, { ...currentInputs(folder.site), ...options.inputs });
  const book = checkBook(folder.site, folder.files, { today, checks: options.checks }, folder, cache);
  return { book, reused: cache?.reused ?? 0, unread, files: folder.files.length };
}

/** A file the cache vouched for by its stat, left unread until something asks for its bytes. */
const vouchedFor = (file: InputFile) => Object.getOwnPropertyDescriptor(file, 'bytes')?.get !== undefined;

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

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

  it('counts the Node.js that runs the check as part of the tool: its Unicode data splits words', () => {
    const now = toolVersion();
    expect(toolVersion(process.versions)).toBe(now);
    expect(toolVersion({ ...process.versions, node: '24.0.0' })).not.toBe(now);
    expect(toolVersion({ ...process.versions, icu: '1.0' })).not.toBe(now);
    expect(toolVersion({ ...process.versions, unicode: '1.0' })).not.toBe(now);
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

/**
 * Edits a file as a tool that keeps its size and puts its modified time back, to the nanosecond
 * (as `touch -r` or `rsync -t` do), would: only its ctime tells.
 */
function sameSizeEdit(path: string, from: string, to: string): void {
  const before = statSync(path, { bigint: true });
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
  setModified(path, before.mtimeNs);
  expect(statSync(path, { bigint: true }).size).toBe(before.size);
}

/** Sets a file's modified time to the nanosecond (Node's utimes rounds it). */
function setModified(path: string, ns: bigint): void {
  const at = `@${ns / 1_000_000_000n}.${String(ns % 1_000_000_000n).padStart(9, '0')}`;
  expect(spawnSync('touch', ['-m', '-d', at, path]).status).toBe(0);
  expect(statSync(path, { bigint: true }).mtimeNs).toBe(ns);
}

describe('files the cache vouches for by their stat, unread', () => {
  beforeEach(() => cpSync(new URL('../fixtures/wording-book', import.meta.url), dir, { recursive: true }));
  const jargon = () => join(dir, 'jargon.yaml');

  it('are all of an unchanged book, with the same findings', async () => {
    const plain = shown((await check({ cache: false })).book);
    expect((await check()).unread).toBe(0);
    const warm = await check();
    expect(warm.unread).toBe(warm.files);
    expect(warm.reused).toBe(warm.files);
    expect(shown(warm.book)).toBe(plain);
  });

  it('never hide an edit that keeps the size and the modified time', async () => {
    await check();
    const before = shown((await check()).book);
    // A new tick of the file system's clock: the edit's ctime differs from the one recorded.
    await pause(30);
    sameSizeEdit(jargon(), 'Patrons can borrow', 'Friends can borrow');
    const after = await check();
    expect(after.unread).toBe(after.files - 1);
    expect(shown(after.book)).not.toBe(before);
    expect(shown(after.book)).toBe(shown((await check({ cache: false })).book));
  });

  it('never hide a file replaced by another of the same size and times', async () => {
    await check();
    await check();
    await pause(30);
    const path = jargon();
    const before = statSync(path, { bigint: true });
    const other = join(root, 'jargon.yaml');
    writeFileSync(other, readFileSync(path, 'utf8').replace('Patrons can borrow', 'Friends can borrow'));
    setModified(other, before.mtimeNs);
    expect(statSync(other).size).toBe(Number(before.size));
    renameSync(other, path);
    const after = await check();
    expect(after.reused).toBe(after.files - 1);
    expect(shown(after.book)).toBe(shown((await check({ cache: false })).book));
  });

  it('are read and checked again when the cache has no result for them', async () => {
    await check();
    const plain = shown((await check({ cache: false })).book);
    const otherTool = await check({ inputs: { tool: 'another version' } });
    expect(otherTool.unread).toBe(otherTool.files);
    expect(otherTool.reused).toBe(0);
    expect(shown(otherTool.book)).toBe(plain);
  });

  /** What checking the book read a moment ago throws once `change` is done to its files. */
  async function checkedAfter(change: () => void): Promise<unknown> {
    await check();
    await check();
    const folder = await readPolicyFolder(dir, { cwd: root }, new UnchangedFiles(cacheDir, dir, root, 0));
    expect(folder.files.every(vouchedFor)).toBe(true);
    // Done after the check looked at the files, before it needed their text (no result cached).
    change();
    const cache = new CheckCache(cacheDir, dir, { ...currentInputs(folder.site), tool: 'another version' });
    try {
      checkBook(folder.site, folder.files, { today }, folder, cache);
    } catch (thrown) {
      return thrown;
    }
    return undefined;
  }

  it('stop the check with a one-line reason when one changes under it', async () => {
    const error = await checkedAfter(() => appendFileSync(jargon(), 'instead: Ask a colleague.\n'));
    expect(error).toBeInstanceOf(FileChangedError);
    expect((error as Error).message).toBe('policies/jargon.yaml changed while it was being checked: run the check again');
    expect(isUsageError(error)).toBe(true);
  });

  it('are read as any rule file is when their text is needed: a pipe put in the place of one does not hang the check', async () => {
    const error = await checkedAfter(() => {
      rmSync(jargon());
      expect(spawnSync('mkfifo', [jargon()]).status).toBe(0);
    });
    expect((error as Error).message).toBe(
      'policies/jargon.yaml changed while it was being checked; now it is not a regular file (a pipe, socket or device): run the check again',
    );
  });
});

it('keeps every result through many edits, in its journal and when rewritten whole', async () => {
  await generateBook(dir, 150);
  const plain = () => check({ cache: false }).then(({ book }) => shown(book));
  const journals = () => readdirSync(cacheDir).filter((name) => name.startsWith('check-added-'));
  await check();
  const files = (await readPolicyFolder(dir, { cwd: root })).files.map(({ file }) => join(root, file));
  // A few edits go to the journal.
  for (const file of files.slice(0, 3)) appendFileSync(file, '# edited\n');
  const few = await check();
  expect(few.reused).toBe(147);
  expect(journals()).toHaveLength(1);
  expect(shown(few.book)).toBe(await plain());
  expect((await check()).reused).toBe(150);
  // Edits to every file are written whole, the journal gone.
  for (const file of files) appendFileSync(file, '# edited again\n');
  const all = await check();
  expect(all.reused).toBe(0);
  expect(journals()).toHaveLength(0);
  const warm = await check();
  expect(warm.reused).toBe(150);
  expect(shown(warm.book)).toBe(await plain());
});

it('stores every kind of result so that it comes back the same, to the sign of a zero', () => {
  const rule = (id: string, extra: object = {}) => ({ id, title: `Rule ${id}`, tags: ['a', 'b'], bend: { ask: 'Supervisor' }, ...extra });
  const clean = (data: { id: string }, perRule: FileResult['perRule'] = { wording: [], glossary: [] }): FileResult => ({
    findings: [],
    readable: true,
    id: data.id,
    rule: data,
    checked: data,
    perRule,
  });
  const warning = { file: 'p/w.yaml', line: 3, column: 1, severity: 'warning', code: 'jargon', message: 'says "patron"' };
  const sparse = ['x'];
  sparse[2] = 'z';
  const withProto = JSON.parse('{"id":"proto","__proto__":{"polluted":true}}') as { id: string };
  const partial = { id: 'partial', title: 'Only what was valid' };
  const results = new Map<string, FileResult>([
    ['plain', clean(rule('plain'))],
    ['other checks ran', clean(rule('other'), { wording: [] })],
    ['found something', { ...clean(rule('found')), perRule: { wording: [warning as never], glossary: [] } }],
    ['not JSON: infinity', clean(rule('inf', { fee: Infinity }))],
    ['not JSON: minus zero', clean(rule('zero', { fee: -0 }))],
    ['not JSON: a hole', clean(rule('hole', { tags: sparse }))],
    ['not JSON: __proto__', clean(withProto)],
    ['unreadable', { findings: [warning as never], readable: false, id: undefined, perRule: {} }],
    ['invalid', { findings: [warning as never], readable: true, id: 'partial', checked: partial, perRule: { wording: [] } }],
  ]);
  const back = readResults(deserialize(serialize(storeResults(results))));
  expect(back).toStrictEqual(results);
  expect([...back!.keys()].sort()).toEqual([...results.keys()].sort());
  expect(Object.is((back!.get('not JSON: minus zero')!.rule as { fee: number }).fee, -0)).toBe(true);
  expect(Object.hasOwn(back!.get('not JSON: __proto__')!.rule as object, '__proto__')).toBe(true);
  // A valid rule's data and what the cross-file checks see stay one object, as checkFile made them.
  expect(back!.get('plain')!.checked).toBe(back!.get('plain')!.rule);
  // Anything else is not taken for stored results.
  expect(readResults({ plainKeys: ['a'], plainRules: '[', perRuleNames: [], others: new Map() })).toBeUndefined();
  expect(readResults(new Map())).toBeUndefined();
});

it('`check` gives the same report from files vouched for unread, and sees a same-size edit', async () => {
  cpSync(new URL('../fixtures/wording-book', import.meta.url), dir, { recursive: true });
  const args = ['check', '--format', 'json', '--today', today, '--dir', dir];
  const plain = () => runCli([...args, '--no-cache']).stdout;
  // Files this new are read at every check; once settled, they are vouched for by their stat.
  await pause(SETTLE_MS + 200);
  expect(runCli(args).stdout).toBe(plain());
  const warm = runCli(args).stdout;
  expect(warm).toContain('Patrons');
  expect(warm).toBe(plain());
  sameSizeEdit(join(dir, 'jargon.yaml'), 'Patrons can borrow', 'Friends can borrow');
  const edited = runCli(args).stdout;
  expect(edited).not.toContain('Patrons');
  expect(edited).toBe(plain());
}, 20_000);

it('takes a check for a warm one (run without a worker) only while the cache has results for nearly all files', async () => {
  const book = await generateBook(dir, 600);
  // Files younger than SETTLE_MS are read again whatever their stat says: the book must be older.
  await pause(SETTLE_MS + 200);
  expect(runCli(['check', '--dir', book]).status).toBe(0);
  const warm = await readWarmCheck(['--dir', book]);
  expect(warm?.folder.files).toHaveLength(600);
  expect(warm?.cache.has(warm.cache.key(warm.folder.files[0]!))).toBe(true);
  // New site settings leave every file to be checked again, though none of the rules changed.
  appendFileSync(join(book, '_site.yaml'), '# edited\n');
  expect(await readWarmCheck(['--dir', book])).toBeUndefined();
  expect(await readWarmCheck(['--dir', book, '--no-cache'])).toBeUndefined();
});
