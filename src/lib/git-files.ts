import { spawnSync } from 'node:child_process';
import { join, relative, sep } from 'node:path';
import type { InputFile } from './load-book.ts';
import { isRulePath } from './policy-files.ts';

/** A git problem the user can fix, with the fix in the message. */
export class GitError extends Error {
  override name = 'GitError';
}

function git(args: string[], cwd: string, input?: string): Buffer {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: 1024 * 1024 * 1024 });
  if (result.error) throw new GitError(`could not run git: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(result.stderr.toString('utf8').trim() || `git ${args[0]} failed`);
  return result.stdout;
}

/**
 * The rule files of the policy folder `dir` as they were at `ref`, read in one `git cat-file
 * --batch` call (one process however many files). Names are shown relative to `cwd`.
 */
export function policyFilesAt(dir: string, ref: string, cwd = process.cwd()): InputFile[] {
  try {
    git(['rev-parse', '--is-inside-work-tree'], dir);
  } catch {
    throw new GitError(`${dir} is not inside a git repository`);
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], dir);
  } catch {
    throw new GitError(`git does not know "${ref}". In a shallow checkout (CI), fetch it first: git fetch --depth=1 origin ${ref}`);
  }
  const top = git(['rev-parse', '--show-toplevel'], dir).toString('utf8').trim();
  const prefix = git(['rev-parse', '--show-prefix'], dir).toString('utf8').trim();
  const paths = git(['ls-tree', '-r', '-z', '--full-name', '--name-only', ref, '--', '.'], dir)
    .toString('utf8')
    .split('\0')
    .filter((path) => path !== '' && isRulePath(path.slice(prefix.length)));
  if (paths.length === 0) return [];
  const output = git(['cat-file', '--batch'], dir, paths.map((path) => `${ref}:${path}\n`).join(''));
  const files: InputFile[] = [];
  let offset = 0;
  for (const path of paths) {
    const headerEnd = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, headerEnd).toString('utf8');
    const size = Number(header.split(' ')[2]);
    const start = headerEnd + 1;
    files.push({ file: relative(cwd, join(top, path)).split(sep).join('/'), bytes: output.subarray(start, start + size) });
    offset = start + size + 1;
  }
  return files;
}
