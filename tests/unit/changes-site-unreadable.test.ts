// `_site.yaml` broken in a pull request: told under "Cannot be read" with the YAML error's line,
// as a rule file is, where it had been a site-settings bullet holding the whole file, cut short
// (found by a reviewer's trial).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';

const repo = new TempRepo();
const SITE = 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es]\n';
const BROKEN = 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es, ar\n';
let first = '';

beforeAll(() => {
  repo.write('policies/_site.yaml', SITE);
  repo.write('policies/towels.yaml', ruleYaml('towels', 'green', { title: 'Towels' }));
  first = repo.commit('the book');
});

afterAll(() => repo.dispose());

describe('site settings that cannot be read', () => {
  it('are told first, with the line of the mistake, and not compared setting by setting', () => {
    repo.write('policies/_site.yaml', BROKEN);
    const result = runCli(['changes', 'HEAD'], { cwd: repo.dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        '## Rule book changes since <code>HEAD</code>',
        '',
        '**The site settings cannot be read: need attention**',
        '',
        'No rule changed.',
        '',
        '### Cannot be read: needs attention',
        '',
        '#### Site settings (<code>policies/\\_site.yaml</code>)',
        '',
        '- Now: <code>policies/\\_site.yaml</code> cannot be read: line 3: languages: the list that starts with \\`\\[\\` here has no closing \\`\\]\\`',
        '- At base: <code>policies/\\_site.yaml</code> reads fine',
        '- The report cannot show which settings changed until the file reads; `npm run check` shows where and how to fix it.',
        '',
      ].join('\n'),
    );
    const json = JSON.parse(runCli(['changes', 'HEAD', '--format', 'json'], { cwd: repo.dir }).stdout);
    expect(json.site).toBeUndefined();
    expect(json.siteUnreadable.after.problem).toBe('line 3: languages: the list that starts with `[` here has no closing `]`');
  });

  it('come before unreadable rules and rule changes, and a fix is told as at base', () => {
    repo.write('policies/towels.yaml', ruleYaml('towels', 'yellow', { title: 'Towels' }));
    const broken = runCli(['changes', 'HEAD'], { cwd: repo.dir }).stdout;
    expect(broken.split('\n')[2]).toBe('**The site settings cannot be read: need attention** · **1 color change** · 1 changed');
    expect(broken.indexOf('#### Site settings')).toBeLessThan(broken.indexOf('### Color changes'));
    repo.commit('broken settings');
    repo.write('policies/_site.yaml', SITE);
    repo.commit('fixed settings');
    const fixed = runCli(['changes', `${first}..HEAD`], { cwd: repo.dir }).stdout;
    expect(fixed).not.toContain('cannot be read');
    const fixing = runCli(['changes', 'HEAD~1..HEAD'], { cwd: repo.dir }).stdout;
    expect(fixing).toContain(
      '- Now: <code>policies/\\_site.yaml</code> reads fine\n- At base: <code>policies/\\_site.yaml</code> cannot be read: line 3:',
    );
    expect(fixing).not.toContain('\n### Site settings');
  });
});
