// Files that are too big, too deep, or not files at all are reported with the rest of the book
// still checked; nothing crashes, loops or hangs.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBook } from '../../src/lib/load-book.ts';
import { runCli } from '../helpers/run-cli.ts';

let root: string;
let dir: string;
const good = 'id: good\ntitle: Good\ncolor: red\ncategory: Spaces\nrule: R.\nintent: I.\npublic: false\n';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'rules-clarity-limits-'));
  dir = join(root, 'policies');
  mkdirSync(dir);
  writeFileSync(join(dir, '_site.yaml'), 'organisation: Test\ncategories: [Spaces]\nwording:\n  red_share: 1\n');
  writeFileSync(join(dir, 'good.yaml'), good);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const summary = async (options: { maxFileBytes?: number } = {}) => {
  const book = await loadBook(dir, { today: '2026-11-25', cwd: root, ...options });
  return {
    rules: book.rules.map((rule) => rule.data.id),
    findings: book.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.code} ${f.field}: ${f.message}`),
  };
};

describe('limits', () => {
  it('refuses a file over the size limit unread, and the limit can be raised', async () => {
    writeFileSync(join(dir, 'huge.yaml'), `id: huge\ntitle: ${'x'.repeat(2 * 1024 * 1024)}\n`);
    expect(await summary()).toEqual({
      rules: ['good'],
      findings: ['policies/huge.yaml:1:1 file-too-large : the file is 2049 KiB, over the limit of 1024 KiB; it was not read'],
    });
    const raised = await summary({ maxFileBytes: 3 * 1024 * 1024 });
    expect(raised.findings.some((f) => f.includes('file-too-large'))).toBe(false);
    const cli = runCli(['check', '--dir', dir, '--max-file-size', '512k']);
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain('the file is 2049 KiB, over the limit of 512 KiB; it was not read');
  });

  it('refuses absurd nesting with a clear message, however deep, at the same place on any thread', async () => {
    writeFileSync(join(dir, 'deep.yaml'), `id: deep\ntitle: ${'['.repeat(40)}${']'.repeat(40)}\n`);
    // Deep enough to exhaust the main thread's stack inside yaml, not a worker's.
    writeFileSync(join(dir, 'deeper.yaml'), `id: deeper\ntitle: ${'{a: '.repeat(3_000)}1${'}'.repeat(3_000)}\n`);
    writeFileSync(join(dir, 'deepest.yaml'), `id: deepest\ntitle:\n  ${'- '.repeat(20_000)}x\n`);
    const tooDeep = [
      'policies/deep.yaml:2:40 too-deep title: nests more than 32 levels deep; a rule needs at most 4',
      'policies/deeper.yaml:2:1028 too-deep : the file nests lists or groups too deeply to read',
      'policies/deepest.yaml:3:513 too-deep : the file nests lists or groups too deeply to read',
    ];
    const { rules, findings } = await summary();
    expect(rules).toEqual(['good']);
    expect(findings).toEqual(tooDeep);
    // A cold check runs in a worker thread (4 MB of stack), a small or warm one in the main thread
    // (1 MB), and the cache keeps what was found first: all must agree.
    for (const cache of [['--no-cache'], [], []]) {
      const report = runCli(['check', '--dir', dir, '--format', 'json', ...cache], { cwd: root });
      const found = (
        JSON.parse(report.stdout) as {
          findings: { file: string; line: number; column: number; code: string; field: string; message: string }[];
        }
      ).findings;
      expect(found.map((f) => `${f.file}:${f.line}:${f.column} ${f.code} ${f.field}: ${f.message}`)).toEqual(tooDeep);
    }
  });

  it('reports a link loop and a broken link, and checks the other files', async () => {
    symlinkSync('.', join(dir, 'loop'));
    symlinkSync('nowhere.yaml', join(dir, 'gone.yaml'));
    expect(await summary()).toEqual({
      rules: ['good'],
      findings: [
        'policies/gone.yaml:1:1 unreadable-file : could not be read: it does not exist',
        'policies/loop:1:1 unreadable-file : could not be read: this linked folder leads back to a folder it is inside (a link loop)',
      ],
    });
  });

  it('reads a folder reached by a second link once, without calling it a loop', async () => {
    mkdirSync(join(dir, 'zeta'));
    writeFileSync(join(dir, 'zeta', 'other.yaml'), good.replace('id: good', 'id: other'));
    symlinkSync('zeta', join(dir, 'alias'));
    expect(await summary()).toEqual({ rules: ['other', 'good'], findings: [] });
  });

  it('does not hang on a pipe named like a rule', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    expect(await summary()).toEqual({
      rules: ['good'],
      findings: ['policies/pipe.yaml:1:1 unreadable-file : could not be read: it is not a regular file (a pipe, socket or device)'],
    });
  });

  it('blames only the file it cannot read, not the rules that point at it', async () => {
    writeFileSync(join(dir, 'good.yaml'), `${good}related: [huge, pipe, gone]\n`);
    writeFileSync(join(dir, 'huge.yaml'), `id: huge\ntitle: ${'x'.repeat(2 * 1024 * 1024)}\n`);
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    symlinkSync('nowhere.yaml', join(dir, 'gone.yaml'));
    expect((await summary()).findings).toEqual([
      'policies/gone.yaml:1:1 unreadable-file : could not be read: it does not exist',
      'policies/huge.yaml:1:1 file-too-large : the file is 2049 KiB, over the limit of 1024 KiB; it was not read',
      'policies/pipe.yaml:1:1 unreadable-file : could not be read: it is not a regular file (a pipe, socket or device)',
    ]);
  });

  it('reports a site settings file it cannot read as unreadable, not missing', async () => {
    rmSync(join(dir, '_site.yaml'));
    mkdirSync(join(dir, '_site.yaml'));
    expect((await summary()).findings).toEqual(['policies/_site.yaml:1:1 unreadable-file : could not be read: it is a folder']);
  });
});

describe('pipes never hang the command', () => {
  it('in the human report (code frames) and as the site settings file', () => {
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const human = runCli(['check', '--dir', dir]);
    expect(human.status).toBe(1);
    expect(human.stdout).toContain('pipe.yaml:1:1 could not be read: it is not a regular file (a pipe, socket or device)');
    rmSync(join(dir, '_site.yaml'));
    execFileSync('mkfifo', [join(dir, '_site.yaml')]);
    const site = runCli(['check', '--dir', dir]);
    expect(site.status).toBe(1);
    expect(site.stdout).toContain('_site.yaml:1:1 could not be read: it is not a regular file (a pipe, socket or device)');
  });
});
