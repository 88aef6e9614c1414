// The status of each translation from git history, on real repositories with dated commits: a
// translator stamps nothing, and without the history nothing is guessed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHistory } from '../../src/lib/history/history.ts';
import { loadBook } from '../../src/lib/load-book.ts';
import { translationStatus, type TranslationReport, type TranslationStatus } from '../../src/lib/translations/status.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';

const SITE = 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es, ar]\n';
const ES = { title: 'Llamadas', public_wording: 'Puede hablar en el vestíbulo.' };

function phoneRule(extra: Record<string, unknown> = {}): string {
  return ruleYaml('phone', 'green', { public_wording: 'Take calls in the lobby.', translations: { es: ES }, ...extra });
}

async function report(policies: string): Promise<TranslationReport> {
  const book = await loadBook(policies, { today: '2026-06-01' });
  return translationStatus(
    book.rules.map((rule) => rule.data),
    book.site,
    readHistory(policies),
  );
}

async function statusOf(policies: string, id: string, language: string): Promise<TranslationStatus> {
  const found = (await report(policies)).statuses.find((status) => status.id === id && status.language === language);
  if (!found) throw new Error(`no status for ${id} in ${language}`);
  return found;
}

const repos: TempRepo[] = [];
const folders: string[] = [];
afterAll(() => {
  for (const repo of repos) repo.dispose();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function newRepo(): { repo: TempRepo; policies: string } {
  const repo = new TempRepo();
  repos.push(repo);
  return { repo, policies: join(repo.dir, 'policies') };
}

describe('translation status from git history', () => {
  it('is current, then out of date after a source edit, then current again once the translation is updated', async () => {
    const { repo, policies } = newRepo();
    repo.write('policies/_site.yaml', SITE);
    repo.write('policies/phone.yaml', phoneRule());
    const first = repo.commitAt('Add the phone rule in English and Spanish', '2026-01-05T09:00:00+01:00');

    expect(await statusOf(policies, 'phone', 'es')).toEqual({
      id: 'phone',
      language: 'es',
      state: 'current',
      source: {
        committed: true,
        commit: first,
        date: '2026-01-05T09:00:00+01:00',
        day: '2026-01-05',
        subject: 'Add the phone rule in English and Spanish',
      },
      translation: {
        committed: true,
        commit: first,
        date: '2026-01-05T09:00:00+01:00',
        day: '2026-01-05',
        subject: 'Add the phone rule in English and Spanish',
      },
    });

    repo.write('policies/phone.yaml', phoneRule({ public_wording: 'Take calls in the lobby or the café.' }));
    const edit = repo.commitAt('Calls in the café too', '2026-02-10T16:30:00-05:00');
    const stale = await statusOf(policies, 'phone', 'es');
    expect(stale.state).toBe('out-of-date');
    expect(stale.source).toMatchObject({ committed: true, commit: edit, day: '2026-02-10' });
    expect(stale.translation).toMatchObject({ committed: true, commit: first, day: '2026-01-05' });
    expect(stale.changed).toEqual([
      {
        field: 'public_wording',
        before: 'Take calls in the lobby.',
        after: 'Take calls in the lobby or the café.',
        redline: [
          { op: 'same', text: 'Take calls in the lobby ' },
          { op: 'added', text: 'or the café' },
          { op: 'same', text: '.' },
        ],
      },
    ]);

    repo.write(
      'policies/phone.yaml',
      phoneRule({
        public_wording: 'Take calls in the lobby or the café.',
        translations: { es: { ...ES, public_wording: 'Puede hablar en el vestíbulo o en la cafetería.' } },
      }),
    );
    const update = repo.commitAt('Spanish: calls in the café too', '2026-03-01T08:00:00+00:00');
    expect(await statusOf(policies, 'phone', 'es')).toMatchObject({
      state: 'current',
      source: { commit: edit },
      translation: { commit: update },
    });
  });

  it('stays current when only staff fields change, the file moves, or the commit says [translations ok]', async () => {
    const { repo, policies } = newRepo();
    repo.write('policies/_site.yaml', SITE);
    repo.write('policies/phone.yaml', phoneRule());
    repo.commitAt('Add the phone rule', '2026-01-05T09:00:00+00:00');
    repo.write('policies/phone.yaml', phoneRule({ intent: 'Staff: people concentrate here.', rule: 'Calls outside.' }));
    repo.commitAt('Staff wording', '2026-01-06T09:00:00+00:00');
    repo.write('policies/spaces/phone.yaml', phoneRule({ intent: 'Staff: people concentrate here.', rule: 'Calls outside.' }));
    repo.remove('policies/phone.yaml');
    repo.commitAt('Sort into folders', '2026-01-07T09:00:00+00:00');
    expect((await statusOf(policies, 'phone', 'es')).state).toBe('current');

    repo.write(
      'policies/spaces/phone.yaml',
      phoneRule({ intent: 'Staff: people concentrate here.', rule: 'Calls outside.', title: 'Phone calls' }),
    );
    repo.commitAt('Fix a typo in the title [translations ok]', '2026-01-08T09:00:00+00:00');
    expect((await statusOf(policies, 'phone', 'es')).state).toBe('current');
  });

  it('goes field by field: bringing the wording up to date leaves a new "Why we ask" out of date (found by a new-user trial)', async () => {
    const { repo, policies } = newRepo();
    repo.write('policies/_site.yaml', SITE);
    const why = { public_why: 'So everyone can concentrate.' };
    const esWhy = { public_why: 'Para que todos puedan concentrarse.' };
    repo.write('policies/phone.yaml', phoneRule({ ...why, translations: { es: { ...ES, ...esWhy } } }));
    repo.commitAt('Add the phone rule', '2026-01-05T09:00:00+00:00');
    const wording = 'Take calls in the lobby or the café.';
    repo.write('policies/phone.yaml', phoneRule({ ...why, public_wording: wording, translations: { es: { ...ES, ...esWhy } } }));
    repo.commitAt('Calls in the café too', '2026-01-06T09:00:00+00:00');
    const newWhy = { public_why: 'So everyone can concentrate and hear the talks.' };
    repo.write('policies/phone.yaml', phoneRule({ ...newWhy, public_wording: wording, translations: { es: { ...ES, ...esWhy } } }));
    const whyChanged = repo.commitAt('Say why: the talks', '2026-01-07T09:00:00+00:00');

    const esWording = { public_wording: 'Puede hablar en el vestíbulo o en la cafetería.' };
    repo.write(
      'policies/phone.yaml',
      phoneRule({ ...newWhy, public_wording: wording, translations: { es: { ...ES, ...esWhy, ...esWording } } }),
    );
    repo.commitAt('Spanish: calls in the café too', '2026-01-08T09:00:00+00:00');
    const stale = await statusOf(policies, 'phone', 'es');
    expect(stale).toMatchObject({ state: 'out-of-date', source: { commit: whyChanged } });
    expect(stale.changed?.map((change) => change.field)).toEqual(['public_why']);

    // A translator's commit marked [translations ok] vouches for every field: the change needed no new Spanish.
    repo.write(
      'policies/phone.yaml',
      phoneRule({
        ...newWhy,
        public_wording: wording,
        translations: { es: { ...ES, ...esWhy, ...esWording, title: 'Llamadas telefónicas' } },
      }),
    );
    repo.commitAt('Spanish: a clearer title; the reason still reads right [translations ok]', '2026-01-09T09:00:00+00:00');
    expect((await statusOf(policies, 'phone', 'es')).state).toBe('current');
  });

  it('reads a translation copied into a new rule (a rule split in two) as out of date where the new rule says something else (found by a new-user trial)', async () => {
    const { repo, policies } = newRepo();
    repo.write('policies/_site.yaml', SITE);
    const esFood = {
      title: 'Comida y bebida',
      public_wording: 'Puede comer y beber en el vestíbulo.',
      public_why: 'Así los libros se mantienen limpios.',
    };
    const food = (extra: Record<string, unknown>) =>
      ruleYaml('food-and-drink', 'green', {
        title: 'Food and drink',
        public_wording: 'You are welcome to eat and drink in the lobby.',
        public_why: 'It keeps the books clean.',
        translations: { es: esFood },
        ...extra,
      });
    repo.write('policies/food-and-drink.yaml', food({}));
    const translated = repo.commitAt('Food and drink, in Spanish too', '2026-01-05T09:00:00+00:00');
    // The split: drinks get a rule of their own, with the old rule's Spanish copied in; the old
    // rule now speaks of food only. The title's Spanish was adapted, the rest copied.
    repo.write('policies/food-and-drink.yaml', food({ title: 'Food', public_wording: 'You are welcome to eat in the lobby.' }));
    repo.write(
      'policies/drinks.yaml',
      ruleYaml('drinks', 'green', {
        title: 'Drinks',
        public_wording: 'Drinks with a lid are welcome anywhere in the library.',
        public_why: 'It keeps the books clean.',
        translations: { es: { ...esFood, title: 'Bebidas' } },
      }),
    );
    // Before the commit, `check` on the working tree says so too.
    expect(await statusOf(policies, 'drinks', 'es')).toMatchObject({
      state: 'out-of-date',
      source: { committed: false },
      translation: { committed: true, commit: translated },
      changed: [{ field: 'public_wording', before: 'You are welcome to eat and drink in the lobby.' }],
    });
    const split = repo.commitAt('Split food and drink: drinks with a lid go anywhere', '2026-02-01T09:00:00+00:00');

    const drinks = await statusOf(policies, 'drinks', 'es');
    expect(drinks).toMatchObject({
      state: 'out-of-date',
      source: { committed: true, commit: split, day: '2026-02-01' },
      // Written where it was first written: for the old rule, a month before.
      translation: { committed: true, commit: translated, day: '2026-01-05' },
    });
    // The wording the Spanish was written for, and the one it stands beside now; the title's
    // Spanish is new, and the reason is the same in English as before.
    expect(drinks.changed).toEqual([
      expect.objectContaining({
        field: 'public_wording',
        before: 'You are welcome to eat and drink in the lobby.',
        after: 'Drinks with a lid are welcome anywhere in the library.',
      }),
    ]);
    // The old rule's own Spanish is out of date by its own history, as before.
    expect((await statusOf(policies, 'food-and-drink', 'es')).changed?.map((change) => change.field)).toEqual(['title', 'public_wording']);

    // The translator's update clears it; so would a split whose commit vouches for the copies.
    repo.write(
      'policies/drinks.yaml',
      ruleYaml('drinks', 'green', {
        title: 'Drinks',
        public_wording: 'Drinks with a lid are welcome anywhere in the library.',
        public_why: 'It keeps the books clean.',
        translations: {
          es: { ...esFood, title: 'Bebidas', public_wording: 'Las bebidas con tapa son bienvenidas en toda la biblioteca.' },
        },
      }),
    );
    repo.commitAt('Spanish: drinks', '2026-02-02T09:00:00+00:00');
    expect((await statusOf(policies, 'drinks', 'es')).state).toBe('current');
  });

  it('reads a new rule that shares a stock sentence with a rule nobody touched as current (found by a review)', async () => {
    const { repo, policies } = newRepo();
    repo.write('policies/_site.yaml', SITE);
    const why = { public_why: 'So everyone can concentrate.' };
    repo.write(
      'policies/noise.yaml',
      ruleYaml('noise', 'green', { ...why, translations: { es: { ...ES, public_why: 'Para que todos puedan concentrarse.' } } }),
    );
    repo.commitAt('Add the noise rule', '2026-01-05T09:00:00+00:00');
    const phones = ruleYaml('phones', 'green', {
      public_why: 'So everybody can focus.',
      translations: {
        es: { title: 'Teléfonos', public_wording: 'Silencie su teléfono.', public_why: 'Para que todos puedan concentrarse.' },
      },
    });
    repo.write('policies/phones.yaml', phones);
    expect((await statusOf(policies, 'phones', 'es')).state).toBe('current');
    repo.commitAt('Add the phones rule', '2026-01-06T09:00:00+00:00');
    expect((await statusOf(policies, 'phones', 'es')).state).toBe('current');
  });

  it('reads a copied rule whose text is the same as its original, or a split vouched for with [translations ok], as current', async () => {
    const { repo, policies } = newRepo();
    repo.write('policies/_site.yaml', SITE);
    repo.write('policies/phone.yaml', phoneRule());
    repo.commitAt('Add the phone rule', '2026-01-05T09:00:00+00:00');
    repo.write('policies/calls.yaml', ruleYaml('calls', 'green', { public_wording: 'Take calls in the lobby.', translations: { es: ES } }));
    repo.write(
      'policies/texts.yaml',
      ruleYaml('texts', 'green', { public_wording: 'Send texts anywhere, on silent.', translations: { es: ES } }),
    );
    repo.commitAt('Calls and texts as rules of their own [translations ok]', '2026-01-06T09:00:00+00:00');
    expect((await statusOf(policies, 'calls', 'es')).state).toBe('current');
    expect((await statusOf(policies, 'texts', 'es')).state).toBe('current');
  });

  it('reads a translation added after its rule without a "Why we ask" as current, not dated to the rule\'s first commit (found by a review)', async () => {
    const { repo, policies } = newRepo();
    repo.write('policies/_site.yaml', SITE);
    repo.write('policies/phone.yaml', phoneRule({ public_why: 'So everyone can concentrate.', translations: undefined }));
    repo.commitAt('Add the phone rule', '2026-01-05T09:00:00+00:00');
    repo.write('policies/phone.yaml', phoneRule({ public_why: 'So everyone can concentrate and hear.', translations: undefined }));
    repo.commitAt('Say why', '2026-01-06T09:00:00+00:00');
    repo.write('policies/phone.yaml', phoneRule({ public_why: 'So everyone can concentrate and hear.' }));
    repo.commitAt('Spanish, for now without the reason', '2026-01-07T09:00:00+00:00');
    expect((await statusOf(policies, 'phone', 'es')).state).toBe('current');
  });

  it('counts edits not committed yet: a source edit makes the translation out of date; editing both makes it current', async () => {
    const { repo, policies } = newRepo();
    repo.write('policies/_site.yaml', SITE);
    repo.write('policies/phone.yaml', phoneRule());
    const first = repo.commitAt('Add the phone rule', '2026-01-05T09:00:00+00:00');

    repo.write('policies/phone.yaml', phoneRule({ public_why: 'So everyone can concentrate.' }));
    const stale = await statusOf(policies, 'phone', 'es');
    expect(stale).toMatchObject({ state: 'out-of-date', source: { committed: false }, translation: { committed: true, commit: first } });
    expect(stale.changed).toEqual([{ field: 'public_why', after: 'So everyone can concentrate.' }]);

    repo.write(
      'policies/phone.yaml',
      phoneRule({
        public_why: 'So everyone can concentrate.',
        translations: { es: { ...ES, public_why: 'Para que todos puedan concentrarse.' } },
      }),
    );
    expect(await statusOf(policies, 'phone', 'es')).toMatchObject({
      state: 'current',
      source: { committed: false },
      translation: { committed: false },
    });

    // A new file git does not know yet: written together, so current.
    repo.write(
      'policies/quiet.yaml',
      ruleYaml('quiet', 'green', { translations: { es: { title: 'Silencio', public_wording: 'Bienvenido, silencio.' } } }),
    );
    expect(await statusOf(policies, 'quiet', 'es')).toMatchObject({ state: 'current', source: { committed: false } });
  });

  it('says missing for each public rule without a language, and leaves staff-only rules out', async () => {
    const { repo, policies } = newRepo();
    repo.write('policies/_site.yaml', SITE);
    repo.write('policies/phone.yaml', phoneRule());
    repo.write('policies/keys.yaml', ruleYaml('keys', 'red', { public: false, public_wording: undefined }));
    repo.commitAt('Add rules', '2026-01-05T09:00:00+00:00');
    const { statuses } = await report(policies);
    expect(statuses.map(({ id, language, state }) => [id, language, state])).toEqual([
      ['phone', 'es', 'current'],
      ['phone', 'ar', 'missing'],
    ]);
  });

  it('gives "unknown" in a shallow clone and outside git, never a guess; missing stays missing', async () => {
    const { repo } = newRepo();
    repo.write('policies/_site.yaml', SITE);
    repo.write('policies/phone.yaml', phoneRule());
    repo.commitAt('Add the phone rule', '2026-01-05T09:00:00+00:00');
    repo.write('policies/phone.yaml', phoneRule({ public_wording: 'Take calls in the café.' }));
    repo.commitAt('Calls in the café', '2026-01-06T09:00:00+00:00');

    const shallow = mkdtempSync(join(tmpdir(), 'rules-clarity-shallow-'));
    folders.push(shallow);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, shallow]);
    const inShallow = await report(join(shallow, 'policies'));
    expect(inShallow.historyAvailable).toBe(false);
    expect(inShallow.reason).toMatch(/shallow clone/);
    expect(inShallow.statuses.map(({ language, state }) => [language, state])).toEqual([
      ['es', 'unknown'],
      ['ar', 'missing'],
    ]);
    expect(inShallow.statuses[0]!.reason).toMatch(/shallow clone/);

    const tarball = mkdtempSync(join(tmpdir(), 'rules-clarity-nogit-'));
    folders.push(tarball);
    cpSync(join(repo.dir, 'policies'), join(tarball, 'policies'), { recursive: true });
    const outside = await report(join(tarball, 'policies'));
    expect(outside.historyAvailable).toBe(false);
    // In words, not git's ("fatal: not a git repository (or any of the parent directories): .git").
    expect(outside.statuses[0]).toMatchObject({ state: 'unknown', reason: 'the policy folder is not in a git repository' });
  });
});
