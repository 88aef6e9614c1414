import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TempRepo } from '../helpers/git-repo.ts';
import { runCli } from '../helpers/run-cli.ts';

const broken = 'tests/fixtures/broken-book';

describe('rules-clarity check', () => {
  it('passes the sample rule book: its only warnings are the translations left out on purpose; counts each color', () => {
    const result = runCli(['check']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\n⚠ 0 errors, \d+ warnings\. \d+ rules checked \(\d+ red, \d+ yellow, \d+ green\)\.\n$/);
    const report = JSON.parse(runCli(['check', '--format', 'json']).stdout) as { findings: { code: string }[] };
    expect(new Set(report.findings.map((finding) => finding.code))).toEqual(new Set(['translation-missing']));
  });

  it('prints each problem like a compiler: place, code frame, fix; exits 1', () => {
    const result = runCli(['check', '--dir', broken, '--today', '2026-11-25']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      [
        `${broken}/bad-color.yaml:4:8 color: must be one of red, yellow, green (got "amber")`,
        '    3 | category: Spaces',
        '  > 4 | color: amber',
        '      |        ^^^^^',
        '    5 | rule: Some rule.',
        '  error (bad-color). Fix: Use red if nobody can override the rule, yellow if staff must check first, green if staff may bend it.',
      ].join('\n'),
    );
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      '✖ 27 errors in 24 files, 1 warning. 27 files checked; 3 valid rules (2 red, 0 yellow, 1 green).',
    );
  });

  it('prints GitHub annotations with --format github', () => {
    const result = runCli(['check', '--dir', broken, '--format', 'github', '--today', '2026-11-25']);
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(28);
    expect(lines).toContain(
      `::error file=${broken}/bad-color.yaml,line=4,col=8,endLine=4,endColumn=13,title=color (bad-color)::color: must be one of red, yellow, green (got "amber"). Fix: Use red if nobody can override the rule, yellow if staff must check first, green if staff may bend it.`,
    );
    expect(lines).toContain(
      `::warning file=${broken}/overdue-review.yaml,line=9,col=12,endLine=9,endColumn=22,title=review_by (review-overdue)::review_by: the review was due on 2025-01-10. Fix: Review the rule with its owner, then update \`reviewed\` and set a new \`review_by\`.`,
    );
  });

  it('names files from the top of their repository in GitHub annotations, for a book kept in a repository of its own', () => {
    // The layout the README offers: the book in ../oak-rules, this project beside it.
    const book = new TempRepo();
    try {
      book.write('policies/_site.yaml', readFileSync(join(broken, '_site.yaml'), 'utf8'));
      book.write('policies/spaces/garden.yaml', readFileSync(join(broken, 'bad-color.yaml'), 'utf8'));
      book.commit('A rule with a color to fix');
      const result = runCli(['check', '--dir', join(book.dir, 'policies'), '--format', 'github', '--today', '2026-11-25']);
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/^::error file=policies\/spaces\/garden\.yaml,line=4,col=8,.*title=color \(bad-color\)::/m);
      expect(result.stdout).not.toContain('file=..');
      // Reached through a symbolic link, as git names its top with links resolved (found by a review).
      const link = `${book.dir}-link`;
      symlinkSync(book.dir, link);
      try {
        const linked = runCli(['check', '--dir', join(link, 'policies'), '--format', 'github', '--today', '2026-11-25']);
        expect(linked.stdout).toMatch(/^::error file=policies\/spaces\/garden\.yaml,/m);
      } finally {
        rmSync(link);
      }
    } finally {
      book.dispose();
    }
  });

  it("notes when the JSON Schemas copied beside a book outside the project differ from this tool's (found by a new-user trial)", () => {
    const top = mkdtempSync(join(tmpdir(), 'rules-clarity-copies-'));
    try {
      mkdirSync(join(top, 'policies'));
      mkdirSync(join(top, 'schemas'));
      writeFileSync(join(top, 'policies/_site.yaml'), 'organisation: Test Library\ncategories: [Spaces]\n');
      for (const name of ['policy.schema.json', 'site.schema.json']) copyFileSync(join('schemas', name), join(top, 'schemas', name));
      const notes = () =>
        (JSON.parse(runCli(['check', '--dir', join(top, 'policies'), '--format', 'json']).stdout) as { notes?: string[] }).notes ?? [];
      expect(notes().filter((note) => note.includes('JSON Schemas'))).toEqual([]);
      writeFileSync(
        join(top, 'schemas/policy.schema.json'),
        readFileSync(join('schemas', 'policy.schema.json'), 'utf8').replace('"title"', '"title" '),
      );
      expect(notes().filter((note) => note.includes('JSON Schemas'))).toEqual([
        expect.stringMatching(
          /^The book's copy of the JSON Schemas \(\S*schemas\/\) differs from this tool's: editor help may offer old fields and miss new ones\. Copy policy\.schema\.json from \S*schemas\/ there again\.$/,
        ),
      ]);
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  });

  it('prints a stable JSON report with --format json', () => {
    const result = runCli(['check', '--dir', broken, '--format', 'json', '--today', '2026-11-25']);
    const report = JSON.parse(result.stdout);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({
      files: 27,
      rules: 3,
      colors: { red: 2, yellow: 0, green: 1 },
      errors: 27,
      warnings: 1,
      filesWithErrors: 24,
    });
    expect(report.findings[0]).toEqual({
      code: 'bad-id',
      severity: 'error',
      file: `${broken}/Bad_Id.yaml`,
      line: 1,
      column: 5,
      endLine: 1,
      endColumn: 11,
      field: 'id',
      message: 'must be lowercase-kebab-case (got "Bad_Id")',
      hint: 'Write `bad-id`, and name the file after it: small letters, digits and hyphens only.',
    });
  });

  it('passes warnings unless --strict', () => {
    const dir = 'tests/fixtures/warnings-only';
    expect(runCli(['check', '--dir', dir, '--today', '2026-11-25']).status).toBe(0);
    const strict = runCli(['check', '--dir', dir, '--strict', '--today', '2026-11-25']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('⚠ 0 errors, 1 warning.');
  });

  it('with --quiet, shows only the errors, however many warnings the book has (found by a new-user trial)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-clarity-quiet-'));
    try {
      cpSync('policies', dir, { recursive: true });
      // An edit with a tab, in a book of untranslated rules: one error among dozens of warnings.
      const file = join(dir, 'spaces', 'phone-calls.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('\nbend:\n  how:', '\nbend:\n\thow:'));
      const loud = runCli(['check', '--dir', dir, '--no-cache']);
      const quiet = runCli(['check', '--dir', dir, '--no-cache', '--quiet']);
      expect(quiet.status).toBe(1);
      expect(loud.stdout.match(/^ {2}warning \(/gm)!.length).toBeGreaterThan(10);
      expect(quiet.stdout).not.toMatch(/^ {2}warning \(/m);
      expect(quiet.stdout.match(/^ {2}error \(/gm)).toHaveLength(1);
      expect(quiet.stdout).toMatch(/^\S*phone-calls\.yaml:\d+:1 bend\.how: the line is indented with a tab/m);
      // The last line still counts what was left out.
      expect(quiet.stdout.trimEnd().split('\n').at(-1)).toBe(loud.stdout.trimEnd().split('\n').at(-1));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 with one line, no stack trace, on wrong usage', () => {
    for (const args of [
      ['check', '--format', 'xml'],
      ['check', '--colour'],
      ['check', '--dir', 'no-such-folder'],
      ['check', '--today', '2030-13-01'],
      ['lint'],
      [],
    ]) {
      const result = runCli(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr + result.stdout).not.toMatch(/\n\s+at /);
    }
    expect(runCli(['check', '--format', 'xml']).stderr).toBe(
      'rules-clarity: --format must be one of human, github, json, markdown (got "xml")\n',
    );
    expect(runCli(['check', '--dir', 'no-such-folder']).stderr).toBe('rules-clarity: there is no policy folder at no-such-folder\n');
    expect(runCli(['check', '--today', '2030-13-01']).stderr).toBe(
      'rules-clarity: --today must be a real date as YYYY-MM-DD (got "2030-13-01")\n',
    );
  });

  it('ends quietly, with its own exit code, when the reader stops early (check | head)', async () => {
    const child = spawn(process.execPath, ['src/cli/rules-clarity.ts', 'check', '--dir', broken], {
      env: { ...process.env, NO_COLOR: '1' },
    });
    // The reader is gone before the report is written.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(status).toBe(1);
  });

  it('never changes a file it checks', () => {
    const before = snapshot(broken);
    runCli(['check', '--dir', broken]);
    runCli(['check', '--dir', broken, '--format', 'json']);
    expect(snapshot(broken)).toEqual(before);
  });
});

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    const stats = statSync(path);
    if (stats.isFile()) out[name] = `${stats.mtimeMs} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
  }
  return out;
}

// The machine's own Node.js, where it is older than the project's (Node 20 on these machines).
const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => {
  const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return version !== '' && (major < 22 || (major === 22 && minor < 12));
});

describe('started with a Node.js too old for it', () => {
  it.skipIf(systemNode === undefined)(
    'says which Node.js it needs and how to run it, in one message, no stack trace (found by a new-user trial)',
    () => {
      const result = spawnSync(systemNode!, ['src/cli/rules-clarity.js', 'check'], { encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^rules-clarity needs Node\.js 22\.12 or newer, and this is v\d+\.\d+\.\d+\. Run it through npm/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stdout).toBe('');
    },
  );
});
