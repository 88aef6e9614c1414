// A rule's history from git, on a real repository with dated commits: what the rule pages and the
// feeds are built from.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffChangeHtml } from '../../src/lib/history/describe.ts';
import { describedSubject } from '../../src/lib/history/git-log.ts';
import {
  idsByCommit,
  readHistory,
  rulesThenByCommit,
  textsDigest,
  type BookHistory,
  type RuleHistory,
} from '../../src/lib/history/history.ts';
import { parseYamlFile } from '../../src/lib/yaml-source.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';

const repo = new TempRepo();
let history: BookHistory;

function ruleData(text: string): Record<string, unknown> {
  return parseYamlFile('rule.yaml', Buffer.from(text)).source.data as Record<string, unknown>;
}

function rule(id: string): RuleHistory {
  if (!history.available) throw new Error(history.reason);
  const found = history.rules.get(id);
  if (!found) throw new Error(`no history for ${id}`);
  return found;
}

beforeAll(() => {
  repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\n');
  repo.write('policies/quiet.yaml', ruleYaml('quiet', 'red', { intent: 'Staff note: keep it calm.', public_why: 'So everyone can read.' }));
  repo.write('policies/moving.yaml', ruleYaml('moving', 'yellow'));
  repo.write('README.md', 'not a rule\n');
  repo.commitAt('Add the first rules', '2026-01-05T09:00:00+01:00');

  repo.write(
    'policies/quiet.yaml',
    ruleYaml('quiet', 'green', { intent: 'Staff note: keep it calm.', public_why: 'So everyone can read in peace.' }),
  );
  repo.commitAt('Let staff allow quiet talk', '2026-02-10T16:30:00-05:00');

  repo.git('mv', 'policies/moving.yaml', 'policies/spaces-moving.yaml');
  repo.commitAt('Sort rules into folders', '2026-03-01T08:00:00+00:00');
  repo.write('policies/spaces-moving.yaml', ruleYaml('moving', 'yellow', { rule: 'The rule moving, now longer.' }));
  repo.commitAt('Say more about moving', '2026-03-02T08:00:00+00:00');

  // A slip, mended in the next commit: the mend is compared with the rule before the slip.
  repo.write('policies/quiet.yaml', 'id: quiet\ntitle: [unclosed\n');
  repo.commitAt('Oops', '2026-03-03T08:00:00+00:00');
  repo.write(
    'policies/quiet.yaml',
    ruleYaml('quiet', 'green', {
      intent: 'Staff note: keep it calm.',
      public_why: 'So everyone can read in peace.',
      title: 'Quiet please',
    }),
  );
  repo.commitAt('Mend the quiet rule', '2026-03-04T08:00:00+00:00');
  repo.write('README.md', 'still not a rule\n');
  repo.commitAt('Edit the README', '2026-04-01T08:00:00+00:00');
  history = readHistory(join(repo.dir, 'policies'));
});

afterAll(() => repo.dispose());

describe('history of each rule from one git log', () => {
  it('gives the last change with its date as committed and its subject, newest first', () => {
    const quiet = rule('quiet');
    expect(quiet.entries.map((entry) => [entry.day, entry.subject])).toEqual([
      ['2026-03-04', 'Mend the quiet rule'],
      ['2026-02-10', 'Let staff allow quiet talk'],
      ['2026-01-05', 'Add the first rules'],
    ]);
    expect(quiet.entries[1]!.date).toBe('2026-02-10T16:30:00-05:00');
    expect(quiet.entries[2]!.added).toBe(true);
  });

  it('puts a color change first, marked as a loosening, and redlines text fields word by word', () => {
    const change = rule('quiet').entries[1]!;
    expect(change.color).toMatchObject({ from: 'red', to: 'green', loosened: true });
    const why = change.fields.find((field) => field.field === 'public_why');
    expect(why).toMatchObject({ before: 'So everyone can read.', after: 'So everyone can read in peace.' });
    // The redline is drawn when a page shows the change, word by word.
    expect(staffChangeHtml(change)).toContain(
      '<code>public_why</code>: <span class="redline">So everyone can read <ins>in peace</ins>.</span>',
    );
  });

  it("marks a translation's changed text with its language, right to left in Arabic (found by an accessibility audit)", () => {
    const entry = {
      commit: 'c1',
      date: '2026-01-01T00:00:00Z',
      day: '2026-01-01',
      subject: 's',
      added: false,
      fields: [
        { field: 'translations.ar.title', before: 'المكالمات', after: 'المكالمات الهاتفية' },
        { field: 'title', before: 'Calls', after: 'Phone calls' },
      ],
    };
    const html = staffChangeHtml(entry);
    expect(html).toContain('<code>translations.ar.title</code>: <span class="redline" lang="ar" dir="rtl">');
    expect(html).toContain('<code>title</code>: <span class="redline">');
  });

  it('compares a mending commit with the rule before the slip', () => {
    const mend = rule('quiet').entries[0]!;
    expect(mend.fields.map((field) => [field.field, field.before, field.after])).toEqual([['title', 'Rule quiet', 'Quiet please']]);
  });

  it('keeps a rule’s history when its file moves, and does not count the move as a change', () => {
    expect(rule('moving').entries.map((entry) => entry.subject)).toEqual(['Say more about moving', 'Add the first rules']);
  });

  it('keeps the public side apart: public fields only, never the staff intent', () => {
    const change = rule('quiet').entries[1]!;
    expect(change.public?.fields.map((field) => field.field)).toEqual(['why']);
    expect(JSON.stringify(rule('quiet').entries.map((entry) => entry.public))).not.toContain('Staff note');
  });

  it('follows a rule whose id changes with its file', () => {
    const other = new TempRepo();
    try {
      other.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\n');
      other.write('policies/old-id.yaml', ruleYaml('old-id', 'green'));
      other.commitAt('Add', '2025-06-01T12:00:00+00:00');
      other.remove('policies/old-id.yaml');
      other.write('policies/new-id.yaml', ruleYaml('new-id', 'green', { title: 'Rule old-id' }));
      other.commitAt('Rename', '2025-07-01T12:00:00+00:00');
      const renamed = readHistory(join(other.dir, 'policies'));
      if (!renamed.available) throw new Error(renamed.reason);
      expect(renamed.rules.has('old-id')).toBe(false);
      const entries = renamed.rules.get('new-id')!.entries;
      expect(entries.map((entry) => [entry.subject, entry.idBefore])).toEqual([
        ['Rename', 'old-id'],
        ['Add', undefined],
      ]);
    } finally {
      other.dispose();
    }
  });
});

describe('when the history cannot be told', () => {
  it('says so for a shallow clone rather than giving its one commit’s date', () => {
    const clone = mkdtempSync(join(tmpdir(), 'rules-clarity-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
      const shallow = readHistory(join(clone, 'policies'));
      expect(shallow).toMatchObject({ available: false, reason: expect.stringContaining('shallow') });
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('says so for a folder outside git', () => {
    const plain = mkdtempSync(join(tmpdir(), 'rules-clarity-nogit-'));
    try {
      expect(readHistory(plain)).toMatchObject({ available: false });
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe('merges', () => {
  it('counts a merge as one change when it lands, compared with the line it lands on, resolution included', () => {
    const merged = new TempRepo();
    try {
      merged.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\n');
      merged.write('policies/quiet.yaml', ruleYaml('quiet', 'green'));
      merged.commitAt('Add quiet', '2026-01-01T09:00:00+00:00');
      merged.git('checkout', '-q', '-b', 'proposal');
      merged.write('policies/quiet.yaml', ruleYaml('quiet', 'green', { title: 'Quiet, proposed' }));
      merged.commitAt('Propose a title', '2026-01-02T09:00:00+00:00');
      merged.git('checkout', '-q', 'main');
      merged.write('policies/quiet.yaml', ruleYaml('quiet', 'green', { title: 'Quiet, on main' }));
      merged.commitAt('Retitle on main', '2026-01-03T09:00:00+00:00');
      // The titles conflict: the merge commit resolves it with a title neither side had.
      expect(() => merged.git('merge', '-q', 'proposal')).toThrow();
      merged.write('policies/quiet.yaml', ruleYaml('quiet', 'green', { title: 'Quiet, agreed' }));
      merged.commitAt('Merge the proposal', '2026-01-04T09:00:00+00:00');
      expect(merged.git('rev-list', '--parents', '-n', '1', 'HEAD').split(' ')).toHaveLength(3);
      const result = readHistory(join(merged.dir, 'policies'));
      if (!result.available) throw new Error(result.reason);
      const quiet = result.rules.get('quiet')!;
      expect(quiet.entries.map((entry) => [entry.day, entry.subject, entry.fields.map((f) => [f.field, f.before, f.after])])).toEqual([
        ['2026-01-04', 'Merge the proposal', [['title', 'Quiet, on main', 'Quiet, agreed']]],
        ['2026-01-03', 'Retitle on main', [['title', 'Rule quiet', 'Quiet, on main']]],
        ['2026-01-01', 'Add quiet', []],
      ]);
      // What the checkout holds is the rule as last committed: its date is known.
      expect(quiet.committed).toBe(textsDigest(ruleData(ruleYaml('quiet', 'green', { title: 'Quiet, agreed' }))));
    } finally {
      merged.dispose();
    }
  });

  it("describes a pull request merged with a merge commit by its title, as GitHub writes it on the merge's second line, with its number (found by a new-user trial)", () => {
    const merged = new TempRepo();
    try {
      merged.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\n');
      merged.write('policies/quiet.yaml', ruleYaml('quiet', 'red'));
      merged.commit('Adopt the quiet rule');
      merged.git('checkout', '-q', '-b', 'loosen-quiet');
      merged.write('policies/quiet.yaml', ruleYaml('quiet', 'red', { rule: 'The rule, loosened.' }));
      merged.commit('Loosen it');
      merged.git('checkout', '-q', 'main');
      merged.git(
        'merge',
        '-q',
        '--no-ff',
        '-m',
        'Merge pull request #14 from riverside-library/loosen-quiet',
        '-m',
        'Loosen the quiet rule',
        'loosen-quiet',
      );
      const read = readHistory(join(merged.dir, 'policies'));
      if (!read.available) throw new Error(read.reason);
      expect(read.rules.get('quiet')!.entries.map((entry) => entry.subject)).toEqual([
        'Loosen the quiet rule (#14)',
        'Adopt the quiet rule',
      ]);
    } finally {
      merged.dispose();
    }
  });
});

describe("merges not made by GitHub (found by a policy clerk's trial)", () => {
  function mergedHistory(merge: (repo: TempRepo) => void): string[] {
    const merged = new TempRepo();
    try {
      merged.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\n');
      merged.write('policies/printing.yaml', ruleYaml('printing', 'yellow'));
      merged.commit('Adopt the printing rule');
      merged.git('checkout', '-q', '-b', 'loosen-printing');
      merged.write('policies/printing.yaml', ruleYaml('printing', 'green'));
      merged.commit('Let staff waive printing fees');
      merged.git('checkout', '-q', 'main');
      merge(merged);
      const read = readHistory(join(merged.dir, 'policies'));
      if (!read.available) throw new Error(read.reason);
      return read.rules.get('printing')!.entries.map((entry) => entry.subject);
    } finally {
      merged.dispose();
    }
  }

  it("names a GitLab merge request by its title and number, as GitLab writes them in the merge's message", () => {
    const subjects = mergedHistory((repo) =>
      repo.git(
        'merge',
        '-q',
        '--no-ff',
        '-m',
        "Merge branch 'loosen-printing' into 'main'",
        '-m',
        'Loosen the printing rule',
        '-m',
        'Staff may waive up to 20 pages.',
        '-m',
        'See merge request group/rules!15',
        'loosen-printing',
      ),
    );
    expect(subjects).toEqual(['Loosen the printing rule (!15)', 'Adopt the printing rule']);
  });

  it('reads the forms git and GitLab write a merge in', () => {
    expect(describedSubject("Merge branch 'feat' into scratch2", '')).toBe('Merged branch feat');
    expect(describedSubject("Merge remote-tracking branch 'origin/feat'", '# Conflicts:\n#\tpolicies/a.yaml\n')).toBe(
      'Merged branch origin/feat',
    );
    expect(describedSubject("Merge branch 'feat' into 'main'", 'See merge request group/rules!15')).toBe('Merged branch feat (!15)');
    expect(describedSubject("Merge branch 'feat'", 'Loosen the quiet rule\n\nSigned-off-by: A <a@example.org>')).toBe(
      'Loosen the quiet rule',
    );
    // Older git's conflict note, and the list merge.log writes: no title in them (found by a review).
    expect(describedSubject("Merge branch 'feat'", 'Conflicts:\n\tpolicies/x.yaml\n')).toBe('Merged branch feat');
    expect(describedSubject("Merge branch 'feat'", '* feat:\n  Loosen the printing rule\n')).toBe('Merged branch feat');
    // Not a merge's subject: kept as written.
    expect(describedSubject("Merge branch 'feat' notes into the rule", '')).toBe("Merge branch 'feat' notes into the rule");
  });

  it('names a merge made with git merge by its branch, not as "Merge branch …"', () => {
    expect(mergedHistory((repo) => repo.git('merge', '-q', '--no-ff', '--no-edit', 'loosen-printing'))).toEqual([
      'Merged branch loosen-printing',
      'Adopt the printing rule',
    ]);
  });
});

describe('the history cache between builds', () => {
  it('gives the same history from the cache, and reads git again after a new commit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-clarity-cache-'));
    const growing = new TempRepo();
    try {
      const cacheFile = join(dir, 'history.json');
      const fresh = readHistory(join(repo.dir, 'policies'), { cacheFile });
      expect(existsSync(cacheFile)).toBe(true);
      const cached = readHistory(join(repo.dir, 'policies'), { cacheFile });
      expect(cached).toEqual(fresh);
      expect(cached).toEqual(history);
      // A cache of another book (or a damaged one) changes nothing but the time taken.
      writeFileSync(cacheFile, '{"version": 2, "schema": "other", "key": "x", "rules": []}');
      expect(readHistory(join(repo.dir, 'policies'), { cacheFile })).toEqual(history);
      writeFileSync(cacheFile, 'not json');
      expect(readHistory(join(repo.dir, 'policies'), { cacheFile })).toEqual(history);

      // The cache is of one commit: the next commit is read, never the stale history.
      growing.write('policies/a.yaml', ruleYaml('a', 'green'));
      growing.commitAt('Add a', '2026-05-01T10:00:00+00:00');
      const before = readHistory(join(growing.dir, 'policies'), { cacheFile });
      growing.write('policies/a.yaml', ruleYaml('a', 'green', { title: 'A, retitled' }));
      growing.commitAt('Retitle a', '2026-05-02T10:00:00+00:00');
      const after = readHistory(join(growing.dir, 'policies'), { cacheFile });
      if (!before.available || !after.available) throw new Error('no history');
      expect(before.rules.get('a')!.entries.map((entry) => entry.subject)).toEqual(['Add a']);
      expect(after.rules.get('a')!.entries.map((entry) => entry.subject)).toEqual(['Retitle a', 'Add a']);
    } finally {
      growing.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('rules that leave', () => {
  it('lists a deleted rule with its last text, a new id as a move, a public rule made staff-only as gone from the public, and forgets a rule that comes back', () => {
    const leaving = new TempRepo();
    const dir = mkdtempSync(join(tmpdir(), 'rules-clarity-gone-cache-'));
    try {
      leaving.write(
        'policies/food.yaml',
        ruleYaml('food', 'green', { intent: 'Staff: crumbs bring mice.', public_why: 'To keep the books clean.' }),
      );
      leaving.write('policies/naps.yaml', ruleYaml('naps', 'red'));
      leaving.write('policies/old-id.yaml', ruleYaml('old-id', 'yellow'));
      leaving.write('policies/toys.yaml', ruleYaml('toys', 'green'));
      leaving.commitAt('Adopt', '2026-01-01T10:00:00+00:00');
      leaving.remove('policies/food.yaml');
      leaving.remove('policies/naps.yaml');
      leaving.commitAt('Retire food and naps', '2026-02-01T10:00:00+00:00');
      // The same rule under a new id (the changes report pairs them by their text).
      const sameText = {
        title: 'Rule old-id',
        rule: 'The rule old-id.',
        intent: 'Why old-id exists.',
        public_wording: 'You are welcome, old-id.',
      };
      leaving.write('policies/new-id.yaml', ruleYaml('new-id', 'yellow', sameText));
      leaving.remove('policies/old-id.yaml');
      leaving.write('policies/toys.yaml', ruleYaml('toys', 'green', { public: false }));
      leaving.commitAt('Rename, and keep toys for staff', '2026-03-01T10:00:00+00:00');
      leaving.write('policies/naps.yaml', ruleYaml('naps', 'red'));
      leaving.commitAt('Naps are back', '2026-04-01T10:00:00+00:00');

      const cacheFile = join(dir, 'history.json');
      const read = readHistory(join(leaving.dir, 'policies'), { cacheFile });
      if (!read.available) throw new Error(read.reason);
      const removed = read.gone.removed.map(({ id, day, subject, movedTo }) => ({ id, day, subject, movedTo }));
      expect(removed).toEqual([
        { id: 'food', day: '2026-02-01', subject: 'Retire food and naps', movedTo: undefined },
        { id: 'old-id', day: '2026-03-01', subject: 'Rename, and keep toys for staff', movedTo: 'new-id' },
      ]);
      expect(read.gone.removed[0]!.data.intent).toBe('Staff: crumbs bring mice.');
      expect(read.gone.unpublished.map(({ id, movedTo }) => ({ id, movedTo }))).toEqual([
        { id: 'food', movedTo: undefined },
        { id: 'old-id', movedTo: 'new-id' },
        { id: 'toys', movedTo: undefined },
      ]);
      // The public side holds public fields only (the intent is public only for a rule without public_why).
      expect(read.gone.unpublished[0]!.data).not.toHaveProperty('intent');
      expect(read.gone.unpublished[0]!.data).toHaveProperty('public_why', 'To keep the books clean.');
      expect(JSON.stringify(read.gone.unpublished)).not.toContain('crumbs');
      // Read again from the cache: the same.
      expect(readHistory(join(leaving.dir, 'policies'), { cacheFile })).toEqual(read);
    } finally {
      leaving.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the id a rule had at each commit', () => {
  it('is its id now back to the commit that gave it, and its old id before', () => {
    const entries = [{ commit: 'c3' }, { commit: 'c2', idBefore: 'lost-card' }, { commit: 'c1' }];
    expect([...idsByCommit('replacement-card', entries)]).toEqual([
      ['c3', 'replacement-card'],
      ['c2', 'replacement-card'],
      ['c1', 'lost-card'],
    ]);
  });
});

describe('a rule as it was at each commit (found by a new-user trial: a change made while a rule was red was filed under yellow)', () => {
  it('is the rule now back to the commit that changed its color or topic, and what it was before', () => {
    const loosened = { id: 'x', title: 'X', from: 'red', to: 'yellow', loosened: true };
    const entries = [
      { commit: 'c4', fields: [] },
      { commit: 'c3', color: loosened, fields: [] },
      { commit: 'c2', fields: [{ field: 'category', before: 'Spaces', after: 'Children' }] },
      { commit: 'c1', fields: [] },
    ];
    expect(Object.fromEntries(rulesThenByCommit({ color: 'yellow', category: 'Children' }, entries))).toEqual({
      c4: { color: 'yellow', category: 'Children', before: {} },
      c3: { color: 'yellow', category: 'Children', before: { color: 'red' } },
      c2: { color: 'red', category: 'Children', before: { category: 'Spaces' } },
      c1: { color: 'red', category: 'Spaces', before: {} },
    });
  });
});
