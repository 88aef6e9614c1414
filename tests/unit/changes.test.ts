// `rules-clarity changes <ref>` on a real git repository with two commits: what a reviewer sees
// in the pull-request comment.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';

const repo = new TempRepo();
let base = '';

// A rule that turns a red privacy rule green and breaks its YAML in the same edit: the colon in
// the plain `rule:` value makes the file unreadable.
const privacySlip = [
  'id: borrowing-records',
  'title: Who borrowed what',
  'color: green',
  'category: Spaces',
  'rule: Staff may share borrowing history: with family members',
  'intent: Reading is private.',
  'public_wording: What you borrow stays between you and us.',
  'owner: Privacy officer',
  'bend:',
  '  how: Tell a parent what their child borrowed.',
  '',
].join('\n');

beforeAll(() => {
  repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\n');
  repo.write('policies/unchanged.yaml', ruleYaml('unchanged', 'green'));
  repo.write('policies/to-remove.yaml', ruleYaml('to-remove', 'green'));
  repo.write(
    'policies/old-name.yaml',
    ruleYaml('old-name', 'yellow', { title: 'Renamed rule', intent: 'Same intent.', public_wording: 'Same wording.', rule: 'Same rule.' }),
  );
  for (const [id, color] of [
    ['red-to-yellow', 'red'],
    ['red-to-green', 'red'],
    ['yellow-to-green', 'yellow'],
    ['green-to-yellow', 'green'],
    ['green-to-red', 'green'],
    ['yellow-to-red', 'yellow'],
  ] as const) {
    repo.write(`policies/${id}.yaml`, ruleYaml(id, color));
  }
  repo.write('policies/reworded.yaml', ruleYaml('reworded', 'green', { intent: 'Old intent.', public_wording: 'Old wording.' }));
  repo.write(
    'policies/fee-waiver.yaml',
    ruleYaml('fee-waiver', 'red', {
      title: 'Waiving fines',
      rule: 'Fines are never waived at the desk.',
      owner: 'Head of lending',
      instead: 'Offer a payment plan.',
      examples: [{ situation: 'A student cannot pay.', response: 'Offer a payment plan.' }],
    }),
  );
  repo.write(
    'policies/borrowing-records.yaml',
    ruleYaml('borrowing-records', 'red', {
      title: 'Who borrowed what',
      rule: 'Staff never share borrowing history.',
      intent: 'Reading is private.',
      public_wording: 'What you borrow stays between you and us.',
      owner: 'Privacy officer',
    }),
  );
  repo.write('policies/amber.yaml', ruleYaml('amber', 'yellow', { title: 'Study rooms' }));
  repo.write('policies/still-broken.yaml', 'id: still-broken\ncolor: red\ntitle: [unclosed\n');
  repo.write('policies/fixed-now.yaml', 'id: fixed-now\ntitle: Fixed now\ncolor: red\nrule: [unclosed\n');
  repo.write('policies/broken-then-deleted.yaml', 'id: broken-then-deleted\ncolor: green\ntitle: "unclosed\n');
  base = repo.commit('first version of the book');

  repo.remove('policies/to-remove.yaml');
  repo.remove('policies/old-name.yaml');
  repo.remove('policies/broken-then-deleted.yaml');
  repo.write(
    'policies/sub/new-name.yaml',
    ruleYaml('new-name', 'yellow', { title: 'Renamed rule', intent: 'Same intent.', public_wording: 'Same wording.', rule: 'Same rule.' }),
  );
  repo.write('policies/brand-new.yaml', ruleYaml('brand-new', 'red', { title: 'Brand new <b>rule</b> | with a pipe' }));
  for (const [id, color] of [
    ['red-to-yellow', 'yellow'],
    ['red-to-green', 'green'],
    ['yellow-to-green', 'green'],
    ['green-to-yellow', 'yellow'],
    ['green-to-red', 'red'],
    ['yellow-to-red', 'red'],
  ] as const) {
    repo.write(`policies/${id}.yaml`, ruleYaml(id, color));
  }
  repo.write(
    'policies/reworded.yaml',
    ruleYaml('reworded', 'green', { intent: 'New intent.', public_wording: 'New wording.', tags: ['x'] }).replace(
      'Up to $5.',
      'Up to $20.',
    ),
  );
  repo.write(
    'policies/fee-waiver.yaml',
    ruleYaml('fee-waiver', 'green', {
      title: 'Waiving fines',
      rule: 'Fines may be waived at the desk.',
      owner: 'Branch volunteer',
      bend: { how: 'Waive any fine the person asks about.', limit: 'No limit.' },
      examples: [{ situation: 'A student cannot pay.', response: 'Waive it.' }],
    }),
  );
  repo.write('policies/borrowing-records.yaml', privacySlip);
  repo.write('policies/amber.yaml', ruleYaml('amber', 'yellow', { title: 'Study rooms', color: 'amber' }));
  repo.write('policies/fixed-now.yaml', ruleYaml('fixed-now', 'green', { title: 'Fixed now' }));
  repo.write('policies/new-broken.yaml', 'id: new-broken\ntitle: A new rule\ncolor: green\n\tbend: tab\n');
  repo.commit('second version');
});

afterAll(() => repo.dispose());

describe('the changes report', () => {
  it('prints unreadable files and color changes first, loosening marked for sign-off by the owner, then added, removed, renamed, changed', () => {
    const result = runCli(['changes', base], { cwd: repo.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // The whole comment, as a reviewer reads it (checked by eye once, then kept): files that cannot
    // be read on either side, with their last known color (the red privacy rule turned green with
    // a YAML slip is a loosening, not a removal); every color direction, loosening first, with the
    // owner at the ref to sign off; every changed field before and after, with a redline; rule
    // text made inert (no HTML, no table break).
    const expected = readFileSync('tests/fixtures/changes-report.md', 'utf8').replace('BASE', base);
    expect(result.stdout).toBe(expected);
  });

  it('gives the same as JSON with --format json', () => {
    const report = JSON.parse(runCli(['changes', base, '--format', 'json'], { cwd: repo.dir }).stdout);
    expect(report.version).toBe(2);
    expect(report.colors.map((c: { id: string; loosened: boolean }) => `${c.id} ${c.loosened}`)).toEqual([
      'red-to-green true',
      'red-to-yellow true',
      'yellow-to-green true',
      'fee-waiver true',
      'green-to-red false',
      'green-to-yellow false',
      'yellow-to-red false',
    ]);
    expect(report.colors.find((c: { id: string }) => c.id === 'fee-waiver').signOff).toEqual({
      owner: 'Head of lending',
      ownerNow: 'Branch volunteer',
    });
    expect(report.added.map((r: { id: string }) => r.id)).toEqual(['brand-new']);
    expect(report.renamed).toEqual([{ from: 'old-name', to: 'new-name', title: 'Renamed rule' }]);
    expect(report.removed).toEqual([
      {
        id: 'to-remove',
        title: 'Rule to-remove',
        color: 'green',
        category: 'Spaces',
        file: 'policies/to-remove.yaml',
        // A green rule's going loosens nothing.
        loosened: false,
        // What a reviewer reads of a rule that goes.
        texts: [
          { field: 'rule', text: 'The rule to-remove.' },
          { field: 'intent', text: 'Why to-remove exists.' },
          { field: 'public_wording', text: 'You are welcome, to-remove.' },
          { field: 'bend.how', text: 'Use judgment.' },
          { field: 'bend.limit', text: 'Up to $5.' },
        ],
      },
    ]);
    expect(report.unreadable.find((u: { id: string }) => u.id === 'borrowing-records')).toEqual({
      id: 'borrowing-records',
      title: 'Who borrowed what',
      before: { file: 'policies/borrowing-records.yaml', color: 'red', colorGuessed: false },
      after: {
        file: 'policies/borrowing-records.yaml',
        problem: 'line 5: rule: the text has `: ` (a colon and a space) in it, which YAML reads as the start of a field',
        color: 'green',
        colorGuessed: true,
      },
      lastKnownColor: 'green',
      loosened: true,
      signOff: { owner: 'Privacy officer' },
    });
    const fields = report.changed.find((r: { id: string }) => r.id === 'fee-waiver').fields;
    expect(fields.find((f: { field: string }) => f.field === 'rule')).toEqual({
      field: 'rule',
      before: 'Fines are never waived at the desk.',
      after: 'Fines may be waived at the desk.',
      redline: [
        { op: 'same', text: 'Fines ' },
        { op: 'removed', text: 'are never' },
        { op: 'added', text: 'may be' },
        { op: 'same', text: ' waived at the desk.' },
      ],
    });
  });

  it('says so when nothing changed', () => {
    // still-broken.yaml cannot be read at either side, but nobody touched it: not this change's doing.
    expect(runCli(['changes', 'HEAD'], { cwd: repo.dir }).stdout).toBe(
      '## Rule book changes since <code>HEAD</code>\n\nNo rule changed.\n',
    );
  });

  it('works on a shallow clone once the ref is fetched, and says how when it is not', () => {
    const shallow = new TempRepo();
    try {
      shallow.git('remote', 'add', 'origin', `file://${repo.dir}`);
      shallow.git('fetch', '-q', '--depth=1', 'origin', 'main');
      shallow.git('checkout', '-q', 'FETCH_HEAD');
      const missing = runCli(['changes', base], { cwd: shallow.dir });
      expect(missing.status).toBe(2);
      expect(missing.stderr).toBe(
        `rules-clarity: git does not know "${base}". In a shallow checkout (CI), fetch it first: git fetch --depth=1 origin ${base}\n`,
      );
      shallow.git('fetch', '-q', '--depth=1', 'origin', base);
      const fetched = runCli(['changes', base], { cwd: shallow.dir });
      expect(fetched.status).toBe(0);
      expect(fetched.stdout).toContain('**7 color changes, 4 loosened: needs sign-off**');
    } finally {
      shallow.dispose();
    }
  });
});

describe('reading the rules at a git ref', () => {
  it('reads every file by its blob id, even one whose name holds a line break', () => {
    const odd = new TempRepo();
    try {
      odd.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\n');
      // Asked for as `<ref>:<path>` on a line of its own, this name would be cut at the break and
      // every file after it misread.
      odd.write('policies/odd\nname.yaml', ruleYaml('odd-name', 'red', { owner: 'Desk lead' }));
      odd.write('policies/zz-after.yaml', ruleYaml('zz-after', 'yellow'));
      const before = odd.commit('odd name');
      odd.write('policies/odd\nname.yaml', ruleYaml('odd-name', 'green', { owner: 'Desk lead' }));
      odd.write('policies/zz-after.yaml', ruleYaml('zz-after', 'red'));
      odd.commit('loosen the odd one');

      const result = runCli(['changes', before, '--format', 'json'], { cwd: odd.dir });
      expect(result.stderr).toBe('');
      const report = JSON.parse(result.stdout);
      expect(report.unreadable).toEqual([]);
      expect(report.colors.map((c: { id: string; from: string; to: string }) => `${c.id} ${c.from}→${c.to}`)).toEqual([
        'odd-name red→green',
        'zz-after yellow→red',
      ]);
      expect(report.colors[0].signOff).toEqual({ owner: 'Desk lead' });
    } finally {
      odd.dispose();
    }
  });

  it('reports a rule file that cannot even be opened now as unreadable, with its color at the ref', () => {
    const big = new TempRepo();
    try {
      big.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\n');
      big.write('policies/quiet.yaml', ruleYaml('quiet', 'red'));
      const before = big.commit('quiet');
      big.write('policies/quiet.yaml', `${ruleYaml('quiet', 'green')}# ${'x'.repeat(1_100_000)}\n`);
      const result = runCli(['changes', before], { cwd: big.dir });
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(
        [
          '#### Rule quiet (<code>quiet</code>)',
          '',
          '- Now: <code>policies/quiet.yaml</code> cannot be read: the file is 1075 KiB, over the limit of 1024 KiB; it was not read',
          '- At base: <code>policies/quiet.yaml</code> reads fine: ⛔ Red',
          '- Last known color: ⛔ Red (at base)',
        ].join('\n'),
      );
      expect(result.stdout).not.toContain('Removed');
    } finally {
      big.dispose();
    }
  });
});

describe('a red rule deleted', () => {
  it('needs sign-off, as a loosened color does, and names the rules that still point to it (found by a new-user trial)', () => {
    const deleting = new TempRepo();
    try {
      deleting.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\n');
      deleting.write('policies/weapons.yaml', ruleYaml('weapons', 'red', { title: 'Weapons', owner: 'Head of safety' }));
      deleting.write('policies/bags.yaml', ruleYaml('bags', 'green', { title: 'Large bags', related: ['weapons'] }));
      const first = deleting.commit('the book');
      deleting.remove('policies/weapons.yaml');
      deleting.commit('no more weapons rule');
      const report = runCli(['changes', first], { cwd: deleting.dir }).stdout;
      expect(report).toContain('**1 red or yellow rule removed: needs sign-off**');
      expect(report).toContain(
        '- Weapons (<code>weapons</code>): was ⛔ Red. **Removing it lets staff do what the rule forbade: needs sign-off** by Head of safety',
      );
      expect(report).toContain('  - Still listed in `related` by: Large bags (<code>bags</code>)');
      expect(report).not.toMatch(/· 1 removed/);
      // Compared with itself, the commit checked out shows nothing: the report says why, and what to give instead.
      const itself = runCli(['changes', 'HEAD'], { cwd: deleting.dir });
      expect(itself.stdout).toContain('No rule changed.');
      expect(itself.stderr).toContain('Note: HEAD is the commit checked out');
      expect(itself.stderr).toContain('`npm run changes -- HEAD~1`');
      expect(runCli(['changes', first], { cwd: deleting.dir }).stderr).toBe('');
    } finally {
      deleting.dispose();
    }
  });
});

describe('site settings changed', () => {
  it("are listed for the reviewer: each setting touched, a list's items added and removed, other values before and after (found by a new-user trial)", () => {
    const settings = new TempRepo();
    try {
      settings.write(
        'policies/_site.yaml',
        'organisation: Eastside Pool\ncategories: [Deck]\nsynonyms:\n  - [kid, child]\nlanguages: [en, es]\n',
      );
      settings.write('policies/towels.yaml', ruleYaml('towels', 'green', { title: 'Towels', category: 'Deck' }));
      const first = settings.commit('the book');
      settings.write(
        'policies/_site.yaml',
        'organisation: Eastside Pool & Fitness\ncategories: [Deck]\nsynonyms:\n  - [kid, child]\n  - [locker room, changing room]\nlanguages: [en, es]\ntranslations:\n  es:\n    messages:\n      home.description: Notas sobre la piscina.\n',
      );
      settings.commit('our words');
      const report = runCli(['changes', `${first}..HEAD`], { cwd: settings.dir }).stdout;
      expect(report).toContain('No rule changed.');
      expect(report).toContain('### Site settings');
      expect(report).toContain('- <code>organisation</code>: <code>Eastside Pool</code> → <code>Eastside Pool &amp; Fitness</code>');
      expect(report).toContain('- <code>synonyms</code>: added <code>\\[locker room, changing room\\]</code>');
      expect(report).toContain(
        '- <code>translations.es</code>: (none) → <code>\\{messages: \\{home.description: Notas sobre la piscina.\\}\\}</code>',
      );
      const json = JSON.parse(runCli(['changes', `${first}..HEAD`, '--format', 'json'], { cwd: settings.dir }).stdout);
      expect(json.site.map((change: { setting: string }) => change.setting)).toEqual(['organisation', 'synonyms', 'translations.es']);
      // Edited in the working tree, not committed yet: compared as the rules are.
      settings.write('policies/_site.yaml', 'organisation: Eastside Pool & Fitness\ncategories: [Deck, Pool]\n');
      expect(runCli(['changes', 'HEAD'], { cwd: settings.dir }).stdout).toContain('- <code>categories</code>: added <code>Pool</code>');
      // A book whose settings did not change says nothing of them.
      expect(runCli(['changes', `${first}..${first}`], { cwd: settings.dir }).stdout).not.toContain('Site settings');
    } finally {
      settings.dispose();
    }
  });
});
