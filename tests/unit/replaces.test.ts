// `replaces`: a rule merged into another, or split in two, names the rule it takes the place of.
// The check holds it to a rule that has left the book, and a `related` left naming the old id is
// told which rule to use instead.
import { afterAll, describe, expect, it } from 'vitest';
import { diffBooks } from '../../src/lib/changes/diff.ts';
import { formatChangesMarkdown } from '../../src/lib/changes/markdown.ts';
import { snapshotOf } from '../../src/lib/changes/snapshot.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';
import { runCli } from '../helpers/run-cli.ts';

const repos: TempRepo[] = [];
afterAll(() => {
  for (const repo of repos) repo.dispose();
});

interface Found {
  file: string;
  line: number;
  code: string;
  field: string;
  severity: string;
  message: string;
  hint?: string;
}

function check(repo: TempRepo): Found[] {
  const result = runCli(['check', '--dir', `${repo.dir}/policies`, '--format', 'json', '--today', '2026-11-29']);
  return (JSON.parse(result.stdout) as { findings: Found[] }).findings.filter((finding) => /replace|related/.test(finding.code));
}

/** A book whose phone-calls rule was folded into noise, in git. */
function mergedBook(): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\n');
  repo.write('policies/noise.yaml', ruleYaml('noise', 'green', { title: 'Noise' }));
  repo.write('policies/phone-calls.yaml', ruleYaml('phone-calls', 'green', { title: 'Phone calls' }));
  repo.write('policies/wifi.yaml', ruleYaml('wifi', 'green', { title: 'Wi-Fi' }));
  repo.commitAt('First rules', '2026-01-05T09:00:00+00:00');
  repo.remove('policies/phone-calls.yaml');
  repo.write('policies/noise.yaml', ruleYaml('noise', 'green', { title: 'Noise and calls', replaces: ['phone-calls'] }));
  repo.commitAt('Fold phone calls into noise', '2026-02-05T09:00:00+00:00');
  return repo;
}

describe('replaces', () => {
  it('is quiet for a rule that has left the book, before its removal is committed too (found by a review)', () => {
    expect(check(mergedBook())).toEqual([]);
    const repo = new TempRepo();
    repos.push(repo);
    repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\n');
    repo.write('policies/noise.yaml', ruleYaml('noise', 'green', { title: 'Noise' }));
    repo.write('policies/phone-calls.yaml', ruleYaml('phone-calls', 'green', { title: 'Phone calls' }));
    repo.commitAt('First rules', '2026-01-05T09:00:00+00:00');
    repo.remove('policies/phone-calls.yaml');
    repo.write('policies/noise.yaml', ruleYaml('noise', 'green', { title: 'Noise and calls', replaces: ['phone-calls'] }));
    expect(check(repo)).toEqual([]);
  });

  it('tells a `related` still naming the old id which rule took its place', () => {
    const repo = mergedBook();
    repo.write('policies/wifi.yaml', ruleYaml('wifi', 'green', { title: 'Wi-Fi', related: ['phone-calls'] }));
    expect(check(repo)).toEqual([
      expect.objectContaining({
        code: 'unknown-related',
        field: 'related[0]',
        hint: 'Write `noise`, which replaces `phone-calls`; or remove the entry.',
      }),
    ]);
  });

  it('says a `related` naming the rule itself links nowhere (found by a new-user trial)', () => {
    const repo = mergedBook();
    repo.write('policies/wifi.yaml', ruleYaml('wifi', 'green', { title: 'Wi-Fi', related: ['noise', 'wifi'] }));
    expect(check(repo)).toEqual([expect.objectContaining({ code: 'related-itself', field: 'related[1]', severity: 'warning' })]);
  });

  it('is an error when it names a rule still in the book, or the rule itself', () => {
    const repo = mergedBook();
    repo.write('policies/noise.yaml', ruleYaml('noise', 'green', { title: 'Noise and calls', replaces: ['phone-calls', 'wifi', 'noise'] }));
    expect(check(repo)).toEqual([
      expect.objectContaining({
        code: 'replaces-a-rule',
        field: 'replaces[1]',
        severity: 'error',
        message: expect.stringMatching(/^"wifi" is still a rule \(\S*policies\/wifi\.yaml\), so this rule cannot take its place yet$/),
      }),
      expect.objectContaining({ code: 'replaces-itself', field: 'replaces[2]', severity: 'error', hint: 'Remove the entry.' }),
    ]);
  });

  it('warns, with the nearest id that left, when git never knew the id', () => {
    const repo = mergedBook();
    repo.write('policies/noise.yaml', ruleYaml('noise', 'green', { title: 'Noise and calls', replaces: ['phone-call'] }));
    expect(check(repo)).toEqual([
      expect.objectContaining({ code: 'replaces-unknown', field: 'replaces[0]', severity: 'warning', hint: 'Did you mean `phone-calls`?' }),
    ]);
  });

  it("names, in the changes report, the rules that take a removed rule's place", () => {
    const book = (files: Record<string, string>) =>
      snapshotOf(Object.entries(files).map(([file, text]) => ({ file: `policies/${file}`, bytes: Buffer.from(text) })));
    const markdown = formatChangesMarkdown(
      diffBooks(
        book({
          'phone-calls.yaml': ruleYaml('phone-calls', 'green', { title: 'Phone calls' }),
          'noise.yaml': ruleYaml('noise', 'green', { title: 'Noise' }),
        }),
        book({ 'noise.yaml': ruleYaml('noise', 'green', { title: 'Noise and calls', replaces: ['phone-calls'] }) }),
      ),
      'main',
    );
    expect(markdown).toContain('  - Replaced by: Noise and calls (<code>noise</code>)');
  });
});
