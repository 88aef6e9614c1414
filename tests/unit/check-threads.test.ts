// A check spread over several threads (check-threads.ts) must say exactly what one thread says:
// the same findings in the same order, the same rules, the same notes, with or without the cache.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structureChecks } from '../../src/lib/checks/index.ts';
import { loadBook, type Book } from '../../src/lib/load-book.ts';

const today = '2026-11-25';
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'rules-clarity-threads-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What a check gives, in a form that compares exactly. */
const shown = (book: Book) =>
  JSON.stringify({
    findings: book.findings,
    rules: book.rules.map((rule) => [rule.file, rule.data]),
    notes: book.notes,
    site: book.site,
  });

describe.each(['broken-book', 'wording-book', 'yaml-mistakes', '../../policies'])('tests/fixtures/%s in threads', (fixture) => {
  it('gives what one thread gives, in every split of the files', async () => {
    const dir = join(root, fixture.replaceAll(/\W/g, '-'));
    cpSync(new URL(`../fixtures/${fixture}`, import.meta.url), dir, { recursive: true });
    const one = shown(await loadBook(dir, { today, cwd: root }));
    // One file per thread and up: the shares end in the middle of broken and clean files alike.
    for (const minFilesPerThread of [1, 3]) {
      for (const threads of [2, 3]) {
        expect(shown(await loadBook(dir, { today, cwd: root, threads, minFilesPerThread }))).toBe(one);
      }
    }
    // Helpers that check every batch of their shares themselves, in batches of a few files (this
    // thread, done with its own share first, would otherwise take most of them), and batches
    // shared both ways.
    for (const [batchSize, takeBack] of [
      [1, false],
      [3, false],
      [2, true],
    ] as const) {
      expect(shown(await loadBook(dir, { today, cwd: root, threads: 3, minFilesPerThread: 1, batchSize, takeBack }))).toBe(one);
    }
  });
});

describe('threads and the check cache', () => {
  it('reuse what helpers found, and find the same again after a file changed', async () => {
    const dir = join(root, 'cached');
    const cacheDir = join(root, 'cache');
    cpSync(new URL('../../policies', import.meta.url), dir, { recursive: true });
    const options = { today, cwd: root, cacheDir, threads: 2, minFilesPerThread: 1 };
    const cold = shown(await loadBook(dir, options));
    expect(shown(await loadBook(dir, options))).toBe(cold);
    expect(cold).toBe(shown(await loadBook(dir, { today, cwd: root })));
    // A sign's wording edited so that a per-rule check (wording) now has something to say about it.
    const file = join(dir, 'spaces', 'phone-calls.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace("You're welcome to take calls", 'No cell phones. Patrons may take calls'));
    const edited = await loadBook(dir, options);
    expect(edited.findings.filter((finding) => finding.file === 'cached/spaces/phone-calls.yaml').map((finding) => finding.code)).toEqual([
      'forbidding-wording',
      'jargon',
    ]);
    expect(shown(edited)).toBe(shown(await loadBook(dir, { today, cwd: root })));
  });

  it('keep every check in one thread when a check is not one the helpers know', async () => {
    const dir = join(root, 'own-checks');
    cpSync(new URL('../fixtures/broken-book', import.meta.url), dir, { recursive: true });
    const custom = { ...structureChecks[0]!, perRule: true as const };
    const options = { today, cwd: root, checks: [custom] };
    expect(shown(await loadBook(dir, { ...options, threads: 2, minFilesPerThread: 1 }))).toBe(shown(await loadBook(dir, options)));
  });

  it('stop the helpers started before the files were read, once the cache leaves too few to check', () => {
    const dir = join(root, 'few-to-check');
    cpSync(new URL('../../policies', import.meta.url), dir, { recursive: true });
    // 52 rules are worth a helper at 20 per thread. Touched, every file is read again, and the
    // cache still has a result for each: none is left to check. A helper left waiting for files
    // would keep the process from ever ending, so the two checks run in a process of their own.
    const script = `
      import { readdirSync, utimesSync } from 'node:fs';
      import { join } from 'node:path';
      const { loadBook } = await import(${JSON.stringify(new URL('../../src/lib/load-book.ts', import.meta.url).href)});
      const dir = ${JSON.stringify(dir)};
      const options = { today: '${today}', cwd: ${JSON.stringify(root)}, cacheDir: ${JSON.stringify(join(root, 'few-cache'))}, threads: 2, minFilesPerThread: 20 };
      const cold = JSON.stringify((await loadBook(dir, options)).findings);
      const later = new Date(Date.now() + 60_000);
      for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
        if (entry.isFile()) utimesSync(join(entry.parentPath, entry.name), later, later);
      const touched = JSON.stringify((await loadBook(dir, options)).findings);
      process.stdout.write(touched === cold ? 'same' : 'different');`;
    const file = join(root, 'few-to-check.mjs');
    writeFileSync(file, script);
    const run = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    expect(run.signal).toBeNull();
    expect(run.stdout).toBe('same');
  });
});
