// `rules-clarity changes <ref>` on a real git repository with two commits: what a reviewer sees
// in the pull-request comment.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';

const repo = new TempRepo();
let base = '';

beforeAll(() => {
  repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\n');
  repo.write('policies/unchanged.yaml', ruleYaml('unchanged', 'green'));
  repo.write('policies/to-remove.yaml', ruleYaml('to-remove', 'green'));
  repo.write('policies/old-name.yaml', ruleYaml('old-name', 'yellow', { title: 'Renamed rule', intent: 'Same intent.', public_wording: 'Same wording.', rule: 'Same rule.' }));
  for (const [id, color] of [['red-to-yellow', 'red'], ['red-to-green', 'red'], ['yellow-to-green', 'yellow'], ['green-to-yellow', 'green'], ['green-to-red', 'green'], ['yellow-to-red', 'yellow']] as const) {
    repo.write(`policies/${id}.yaml`, ruleYaml(id, color));
  }
  repo.write('policies/reworded.yaml', ruleYaml('reworded', 'green', { intent: 'Old intent.', public_wording: 'Old wording.' }));
  base = repo.commit('first version of the book');

  repo.remove('policies/to-remove.yaml');
  repo.remove('policies/old-name.yaml');
  repo.write('policies/sub/new-name.yaml', ruleYaml('new-name', 'yellow', { title: 'Renamed rule', intent: 'Same intent.', public_wording: 'Same wording.', rule: 'Same rule.' }));
  repo.write('policies/brand-new.yaml', ruleYaml('brand-new', 'red', { title: 'Brand new <b>rule</b> | with a pipe' }));
  for (const [id, color] of [['red-to-yellow', 'yellow'], ['red-to-green', 'green'], ['yellow-to-green', 'green'], ['green-to-yellow', 'yellow'], ['green-to-red', 'red'], ['yellow-to-red', 'red']] as const) {
    repo.write(`policies/${id}.yaml`, ruleYaml(id, color));
  }
  repo.write('policies/reworded.yaml', ruleYaml('reworded', 'green', { intent: 'New intent.', public_wording: 'New wording.', tags: 'x' }).replace('Up to $5.', 'Up to $20.'));
  repo.commit('second version');
});

afterAll(() => repo.dispose());

describe('the changes report', () => {
  it('prints color changes first, loosening marked for sign-off, then added, removed, renamed, changed', () => {
    const result = runCli(['changes', base], { cwd: repo.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // The whole comment, as a reviewer reads it (checked by eye once, then kept): every color
    // direction, loosening first; rule text made inert (no HTML, no table break).
    const expected = readFileSync('tests/fixtures/changes-report.md', 'utf8').replace('BASE', base);
    expect(result.stdout).toBe(expected);
  });

  it('gives the same as JSON with --format json', () => {
    const report = JSON.parse(runCli(['changes', base, '--format', 'json'], { cwd: repo.dir }).stdout);
    expect(report.version).toBe(1);
    expect(report.colors.map((c: { id: string; loosened: boolean }) => `${c.id} ${c.loosened}`)).toEqual([
      'red-to-green true', 'red-to-yellow true', 'yellow-to-green true', 'green-to-red false', 'green-to-yellow false', 'yellow-to-red false',
    ]);
    expect(report.added.map((r: { id: string }) => r.id)).toEqual(['brand-new']);
    expect(report.renamed).toEqual([{ from: 'old-name', to: 'new-name', title: 'Renamed rule' }]);
    expect(report.removed[0]).toEqual({ id: 'to-remove', title: 'Rule to-remove', color: 'green', category: 'Spaces', file: 'policies/to-remove.yaml' });
  });

  it('says so when nothing changed', () => {
    expect(runCli(['changes', 'HEAD'], { cwd: repo.dir }).stdout).toBe('## Rule book changes since `HEAD`\n\nNo rule changed.\n');
  });

  it('works on a shallow clone once the ref is fetched, and says how when it is not', () => {
    const shallow = new TempRepo();
    try {
      shallow.git('remote', 'add', 'origin', `file://${repo.dir}`);
      shallow.git('fetch', '-q', '--depth=1', 'origin', 'main');
      shallow.git('checkout', '-q', 'FETCH_HEAD');
      const missing = runCli(['changes', base], { cwd: shallow.dir });
      expect(missing.status).toBe(2);
      expect(missing.stderr).toBe(`rules-clarity: git does not know "${base}". In a shallow checkout (CI), fetch it first: git fetch --depth=1 origin ${base}\n`);
      shallow.git('fetch', '-q', '--depth=1', 'origin', base);
      const fetched = runCli(['changes', base], { cwd: shallow.dir });
      expect(fetched.status).toBe(0);
      expect(fetched.stdout).toContain('**6 color changes, 3 loosened: needs sign-off**');
    } finally {
      shallow.dispose();
    }
  });
});
