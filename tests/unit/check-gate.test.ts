// The pull-request gate, `rules-clarity check --changed-since <ref>`, on a real git repository:
// an editor opens a branch from main, edits rules, and CI runs the check against main.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';

const repo = new TempRepo();
const gate = (...args: string[]) => runCli(['check', '--changed-since', 'main', '--today', '2026-11-25', ...args], { cwd: repo.dir });

// "Patrons" is library jargon (a warning) in text that was there before the branch.
const OLD_WARNING = ruleYaml('old-warning', 'green', { public_wording: 'Patrons can sit anywhere.' });

beforeAll(() => {
  repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\n');
  repo.write('policies/old-warning.yaml', OLD_WARNING);
  repo.write('policies/quiet.yaml', ruleYaml('quiet', 'green', { public_wording: 'You are welcome to talk in the lobby.' }));
  repo.commit('the book on main');
});

afterAll(() => repo.dispose());

// Each test is a new branch from main.
let branch = 0;
beforeEach(() => {
  repo.git('checkout', '-q', '-f', 'main');
  repo.git('clean', '-q', '-fd');
  repo.git('checkout', '-q', '-b', `edit-${++branch}`);
});

describe('check --changed-since (the pull-request gate)', () => {
  it('fails when a changed line brings a new wording warning', () => {
    repo.write('policies/quiet.yaml', ruleYaml('quiet', 'green', { public_wording: 'No talking in the reading room.' }));
    repo.commit('tighten the wording');
    const result = gate();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      [
        'policies/quiet.yaml:7:18 public_wording: "No talking" tells people what they cannot do (on a line this change writes)',
        '    6 | intent: "Why quiet exists."',
        '  > 7 | public_wording: "No talking in the reading room."',
        '      |                  ^^^^^^^^^^',
      ].join('\n'),
    );
    expect(result.stdout).toContain(
      'error (forbidding-wording). Fix: Say what people can do, and where or when, rather than "No talking": for example "You\'re welcome to take calls in the lobby" rather than "No phone calls". If the wording must stay, allow it under `wording_ok` with a reason.',
    );
    // The old warning, on a line the branch did not touch, stays a warning.
    expect(result.stdout).toContain('policies/old-warning.yaml:7:18 public_wording: "Patrons" is library jargon\n');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      // The file with the error is named in the last line, after a list where warnings come between.
      '✖ 1 error in 1 file (policies/quiet.yaml), 1 warning. 2 files checked; 1 valid rule (0 red, 0 yellow, 1 green).',
    );
  });

  it('fails when a changed line pastes in Markdown, which pages would show as typed', () => {
    repo.write('policies/quiet.yaml', ruleYaml('quiet', 'green', { public_wording: 'You are **welcome** to talk in the lobby.' }));
    repo.commit('stress the welcome');
    const result = gate();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'policies/quiet.yaml:7:26 public_wording: `**welcome**` is Markdown bold: pages and signs show text exactly as written, so the marks would show (on a line this change writes)',
    );
    expect(result.stdout).toContain('error (markup-in-text).');
  });

  it('passes when the same warning sits on a line the change leaves alone', () => {
    repo.write('policies/old-warning.yaml', OLD_WARNING.replace('Why old-warning exists.', 'Everyone finds a seat.'));
    repo.commit('reword the intent only');
    const result = gate();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('policies/old-warning.yaml:7:18 public_wording: "Patrons" is library jargon\n');
    expect(result.stdout).toContain('  warning (jargon).');
  });

  it('passes a new warning that the rule allows with wording_ok', () => {
    repo.write(
      'policies/quiet.yaml',
      ruleYaml('quiet', 'green', {
        public_wording: 'Patrons of the arts meet in the lobby.',
        wording_ok: [{ check: 'jargon', word: 'Patrons', why: 'The name of the friends group.' }],
      }),
    );
    repo.commit('name the friends group');
    const result = gate();
    expect(result.stdout).toMatch(/^⚠ 0 errors, 1 warning\./m);
    expect(result.status).toBe(0);
  });

  it('counts edits not yet committed and files git does not track yet', () => {
    repo.write('policies/new-rule.yaml', ruleYaml('new-rule', 'green', { public_wording: 'Patrons may borrow games.' }));
    repo.write('policies/quiet.yaml', ruleYaml('quiet', 'green', { public_wording: 'No talking in the reading room.' }));
    const result = gate('--format', 'json');
    expect(result.status).toBe(1);
    expect(
      JSON.parse(result.stdout)
        .findings.filter((f: { severity: string }) => f.severity === 'error')
        .map((f: { file: string; line: number; code: string }) => `${f.file}:${f.line} ${f.code}`),
    ).toEqual(['policies/new-rule.yaml:7 jargon', 'policies/quiet.yaml:7 forbidding-wording']);
  });

  it("does not count a line whose words are as they were: trailing spaces, CRLF line endings (found by an administrator's trial)", () => {
    repo.write('policies/old-warning.yaml', OLD_WARNING.replace('anywhere."', 'anywhere."   ').replaceAll('\n', '\r\n'));
    repo.commit('saved from a web editor');
    const result = gate();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('policies/old-warning.yaml:7:18 public_wording: "Patrons" is library jargon\n');
    expect(result.stdout).not.toContain('on a line this change writes');
  });

  it('does not count text that only moved to another folder', () => {
    repo.write('policies/sub/.keep', '');
    repo.git('mv', 'policies/old-warning.yaml', 'policies/sub/old-warning.yaml');
    repo.commit('move a rule');
    const result = gate();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('policies/sub/old-warning.yaml:7:18 public_wording: "Patrons" is library jargon\n');
  });

  it("lists the findings of the files the change touched first, so the first annotations on the pull request are its own (found by a reviewer's trial)", () => {
    // "zzz" sorts after "old-warning": by file name, the untouched file's warning came first.
    repo.write('policies/zzz-new.yaml', ruleYaml('zzz-new', 'green', { public_wording: 'Patrons are welcome in the lobby.' }));
    repo.commit('add a rule');
    const result = gate('--format', 'github');
    const files = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('::'))
      .map((line) => /file=([^,]+)/.exec(line)?.[1]);
    expect(files.indexOf('policies/zzz-new.yaml')).toBeGreaterThanOrEqual(0);
    expect(files.indexOf('policies/zzz-new.yaml')).toBeLessThan(files.indexOf('policies/old-warning.yaml'));
    // An error in a file the change did not touch comes first all the same (found by a review).
    repo.write('policies/aaa-broken.yaml', ruleYaml('aaa-broken', 'green', { related: ['no-such-rule'] }));
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'a broken rule on the branch');
    repo.write('policies/zzz-new.yaml', ruleYaml('zzz-new', 'green', { public_wording: 'Patrons are welcome in the foyer.' }));
    const broken = runCli(['check', '--changed-since', 'HEAD', '--today', '2026-11-25', '--format', 'github'], { cwd: repo.dir })
      .stdout.split('\n')
      .filter((line) => line.startsWith('::'));
    expect(broken[0]).toMatch(/^::error file=policies\/aaa-broken\.yaml/);
    // Without --changed-since, by file name as always.
    const all = runCli(['check', '--today', '2026-11-25', '--format', 'github'], { cwd: repo.dir }).stdout;
    expect(all.indexOf('policies/old-warning.yaml')).toBeLessThan(all.indexOf('policies/zzz-new.yaml'));
  });

  it('leaves warnings as they are without --changed-since', () => {
    repo.write('policies/quiet.yaml', ruleYaml('quiet', 'green', { public_wording: 'No talking in the reading room.' }));
    repo.commit('tighten the wording');
    expect(runCli(['check', '--today', '2026-11-25'], { cwd: repo.dir }).status).toBe(0);
  });

  it('says what to do when git does not know the ref, or cannot find where the branch started', () => {
    const unknown = gate('--changed-since', 'no-such-branch');
    expect(unknown.status).toBe(2);
    // A full clone: likely a branch named otherwise ("main" in a repository whose branch is "master"),
    // so the branches there are named (a shallow one is told to fetch: changes.test.ts).
    expect(unknown.stderr).toMatch(
      /^rules-clarity: --changed-since: git does not know "no-such-branch"\. The branches here are: [^\n]*main[^\n]*\.\n$/,
    );

    repo.git('checkout', '-q', '--orphan', `unrelated-${branch}`);
    repo.commit('a history of its own');
    const unrelated = runCli(['check', '--changed-since', 'main'], { cwd: repo.dir });
    expect(unrelated.status).toBe(2);
    expect(unrelated.stderr).toBe(
      'rules-clarity: --changed-since: git cannot find where this branch left "main". In CI, check out the full history (actions/checkout with fetch-depth: 0)\n',
    );
  });
});
