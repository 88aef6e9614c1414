// A branch made before main moved on: `changes main` compares with where the branch left main
// (their merge base), as `check --changed-since` does, not with main's tip, whose newer changes
// had been reported, reversed, as the pull request's (found by a reviewer's trial).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';

const repo = new TempRepo();
let leftAt = '';

// The wording last, a few lines from what main changes, so that the branch merges cleanly.
const phone = (color: 'red' | 'green', wording: string) =>
  `${ruleYaml('phone-calls', color, { title: 'Phone calls', public_wording: undefined, owner: 'Head of services', tags: ['mobile'], adopted: '2024-05-14' })}public_wording: ${wording}\n`;

beforeAll(() => {
  repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\n');
  repo.write('policies/phone-calls.yaml', phone('green', 'Take calls in the lobby.'));
  leftAt = repo.commit('the book');
  repo.git('checkout', '-q', '-b', 'wording');
  repo.write('policies/phone-calls.yaml', phone('green', 'You are welcome to take calls in the lobby.'));
  repo.commit('Friendlier wording for phone calls');
  // Meanwhile main turns the rule red.
  repo.git('checkout', '-q', 'main');
  repo.write('policies/phone-calls.yaml', phone('red', 'Take calls in the lobby.'));
  repo.commit('Phone calls are red now');
  repo.git('checkout', '-q', 'wording');
});

afterAll(() => repo.dispose());

describe('a branch compared with the branch it left', () => {
  it('reports only what the branch changed, and says which commit it compared with', () => {
    const result = runCli(['changes', 'main'], { cwd: repo.dir });
    expect(result.stderr).toBe('');
    const short = repo.git('rev-parse', '--short', leftAt);
    expect(result.stdout.split('\n').slice(0, 4)).toEqual([
      '## Rule book changes since <code>main</code>',
      '',
      `Compared with where this branch left <code>main</code>, <code>${short}</code>: what <code>main</code> changed since then is not this branch's and is not shown.`,
      '',
    ]);
    expect(result.stdout).toContain('1 changed');
    expect(result.stdout).toContain('**Public wording** (<code>public\\_wording</code>)');
    // main's own change, reversed, is not the branch's.
    expect(result.stdout).not.toContain('Color');
    expect(result.stdout).not.toContain('sign-off');
    const json = JSON.parse(runCli(['changes', 'main', '--format', 'json'], { cwd: repo.dir }).stdout);
    expect(json.base).toBe(leftAt);
    expect(json.colors).toEqual([]);
  });

  it('keeps `a..b` as written: the tip of each', () => {
    const report = runCli(['changes', 'main..wording'], { cwd: repo.dir }).stdout;
    expect(report).not.toContain('Compared with where');
    expect(report).toContain('| Phone calls (<code>phone-calls</code>) | ⛔ Red | 🟢 Green |');
  });

  it("reads as before in a pull request's merge commit (GitHub CI), whose merge base is the base's tip", () => {
    repo.git('checkout', '-q', '--detach', 'main');
    try {
      repo.git('merge', '-q', '--no-ff', '--no-edit', 'wording');
      const report = runCli(['changes', 'main'], { cwd: repo.dir });
      expect(report.stderr).toBe('');
      expect(report.stdout).not.toContain('Compared with where');
      expect(report.stdout).toContain('1 changed');
      expect(report.stdout).not.toContain('Color');
    } finally {
      repo.git('checkout', '-q', 'wording');
    }
  });
});
