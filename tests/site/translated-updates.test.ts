// "Recently updated" in another language, from a real git repository with dated commits: a typo
// fixed in the English text, its commit saying `[translations ok]`, changed nothing a reader of
// the Spanish translation reads, so the Spanish page and feed do not list it; a rule not yet
// translated shows its English text there, so its fix is listed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';

const repo = new TempRepo();
const out = mkdtempSync(join(tmpdir(), 'rules-clarity-translated-updates-'));
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => `${new Date(Date.now() - days * DAY).toISOString().slice(0, 10)}T10:00:00+00:00`;
const TYPO = daysAgo(10);

const es = { title: 'Llamadas', public_wording: 'Puede hablar por teléfono en el vestíbulo.' };
const phone = (wording: string) => ruleYaml('phone', 'green', { title: 'Phone calls', public_wording: wording, translations: { es } });
const food = (wording: string) => ruleYaml('food', 'green', { title: 'Food and drink', public_wording: wording });

beforeAll(() => {
  repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es]\n');
  repo.write('policies/phone.yaml', phone('You are welcome to take calls in the lobby'));
  repo.write('policies/food.yaml', food('You are welcome to bring a covered drink'));
  repo.commitAt('Adopt the first rules', daysAgo(200));
  repo.write('policies/phone.yaml', phone('You are welcome to take calls in the lobby.'));
  repo.write('policies/food.yaml', food('You are welcome to bring a covered drink.'));
  repo.commitAt('Full stops [translations ok]', TYPO);
  const result = spawnSync(
    process.execPath,
    ['src/cli/rules-clarity.ts', 'build', '--edition', 'public', '--dir', join(repo.dir, 'policies'), '--out', out],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
}, 120_000);

afterAll(() => {
  repo.dispose();
  rmSync(out, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(out, path), 'utf8');

it('leaves a change that needs no new translation off the Spanish updates of a translated rule (found by a new-user trial)', () => {
  // English readers read the new full stops.
  expect(read('updates/index.html')).toContain('<a href="/rules/phone/">Phone calls</a>');
  const spanish = read('es/updates/index.html');
  expect(spanish).not.toContain('/es/rules/phone/');
  // The rule not translated yet reads in English on its Spanish page: its fix is an update there.
  expect(spanish).toContain('<a href="/es/rules/food/" lang="en">Food and drink</a>');
  // In the feeds: published, then the full stops in English; published only, in Spanish.
  const entries = (feed: string, rule: string) => feed.split('<entry>').filter((entry) => entry.includes(rule)).length;
  expect(entries(read('updates.xml'), '/rules/phone/')).toBe(2);
  expect(entries(read('es/updates.xml'), '/es/rules/phone/')).toBe(1);
  // The translation stays current, and its page's date is the translation's own.
  expect(read('es/rules/phone/index.html')).not.toContain('Puede que esta traducción no esté al día');
});
