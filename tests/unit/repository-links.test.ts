// "Edit this rule" and "Suggest a change" from `repository` in _site.yaml: GitHub and GitLab
// (gitlab.com and self-hosted), whatever way an admin pastes the address.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultBranch, FALLBACK_BRANCH, pathInRepository, repositoryTop } from '../../src/lib/default-branch.ts';
import { repositoryLinks, type RuleInRepository } from '../../src/lib/repository-links.ts';
import { TempRepo } from '../helpers/git-repo.ts';

const rule = (repository: string, more: Partial<RuleInRepository> = {}): RuleInRepository => ({
  repository,
  branch: 'main',
  path: 'policies/phone-calls.yaml',
  id: 'phone-calls',
  title: 'Phone calls in reading rooms',
  ...more,
});

/** The issue form's fields as the host reads them back. */
function issueFields(link: string): Record<string, string> {
  return Object.fromEntries(new URL(link).searchParams);
}

describe('on GitHub', () => {
  it('edits the file on the branch and opens a new issue with the rule filled in', () => {
    const links = repositoryLinks(rule('https://github.com/riverside-library/rules'))!;
    expect(links.host).toBe('github');
    expect(links.edit).toBe('https://github.com/riverside-library/rules/edit/main/policies/phone-calls.yaml');
    expect(links.suggest.startsWith('https://github.com/riverside-library/rules/issues/new?title=')).toBe(true);
    // Each change's commit, and the file's whole history, for an auditor (found by a new-user trial).
    expect(links.history).toBe('https://github.com/riverside-library/rules/commits/main/policies/phone-calls.yaml');
    expect(links.commit).toBe('https://github.com/riverside-library/rules/commit/');
    expect(issueFields(links.suggest)).toEqual({
      title: 'Suggestion for "Phone calls in reading rooms" (phone-calls)',
      body: 'Rule: Phone calls in reading rooms\nId: phone-calls\nFile: policies/phone-calls.yaml\n\nWhat should change, and why? (A situation at the desk helps.)\n',
    });
  });

  it.each([
    ['a trailing slash', 'https://github.com/riverside-library/rules/'],
    ['a .git suffix', 'https://github.com/riverside-library/rules.git'],
    ['both', 'https://github.com/riverside-library/rules.git/'],
    ['a page of the repository pasted from the browser', 'https://github.com/riverside-library/rules/tree/main/policies'],
    ['spaces around it', '  https://github.com/riverside-library/rules  '],
  ])('reads an address with %s', (_, repository) => {
    expect(repositoryLinks(rule(repository))!.edit).toBe('https://github.com/riverside-library/rules/edit/main/policies/phone-calls.yaml');
  });

  it('treats a GitHub Enterprise host named github.<domain> as GitHub', () => {
    expect(repositoryLinks(rule('https://github.riverside.org/library/rules'))!.edit).toBe(
      'https://github.riverside.org/library/rules/edit/main/policies/phone-calls.yaml',
    );
  });
});

describe('on GitLab', () => {
  it('edits the file with /-/edit/ and opens a new issue with issue[title] and issue[description]', () => {
    const links = repositoryLinks(rule('https://gitlab.com/riverside/rules'))!;
    expect(links.host).toBe('gitlab');
    expect(links.edit).toBe('https://gitlab.com/riverside/rules/-/edit/main/policies/phone-calls.yaml');
    expect(links.history).toBe('https://gitlab.com/riverside/rules/-/commits/main/policies/phone-calls.yaml');
    expect(links.commit).toBe('https://gitlab.com/riverside/rules/-/commit/');
    expect(links.suggest).toMatch(/^https:\/\/gitlab\.com\/riverside\/rules\/-\/issues\/new\?issue%5Btitle%5D=/);
    const fields = issueFields(links.suggest);
    expect(fields['issue[title]']).toBe('Suggestion for "Phone calls in reading rooms" (phone-calls)');
    expect(fields['issue[description]']).toContain('Id: phone-calls\nFile: policies/phone-calls.yaml\n');
  });

  it('keeps sub-groups, and a self-hosted instance under any name', () => {
    expect(repositoryLinks(rule('https://git.riverside.org/library/policy/rules.git/'))!.edit).toBe(
      'https://git.riverside.org/library/policy/rules/-/edit/main/policies/phone-calls.yaml',
    );
  });

  it('reads an address pasted from a page of the project (/-/tree/…)', () => {
    expect(repositoryLinks(rule('https://gitlab.com/riverside/rules/-/tree/main/policies'))!.edit).toBe(
      'https://gitlab.com/riverside/rules/-/edit/main/policies/phone-calls.yaml',
    );
  });
});

describe('odd files, branches and titles', () => {
  it('a rule in a sub-folder, with a space and a # in its path, keeps its folders and encodes the rest', () => {
    const links = repositoryLinks(rule('https://github.com/o/r', { path: 'policies/spaces & rooms/#1 phone-calls.yaml' }))!;
    expect(links.edit).toBe('https://github.com/o/r/edit/main/policies/spaces%20%26%20rooms/%231%20phone-calls.yaml');
    expect(new URL(links.edit).hash).toBe('');
  });

  it('a Windows path and a leading ./ become a repository path', () => {
    expect(repositoryLinks(rule('https://gitlab.com/o/r', { path: '.\\policies\\spaces\\phone-calls.yaml' }))!.edit).toBe(
      'https://gitlab.com/o/r/-/edit/main/policies/spaces/phone-calls.yaml',
    );
  });

  it('a branch with a slash stays one path (release/2026)', () => {
    expect(repositoryLinks(rule('https://github.com/o/r', { branch: 'release/2026' }))!.edit).toBe(
      'https://github.com/o/r/edit/release/2026/policies/phone-calls.yaml',
    );
  });

  it('a title with &, #, +, quotes and accents arrives in the issue exactly as written', () => {
    const title = 'Food & drink: café + "snacks" #2 100%';
    for (const repository of ['https://github.com/o/r', 'https://gitlab.com/o/r']) {
      const links = repositoryLinks(rule(repository, { title }))!;
      expect(links.suggest).not.toMatch(/[ "#+]/);
      const fields = issueFields(links.suggest);
      expect(fields.title ?? fields['issue[title]']).toBe(`Suggestion for "${title}" (phone-calls)`);
    }
  });
});

describe('no links', () => {
  it.each([
    ['not an address', 'github.com/o/r'],
    ['not a web address', 'git@github.com:o/r.git'],
    ['only a host', 'https://github.com/'],
    ['only an owner', 'https://github.com/riverside-library'],
  ])('from %s', (_, repository) => {
    expect(repositoryLinks(rule(repository))).toBeUndefined();
  });
});

describe('the branch and the path, read from the clone', () => {
  it('the branch is the remote default a clone records, over the branch being built; the env variable wins', () => {
    const origin = new TempRepo();
    origin.write('policies/spaces/phone-calls.yaml', 'id: phone-calls\n');
    origin.git('checkout', '-q', '-b', 'trunk');
    origin.commit('first');
    const clone = mkdtempSync(join(tmpdir(), 'rules-clarity-clone-'));
    execFileSync('git', ['clone', '-q', origin.dir, clone]);
    execFileSync('git', ['checkout', '-q', '-b', 'my-edit'], { cwd: clone });
    const dir = join(clone, 'policies');
    expect(defaultBranch(dir, {})).toBe('trunk');
    expect(defaultBranch(dir, { RULES_REPOSITORY_BRANCH: ' develop ' })).toBe('develop');
    expect(pathInRepository('spaces/phone-calls.yaml', repositoryTop(dir), dir)).toBe('policies/spaces/phone-calls.yaml');
    // A repository that was never cloned has no remote HEAD: GitHub's and GitLab's default.
    expect(defaultBranch(join(origin.dir, 'policies'), {})).toBe(FALLBACK_BRANCH);
    rmSync(clone, { recursive: true, force: true });
    origin.dispose();
  });

  it('outside git, the rule is placed in the folder above the policy folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-clarity-nogit-'));
    expect(pathInRepository(join(dir, 'policies', 'fees', 'late-fees.yaml'), repositoryTop(join(dir, 'policies')))).toBe(
      'policies/fees/late-fees.yaml',
    );
    expect(defaultBranch(dir, {})).toBe(FALLBACK_BRANCH);
    rmSync(dir, { recursive: true, force: true });
  });
});
