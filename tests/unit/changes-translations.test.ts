// The changes report names the translations a pull request leaves behind: the text visitors read
// changed, and a translation still says what it said before.
import { afterAll, describe, expect, it } from 'vitest';
import { diffBooks } from '../../src/lib/changes/diff.ts';
import { formatChangesMarkdown } from '../../src/lib/changes/markdown.ts';
import { snapshotOf } from '../../src/lib/changes/snapshot.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';
import { runCli } from '../helpers/run-cli.ts';

const book = (...rules: string[]) =>
  snapshotOf(rules.map((text, index) => ({ file: `policies/r${index}.yaml`, bytes: Buffer.from(text) })));
const es = { title: 'Llamadas', public_wording: 'Puede hablar en el vestíbulo.' };
const ar = { title: 'المكالمات', public_wording: 'يمكنك التحدث في الردهة.' };

describe('translations a change makes out of date', () => {
  it('lists each translation left as it was when the source text changed, not one updated alongside', () => {
    const changes = diffBooks(
      book(ruleYaml('phone', 'green', { translations: { es, ar } })),
      book(
        ruleYaml('phone', 'green', {
          public_wording: 'Calls in the café too.',
          translations: { es, ar: { ...ar, public_wording: 'في المقهى أيضًا.' } },
        }),
      ),
    );
    expect(changes.translationsOutdated).toEqual([{ id: 'phone', title: 'Rule phone', fields: ['public_wording'], languages: ['es'] }]);
  });

  it('leaves out staff-only edits, new translations and rules that are not public', () => {
    const changes = diffBooks(
      book(
        ruleYaml('staff-text', 'green', { translations: { es } }),
        ruleYaml('new-language', 'green', { translations: { es } }),
        ruleYaml('staff-only', 'red', { public: false, translations: { es } }),
      ),
      book(
        ruleYaml('staff-text', 'green', { intent: 'A new staff note.', rule: 'New rule text.', translations: { es } }),
        ruleYaml('new-language', 'green', { title: 'Calls', translations: { es: { ...es, title: 'Llamadas telefónicas' }, ar } }),
        ruleYaml('staff-only', 'red', { public: false, title: 'Keys', translations: { es } }),
      ),
    );
    expect(changes.translationsOutdated).toEqual([]);
  });

  it('names a new rule that kept the translations of the rule it was split from (found by a new-user trial)', () => {
    const esFood = { title: 'Comida y bebida', public_wording: 'Puede comer y beber en el vestíbulo.' };
    const food = { title: 'Food and drink', public_wording: 'You are welcome to eat and drink in the lobby.' };
    const changes = diffBooks(
      book(
        ruleYaml('food-and-drink', 'green', { ...food, translations: { es: esFood, ar } }),
        ruleYaml('phone', 'green', { translations: { es } }),
      ),
      book(
        ruleYaml('food-and-drink', 'green', { title: 'Food', public_wording: 'Eat in the lobby.', translations: { es: esFood, ar } }),
        // Copied: the Spanish title was adapted, its wording and the Arabic were not.
        ruleYaml('drinks', 'green', {
          title: 'Drinks',
          public_wording: 'Drinks with a lid are welcome anywhere.',
          translations: { es: { ...esFood, title: 'Bebidas' } },
        }),
        // A copy that says the same in English keeps translations that are right.
        ruleYaml('lobby-meals', 'green', { ...food, translations: { es: esFood } }),
        // A new rule sharing a stock sentence with a rule the change leaves alone copied nothing (found by a review).
        ruleYaml('phone', 'green', { translations: { es } }),
        ruleYaml('calls', 'green', { public_wording: 'Calls in the lobby.', translations: { es } }),
      ),
    );
    expect(changes.translationsOutdated).toEqual([
      { id: 'drinks', title: 'Drinks', fields: ['public_wording'], languages: ['es'], from: 'food-and-drink' },
      { id: 'food-and-drink', title: 'Food', fields: ['title', 'public_wording'], languages: ['es', 'ar'] },
    ]);
    const markdown = formatChangesMarkdown(changes, 'main');
    expect(markdown).toContain('**2 rules with translations this change makes out of date**');
    expect(markdown).toContain(
      '- Drinks (<code>drinks</code>): Spanish \\(es\\) copied from <code>food-and-drink</code>, translating its <code>public\\_wording</code>, which this rule words otherwise',
    );
  });

  it('says so in the report, before the changed fields, with the language names', () => {
    const changes = diffBooks(
      book(ruleYaml('phone', 'green', { public_why: 'Quiet.', translations: { es: { ...es, public_why: 'Silencio.' }, ar } })),
      book(
        ruleYaml('phone', 'green', {
          public_why: 'So people can concentrate.',
          translations: { es: { ...es, public_why: 'Silencio.' }, ar },
        }),
      ),
    );
    const markdown = formatChangesMarkdown(changes, 'main');
    expect(markdown).toContain('**1 rule with translations this change makes out of date**');
    expect(markdown).toContain(
      '- Rule phone (<code>phone</code>): <code>public\\_why</code> changed; Spanish \\(es\\), Arabic \\(ar\\) not updated',
    );
    expect(markdown.indexOf('### Translations this change makes out of date')).toBeLessThan(markdown.indexOf('### Changed'));
  });
});

describe('`changes` on a real repository', () => {
  const repo = new TempRepo();
  afterAll(() => repo.dispose());

  it('reports the translation a branch leaves out of date', () => {
    repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es]\n');
    repo.write('policies/phone.yaml', ruleYaml('phone', 'green', { translations: { es } }));
    repo.commit('Add the phone rule');
    repo.git('checkout', '-q', '-b', 'edit');
    repo.write('policies/phone.yaml', ruleYaml('phone', 'green', { title: 'Phone calls', translations: { es } }));
    repo.commit('Rename the phone rule');
    const result = runCli(['changes', 'main', '--format', 'json'], { cwd: repo.dir });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).translationsOutdated).toEqual([
      { id: 'phone', title: 'Phone calls', fields: ['title'], languages: ['es'] },
    ]);
  });

  it('leaves out a change whose commits say `[translations ok]`, as `check` does, unless edits are not committed yet (found by a new-user trial)', () => {
    repo.git('checkout', '-q', 'main');
    repo.git('checkout', '-q', '-b', 'typo');
    repo.write('policies/phone.yaml', ruleYaml('phone', 'green', { public_wording: 'You are welcome, phone!', translations: { es } }));
    repo.commit('Punctuation in the phone rule [translations ok]');
    const outdated = () => JSON.parse(runCli(['changes', 'main', '--format', 'json'], { cwd: repo.dir }).stdout).translationsOutdated;
    expect(outdated()).toEqual([]);
    // Named for the reviewer all the same: the mark can let a real change through as a typo fix.
    const report = runCli(['changes', 'main'], { cwd: repo.dir }).stdout;
    // In the first line too: a price changed can pass as a typo fixed (found by a deputy director's trial).
    expect(report.split('\n')[2]).toBe(
      '**1 rule with translations kept as current (<code>\\[translations ok\\]</code>): check** · 1 changed',
    );
    expect(report).toContain(
      [
        '### Translations kept as they are (<code>\\[translations ok\\]</code>)',
        '',
        'Each commit of these says <code>\\[translations ok\\]</code>, so their translations are not marked out of date: check that the change needs no new translation (a typo fixed), not a new rule in other words.',
        '',
        '- Rule phone (<code>phone</code>): <code>public\\_wording</code> changed; Spanish \\(es\\) not updated',
      ].join('\n'),
    );
    // An edit on top, not committed: no message says it needs no new translation.
    repo.write('policies/phone.yaml', ruleYaml('phone', 'green', { public_wording: 'You are welcome to call.', translations: { es } }));
    expect(outdated()).toEqual([{ id: 'phone', title: 'Rule phone', fields: ['public_wording'], languages: ['es'] }]);
  });

  it('reports what one past commit changed, `a..b`, with the changes after it left out (found by a new-user trial)', () => {
    // The case before left an edit not committed: put aside.
    repo.git('checkout', '-q', '-f', 'main');
    repo.git('checkout', '-q', '-b', 'audit');
    repo.write('policies/phone.yaml', ruleYaml('phone', 'green', { public_wording: 'Calls in the lobby.', translations: { es } }));
    const lobby = repo.commit('Calls in the lobby');
    repo.write('policies/phone.yaml', ruleYaml('phone', 'green', { public_wording: 'Calls in the café.', translations: { es } }));
    repo.commit('Calls in the café');
    const result = runCli(['changes', `${lobby}^..${lobby}`, '--format', 'json'], { cwd: repo.dir });
    expect(result.stderr).toBe('');
    const changed = JSON.parse(result.stdout).changed as { id: string; fields: { field: string; after?: string }[] }[];
    expect(changed.map((rule) => [rule.id, rule.fields.map((field) => [field.field, field.after])])).toEqual([
      ['phone', [['public_wording', 'Calls in the lobby.']]],
    ]);
    expect(runCli(['changes', `${lobby}^..${lobby}`], { cwd: repo.dir }).stdout).toMatch(/^## Rule book changes in <code>/);
    // `a..`: up to the commit checked out, the café included (found by a review).
    const upToHead = JSON.parse(runCli(['changes', `${lobby}^..`, '--format', 'json'], { cwd: repo.dir }).stdout) as typeof result;
    expect(JSON.stringify(upToHead)).toContain('Calls in the café.');
    // Three dots (git's "since they parted") is not what it reads: it says how to write it.
    expect(runCli(['changes', `${lobby}^...${lobby}`], { cwd: repo.dir }).stderr).toContain('give two commits as from..to (two dots)');
  });
});
