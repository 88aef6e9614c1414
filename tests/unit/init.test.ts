// `rules-clarity init`: an administrator starting their own rule book gets one that passes the
// check at once, whose files' editor help works wherever the book is kept.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function temporary(parent = tmpdir()): string {
  mkdirSync(parent, { recursive: true });
  const made = mkdtempSync(join(parent, 'rules-clarity-init-'));
  folders.push(made);
  return made;
}
const firstLine = (file: string) => readFileSync(file, 'utf8').split('\n')[0];

it('starts a book outside the project that passes the check, with its own copy of the schemas', () => {
  const repository = temporary();
  const dir = join(repository, 'policies');
  const started = runCli(['init', '--dir', dir, '--organisation', 'Oak Town Library', '--categories', 'Lending, Rooms, Computers']);
  expect(started.status).toBe(0);
  expect(started.stdout).toContain('npm run check -- --dir');

  const check = JSON.parse(runCli(['check', '--dir', dir, '--format', 'json']).stdout) as {
    findings: unknown[];
    summary: Record<string, number>;
  };
  expect(check.findings).toEqual([]);
  const settings = readFileSync(join(dir, '_site.yaml'), 'utf8');
  expect(settings).toContain('\norganisation: "Oak Town Library"\n');
  expect(settings).toContain('\ncategories: ["Lending", "Rooms", "Computers"]\n');

  // Editor help from files in the book's own repository, not from this project's folder.
  expect(existsSync(join(repository, 'schemas', 'policy.schema.json'))).toBe(true);
  expect(firstLine(join(dir, '_site.yaml'))).toBe('# yaml-language-server: $schema=../schemas/site.schema.json');
  expect(firstLine(join(dir, 'phone-calls.yaml'))).toBe('# yaml-language-server: $schema=../schemas/policy.schema.json');
  // A rule added next names the same copy.
  runCli(['new', 'lockers', '--dir', dir]);
  expect(firstLine(join(dir, 'lockers.yaml'))).toBe('# yaml-language-server: $schema=../schemas/policy.schema.json');
});

it("names the project's own schemas for a book inside the project", () => {
  const dir = join(temporary(join(process.cwd(), 'tests', '.tmp')), 'policies');
  expect(runCli(['init', '--dir', dir, '--organisation', 'Oak Town Library']).status).toBe(0);
  expect(existsSync(join(dir, '..', 'schemas'))).toBe(false);
  expect(firstLine(join(dir, '_site.yaml'))).toBe('# yaml-language-server: $schema=../../../../schemas/site.schema.json');
});

it('never writes into a folder that holds rule files, and needs the organisation', () => {
  const dir = temporary();
  writeFileSync(join(dir, 'my-rule.yaml'), 'id: my-rule\n');
  const refused = runCli(['init', '--dir', dir, '--organisation', 'Oak Town Library']);
  expect(refused.status).toBe(2);
  expect(refused.stderr).toBe(`rules-clarity: ${dir} already holds rule files; a new book needs an empty or new folder\n`);
  expect(readFileSync(join(dir, 'my-rule.yaml'), 'utf8')).toBe('id: my-rule\n');
  expect(existsSync(join(dir, '_site.yaml'))).toBe(false);

  // Rule files may end in .yml; and a folder of a book is that book's (found by a review).
  const yml = temporary();
  writeFileSync(join(yml, 'my-rule.yml'), 'id: my-rule\n');
  expect(runCli(['init', '--dir', yml, '--organisation', 'Oak Town Library']).status).toBe(2);
  expect(existsSync(join(yml, '_site.yaml'))).toBe(false);
  const book = temporary();
  writeFileSync(join(book, '_site.yaml'), 'organisation: Oak\ncategories: [Spaces]\n');
  const inside = runCli(['init', '--dir', join(book, 'branch'), '--organisation', 'Oak Town Library']);
  expect(inside.stderr).toMatch(/^rules-clarity: .*branch is part of the rule book in .*; a new book needs a folder of its own\n$/);
  expect(existsSync(join(book, 'branch'))).toBe(false);

  const unnamed = runCli(['init', '--dir', join(dir, 'new-book')]);
  expect(unnamed.status).toBe(2);
  expect(unnamed.stderr).toBe('rules-clarity: give your organisation\'s name: --organisation "Oak Town Library"\n');
  expect(existsSync(join(dir, 'new-book'))).toBe(false);
});
