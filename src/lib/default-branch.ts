// Which branch "Edit this rule" opens, and where a rule file sits in its repository: read from
// the clone the site is built from, since _site.yaml names only the repository.
import { spawnSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';

/** The environment variable that names the branch when git cannot tell (CI checkouts often cannot). */
export const BRANCH_ENV = 'RULES_REPOSITORY_BRANCH';
/** GitHub's and GitLab's default for new repositories. */
export const FALLBACK_BRANCH = 'main';

function gitLine(args: string[], cwd: string): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  return result.stdout.trim() || undefined;
}

/**
 * The repository's default branch: RULES_REPOSITORY_BRANCH when set; else what the clone
 * recorded as the remote's HEAD (`git symbolic-ref refs/remotes/origin/HEAD`, set by
 * `git clone`); else `main`. Never the branch being built: a pull request's branch goes away.
 */
export function defaultBranch(dir: string, env: Record<string, string | undefined>): string {
  const fromEnv = env[BRANCH_ENV]?.trim();
  if (fromEnv) return fromEnv;
  const ref = gitLine(['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'], dir);
  return ref?.replace(/^refs\/remotes\/origin\//, '') || FALLBACK_BRANCH;
}

/**
 * The top of the repository that holds the policy folder `dir`; outside git (a downloaded
 * archive), the folder above it, as in a repository laid out like the sample (`policies/`).
 */
export function repositoryTop(dir: string): string {
  return gitTop(dir) ?? resolve(dir, '..');
}

/** The top of the git repository that holds `dir`, or undefined outside git. */
export function gitTop(dir: string): string | undefined {
  return gitLine(['rev-parse', '--show-toplevel'], dir);
}

/** Where `file` (a path from `cwd`) sits from `top`, as the host names it: `policies/phone-calls.yaml`. */
export function pathInRepository(file: string, top: string, cwd = process.cwd()): string {
  return relative(top, resolve(cwd, file)).split(sep).join('/');
}
