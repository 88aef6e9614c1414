import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'rules-clarity-new-')), 'policies');
  mkdirSync(dir);
  writeFileSync(join(dir, '_site.yaml'), 'organisation: Test Library\ncategories: [Spaces, Fees]\n');
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

describe('rules-clarity new', () => {
  it('creates a commented rule file that the check then walks the author through', () => {
    const created = runCli(['new', 'lost-umbrellas', '--dir', dir, '--color', 'yellow', '--category', 'Fees']);
    expect(created.status).toBe(0);
    const text = readFileSync(join(dir, 'lost-umbrellas.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/policy\.schema\.json$/);
    expect(text).toContain('\nid: lost-umbrellas\n');
    expect(text).toContain('\ncolor: yellow\n');
    expect(text).toContain('\ncategory: "Fees"\n');
    expect(text).toContain('# Who to check with before bending: a role staff can find on shift. Required for yellow rules.\n  ask: ""');
    // Optional fields are there to uncomment, each with its help.
    expect(text).toMatch(/\n# The reason as visitors are told it: .*\n# public_why: ""\n/);

    const check = runCli(['check', '--dir', dir, '--format', 'json']);
    const fields = JSON.parse(check.stdout).findings.map((f: { field: string; code: string }) => `${f.field} ${f.code}`);
    expect(fields).toEqual([
      'title empty-value',
      'rule empty-value',
      'intent empty-value',
      'public_wording empty-value',
      'bend.ask empty-value',
    ]);
  });

  it("names the schema the book's other rules name, so a book in its own repository gets no path of one machine (found by a new-user trial)", () => {
    const firstLine = (file: string) => readFileSync(file, 'utf8').split('\n')[0];
    // The book keeps a copy of the schema beside its rules.
    mkdirSync(join(dir, 'spaces'));
    writeFileSync(
      join(dir, 'spaces', 'study-rooms.yaml'),
      '# yaml-language-server: $schema=../schema/policy.schema.json\nid: study-rooms\n',
    );
    runCli(['new', 'quiet-floor', '--dir', join(dir, 'spaces')]);
    expect(firstLine(join(dir, 'spaces', 'quiet-floor.yaml'))).toBe('# yaml-language-server: $schema=../schema/policy.schema.json');
    runCli(['new', 'late-fees', '--dir', dir, '--category', 'Fees']);
    expect(firstLine(join(dir, 'late-fees.yaml'))).toBe('# yaml-language-server: $schema=schema/policy.schema.json');
    // An address on the web is the same from every folder.
    mkdirSync(join(dir, 'fees'));
    writeFileSync(join(dir, 'fees', 'fines.yaml'), '# yaml-language-server: $schema=https://example.org/policy.schema.json\nid: fines\n');
    runCli(['new', 'lockers', '--dir', join(dir, 'fees')]);
    expect(firstLine(join(dir, 'fees', 'lockers.yaml'))).toBe('# yaml-language-server: $schema=https://example.org/policy.schema.json');
  });

  it('writes a red rule with `instead` and no `bend`', () => {
    runCli(['new', 'fire-doors', '--dir', dir, '--color', 'red']);
    const text = readFileSync(join(dir, 'fire-doors.yaml'), 'utf8');
    expect(text).toContain('\ninstead: ""\n');
    expect(text).not.toMatch(/^bend:/m);
    expect(text).toContain('\ncategory: "Spaces"\n');
  });

  it("offers a translation to fill in for each of the book's other languages", () => {
    writeFileSync(join(dir, '_site.yaml'), 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es, ar]\n');
    runCli(['new', 'quiet-floor', '--dir', dir]);
    const text = readFileSync(join(dir, 'quiet-floor.yaml'), 'utf8');
    expect(text).toMatch(/\n# translations:\n# {3}es:\n# {5}title: ""\n# {5}public_wording: ""\n# {5}public_why: ""\n# {3}ar:\n/);
    // A book in one language gets no translations block at all.
    writeFileSync(join(dir, '_site.yaml'), 'organisation: Test Library\ncategories: [Spaces]\n');
    runCli(['new', 'plain-floor', '--dir', dir]);
    expect(readFileSync(join(dir, 'plain-floor.yaml'), 'utf8')).not.toContain('translations');
  });

  it('never overwrites a file', () => {
    writeFileSync(join(dir, 'taken.yaml'), 'id: taken\n# my careful work\n');
    const sameId = runCli(['new', 'taken', '--dir', dir]);
    expect(sameId.status).toBe(2);
    expect(sameId.stderr).toMatch(/^rules-clarity: a rule with the id "taken" already exists: .*policies\/taken\.yaml\n$/);
    // A file by that name whose id differs (or that is not a rule at all) is kept too.
    writeFileSync(join(dir, 'draft.yaml'), 'notes: half-written\n');
    const sameName = runCli(['new', 'draft', '--dir', dir]);
    expect(sameName.status).toBe(2);
    expect(sameName.stderr).toMatch(/^rules-clarity: .*policies\/draft\.yaml already exists; it was left as it is\n$/);
    expect(readFileSync(join(dir, 'taken.yaml'), 'utf8')).toBe('id: taken\n# my careful work\n');
    expect(readFileSync(join(dir, 'draft.yaml'), 'utf8')).toBe('notes: half-written\n');
  });

  it('refuses an id already used in a sub-folder, and a badly formed id', () => {
    mkdirSync(join(dir, 'fees'));
    writeFileSync(join(dir, 'fees', 'late-fees.yaml'), 'id: late-fees\ntitle: Late fees\n');
    expect(runCli(['new', 'late-fees', '--dir', dir]).stderr).toMatch(
      /^rules-clarity: a rule with the id "late-fees" already exists: .*fees\/late-fees\.yaml\n$/,
    );
    const bad = runCli(['new', 'Late_Fees', '--dir', dir]);
    expect(bad.status).toBe(2);
    // The id meant, ready to paste (found by a new-user trial).
    expect(bad.stderr).toBe(
      'rules-clarity: the id must be lowercase-kebab-case, like lost-umbrellas (got "Late_Fees"). Did you mean "late-fees"?\n',
    );
    expect(runCli(['new', 'Overdue fines', '--dir', dir]).stderr).toContain('Did you mean "overdue-fines"?');
  });

  it("takes the file's name typed for the id as the id (found by an administrator's trial)", () => {
    const created = runCli(['new', 'lost-umbrellas.yaml', '--dir', dir]);
    expect(created.status).toBe(0);
    expect(readFileSync(join(dir, 'lost-umbrellas.yaml'), 'utf8')).toMatch(/^id: lost-umbrellas$/m);
  });

  it('in a sub-folder, reads the whole book: its ids and its categories', () => {
    mkdirSync(join(dir, 'spaces'));
    mkdirSync(join(dir, 'borrowing'));
    writeFileSync(join(dir, 'spaces', 'quiet-rooms.yaml'), 'id: quiet-rooms\ntitle: Quiet rooms\n');
    const sub = join(dir, 'borrowing');
    const taken = runCli(['new', 'quiet-rooms', '--dir', sub]);
    expect(taken.status).toBe(2);
    expect(taken.stderr).toMatch(
      /^rules-clarity: a rule with the id "quiet-rooms" already exists: .*policies\/spaces\/quiet-rooms\.yaml\n$/,
    );
    expect(runCli(['new', 'x', '--dir', sub, '--category', '']).stderr).toBe(
      'rules-clarity: --category must be one of Spaces, Fees (got "")\n',
    );
    expect(runCli(['new', 'x', '--dir', sub, '--category', 'Borrowing']).stderr).toBe(
      'rules-clarity: --category must be one of Spaces, Fees (got "Borrowing")\n',
    );
    // A category typed in lower case is the book's; one a letter off is suggested (found by a new-user trial).
    expect(runCli(['new', 'y', '--dir', sub, '--category', 'fees']).stdout).toMatch(/\(green, Fees\)\. Fill in/);
    expect(runCli(['new', 'z', '--dir', sub, '--category', 'Fess']).stderr).toBe(
      'rules-clarity: --category must be one of Spaces, Fees (got "Fess"). Did you mean "Fees"?\n',
    );
    const created = runCli(['new', 'card-renewal', '--dir', sub]);
    expect(created.stdout).toMatch(/^Created .*policies\/borrowing\/card-renewal\.yaml \(green, Spaces\)\./);
    // Nothing in the folder says which: the message says the category was the first, and how to choose.
    expect(created.stdout).toContain('Spaces is the first category of _site.yaml: give --category to choose another.');
    // The check to run next is of this book, not of the default folder.
    expect(created.stdout).toContain(`then run \`npm run check -- --dir ${dir}\``);
    expect(readFileSync(join(sub, 'card-renewal.yaml'), 'utf8')).toContain('\ncategory: "Spaces"\n');
    // So does the note at the top of the new file (found by a new-user trial).
    expect(readFileSync(join(sub, 'card-renewal.yaml'), 'utf8')).toContain(`then run \`npm run check -- --dir ${dir}\``);
  });

  it('refuses to guess the categories when the book has no usable _site.yaml', () => {
    writeFileSync(join(dir, '_site.yaml'), 'organisation: [unclosed\n');
    // The check to run is of this book, not of the default folder (found by a new-user trial).
    expect(runCli(['new', 'x', '--dir', dir]).stderr).toBe(
      `rules-clarity: ${relative(process.cwd(), join(dir, '_site.yaml'))} has problems, so the book's categories are unknown; run \`npm run check -- --dir ${dir}\` and fix it first\n`,
    );
    const elsewhere = join(dir, '..', 'loose');
    mkdirSync(elsewhere);
    const lonely = runCli(['new', 'x', '--dir', elsewhere]);
    expect(lonely.status).toBe(2);
    expect(lonely.stderr).toMatch(
      /^rules-clarity: there is no _site\.yaml in .*loose or a folder above it; a new rule needs the book's categories from it\n$/,
    );
  });

  it('gives a rule the category of the folder it goes into', () => {
    // A folder of Fees rules (whatever it is called), and an empty folder named like a category.
    mkdirSync(join(dir, 'money'));
    const fees = 'title: Late fees\ncolor: red\ncategory: Fees\nrule: R.\nintent: I.\npublic: false\n';
    writeFileSync(join(dir, 'money', 'late-fees.yaml'), `id: late-fees\n${fees}`);
    writeFileSync(join(dir, 'money', 'lost-cards.yaml'), `id: lost-cards\n${fees}`);
    mkdirSync(join(dir, 'fees'));
    expect(runCli(['new', 'printing-costs', '--dir', join(dir, 'money')]).stdout).toMatch(/\(green, Fees\)/);
    expect(runCli(['new', 'refunds', '--dir', join(dir, 'fees')]).stdout).toMatch(/\(green, Fees\)/);
    // Where nothing says, the first category; --category always wins.
    expect(runCli(['new', 'quiet-hours', '--dir', dir]).stdout).toMatch(/\(green, Spaces\)/);
    expect(runCli(['new', 'coin-change', '--dir', join(dir, 'money'), '--category', 'Spaces']).stdout).toMatch(/\(green, Spaces\)/);
  });

  it('puts a rule given a category and no folder where the book keeps that category (found by a new-user trial)', () => {
    mkdirSync(join(dir, 'money'));
    const fees = 'title: Late fees\ncolor: red\ncategory: Fees\nrule: R.\nintent: I.\npublic: false\n';
    writeFileSync(join(dir, 'money', 'late-fees.yaml'), `id: late-fees\n${fees}`);
    // Run from the folder that holds the book, as `npm run new` runs from the project.
    const made = runCli(['new', 'coin-change', '--category', 'Fees'], { cwd: join(dir, '..') });
    expect(made.stdout).toMatch(/^Created policies\/money\/coin-change\.yaml \(green, Fees\)/);
    expect(existsSync(join(dir, 'money', 'coin-change.yaml'))).toBe(true);
    // A category no rule has yet: the book's folder.
    expect(runCli(['new', 'quiet-hours', '--category', 'Spaces'], { cwd: join(dir, '..') }).stdout).toMatch(
      /^Created policies\/quiet-hours\.yaml/,
    );
  });

  it('refuses an unknown category, naming the nearest', () => {
    const result = runCli(['new', 'x', '--dir', dir, '--category', 'Space']);
    expect(result.stderr).toBe('rules-clarity: --category must be one of Spaces, Fees (got "Space"). Did you mean "Spaces"?\n');
  });
});
