// A rule merged into another or split in two (`replaces`), on the built sites from a real git
// repository: a QR code on an old sign, or a bookmark, leads to the rules that took its place,
// and staff read where it went (found by a new-user trial: each said "no longer applies").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';

const repo = new TempRepo();
const out = mkdtempSync(join(tmpdir(), 'rules-clarity-replaced-site-'));
const STAFF = join(out, 'staff');
const PUBLIC = join(out, 'public');

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => `${new Date(Date.now() - days * DAY).toISOString().slice(0, 10)}T10:00:00+00:00`;
const SPLIT = daysAgo(10);
const MERGED = daysAgo(5);

const esFood = { title: 'Comida y bebida', public_wording: 'Puede comer y beber en el vestíbulo.' };

function build(edition: 'staff' | 'public', outDir: string): void {
  const result = spawnSync(
    process.execPath,
    ['src/cli/rules-clarity.ts', 'build', '--dir', join(repo.dir, 'policies'), '--out', outDir, '--edition', edition],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
}

const page = (site: string, path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');

beforeAll(() => {
  repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es]\n');
  repo.write(
    'policies/food-and-drink.yaml',
    ruleYaml('food-and-drink', 'green', {
      title: 'Food and drink',
      public_wording: 'You are welcome to eat and drink in the lobby.',
      translations: { es: esFood },
    }),
  );
  repo.write('policies/phone-calls.yaml', ruleYaml('phone-calls', 'green', { title: 'Phone calls' }));
  repo.write('policies/noise.yaml', ruleYaml('noise', 'green', { title: 'Noise' }));
  repo.commitAt('First rules', daysAgo(100));
  // Split: each new rule names the old one; the drinks rule kept its Spanish.
  repo.remove('policies/food-and-drink.yaml');
  repo.write(
    'policies/food.yaml',
    ruleYaml('food', 'green', { title: 'Food', public_wording: 'You are welcome to eat in the lobby.', replaces: ['food-and-drink'] }),
  );
  repo.write(
    'policies/drinks.yaml',
    ruleYaml('drinks', 'green', {
      title: 'Drinks',
      public_wording: 'Drinks with a lid are welcome anywhere.',
      replaces: ['food-and-drink'],
      translations: { es: { ...esFood, title: 'Bebidas' } },
    }),
  );
  repo.commitAt('Split food and drink', SPLIT);
  // Merge: the noise rule takes in phone calls.
  repo.remove('policies/phone-calls.yaml');
  repo.write('policies/noise.yaml', ruleYaml('noise', 'green', { title: 'Noise and calls', replaces: ['phone-calls'] }));
  repo.commitAt('Fold phone calls into the noise rule', MERGED);
  build('staff', STAFF);
  build('public', PUBLIC);
}, 240_000);

afterAll(() => {
  repo.dispose();
  rmSync(out, { recursive: true, force: true });
});

describe('a rule merged into another', () => {
  it('sends a visitor at its old address on to the rule it became part of', () => {
    const html = page(PUBLIC, 'rules/phone-calls');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/rules/noise/">');
    expect(html).toContain('This rule is now part of <a href="/rules/noise/">Noise and calls</a>.');
    expect(page(PUBLIC, 'es/rules/phone-calls')).toContain('Esta norma forma parte ahora de <a href="/es/rules/noise/" lang="en">');
  });

  it('tells staff on the new rule what it took the place of, and on Recent changes where the old one went', () => {
    expect(page(STAFF, 'rules/noise')).toContain(
      `Takes the place of Phone calls (<code>phone-calls</code>, removed <time datetime="${MERGED.slice(0, 10)}">`,
    );
    expect(page(STAFF, 'changes')).toContain('<strong>Rule removed.</strong> Replaced by <a href="/rules/noise/">Noise and calls</a>.');
  });
});

describe('a rule split in two', () => {
  it('lists the rules that took its place at its old address, in each language', () => {
    const html = page(PUBLIC, 'rules/food-and-drink');
    expect(html).not.toContain('http-equiv="refresh"');
    expect(html).toContain(`On <time datetime="${SPLIT}">${SPLIT.slice(0, 10)}</time> this rule was replaced by these rules:`);
    expect(html).toMatch(/<li>\s*<a href="\/rules\/drinks\/">Drinks<\/a>\s*<\/li>\s*<li>\s*<a href="\/rules\/food\/">Food<\/a>/);
    const spanish = page(PUBLIC, 'es/rules/food-and-drink');
    expect(spanish).toContain('<h1>Comida y bebida</h1>');
    expect(spanish).toContain('esta norma se reemplazó por estas normas:');
    expect(spanish).toContain('<a href="/es/rules/drinks/">Bebidas</a>');
  });

  it('is on the public updates page and feed as replaced, naming the new rules', () => {
    const updates = page(PUBLIC, 'updates');
    const at = updates.indexOf('<a href="/rules/food-and-drink/">Food and drink</a>');
    expect(updates.slice(at, updates.indexOf('</li>', at))).toMatch(
      /Replaced by <span><a href="\/rules\/drinks\/">Drinks<\/a> and <a href="\/rules\/food\/">Food<\/a><\/span>/,
    );
    expect(readFileSync(join(PUBLIC, 'updates.xml'), 'utf8')).toContain('Replaced by Drinks and Food');
  });

  it('marks the Spanish the new rule kept from the old one as out of date, for visitors and for staff', () => {
    expect(page(PUBLIC, 'es/rules/drinks')).toContain('Puede que esta traducción no esté al día');
    expect(page(STAFF, 'rules/drinks')).toContain('Out of date: the English text changed after this translation');
  });
});
