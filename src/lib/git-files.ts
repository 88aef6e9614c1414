import { spawnSync } from 'node:child_process';
import { join, relative, sep } from 'node:path';
import type { InputFile } from './load-book.ts';
import { isRulePath } from './policy-files.ts';
import { parseUnifiedDiff, type ChangedLines } from './unified-diff.ts';

/** A git problem the user can fix, with the fix in the message. */
export class GitError extends Error {
  override name = 'GitError';
}

export function git(args: string[], cwd: string, input?: string): Buffer {
  // `-c core.quotePath=true` pins the one output format that depends on settings and is parsed here.
  const result = spawnSync('git', ['-c', 'core.quotePath=true', ...args], { cwd, input, maxBuffer: 1024 * 1024 * 1024 });
  if (result.error) throw new GitError(`could not run git: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(result.stderr.toString('utf8').trim() || `git ${args[0]} failed`);
  return result.stdout;
}

/** Whether `dir` is in a shallow clone (`git clone --depth 1`, as many hosts' builds make). */
export function isShallowClone(dir: string): boolean {
  return git(['rev-parse', '--is-shallow-repository'], dir).toString('utf8').trim() === 'true';
}

/**
 * What to do about a ref git does not know: in a shallow checkout (CI) fetch it; in a full one it
 * is likely a branch named otherwise (`git init` still makes `master` in many setups), so name the
 * branches there are.
 */
function unknownRefHelp(dir: string, ref: string): string {
  const fetchIt = `In a shallow checkout (CI), fetch it first: git fetch --depth=1 origin ${ref}`;
  try {
    if (isShallowClone(dir)) return fetchIt;
    const branches = git(['for-each-ref', '--format=%(refname:short)', 'refs/heads'], dir).toString('utf8').split('\n').filter(Boolean);
    return branches.length > 0 ? `The branches here are: ${branches.join(', ')}.` : fetchIt;
  } catch {
    return fetchIt;
  }
}

/** Where `dir` sits in its repository, or a GitError that says what to do. */
function repositoryOf(dir: string, ref: string): { prefix: string } {
  try {
    git(['rev-parse', '--is-inside-work-tree'], dir);
  } catch {
    throw new GitError(`${dir} is not inside a git repository`);
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], dir);
  } catch {
    throw new GitError(`git does not know "${ref}". ${unknownRefHelp(dir, ref)}`);
  }
  // The folder's path from the top of the repository, as git names files: `policies/`.
  return { prefix: git(['rev-parse', '--show-prefix'], dir).toString('utf8').trim() };
}

/** Names a path of the policy folder (relative to it) as readPolicyFolder does: relative to `cwd`. */
export function shownName(dir: string, inFolder: string, cwd: string): string {
  return relative(cwd, join(dir, inFolder)).split(sep).join('/');
}

/**
 * The rule files of the policy folder `dir` as they were at `ref`, read in one `git cat-file
 * --batch` call (one process however many files). Names are shown relative to `cwd`. Files are
 * listed with `-z` and fetched by blob id, so any file name git can store (even one with a line
 * break) is read correctly. Links and submodules are left out: they hold no rule text.
 */
export function policyFilesAt(dir: string, ref: string, cwd = process.cwd()): InputFile[] {
  const { prefix } = repositoryOf(dir, ref);
  const entries = parseLsTree(git(['ls-tree', '-r', '-z', '--full-name', ref, '--', '.'], dir))
    .filter((entry) => entry.type === 'blob' && entry.mode !== '120000')
    .map((entry) => ({ ...entry, inFolder: entry.path.slice(prefix.length) }))
    .filter((entry) => entry.path.startsWith(prefix) && isRulePath(entry.inFolder));
  const blobs = readBlobs(
    dir,
    entries.map((entry) => entry.oid),
  );
  return entries.map((entry, index) => ({ file: shownName(dir, entry.inFolder, cwd), bytes: blobs[index]! }));
}

interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  path: string;
}

/** `git ls-tree -z` output: `<mode> <type> <oid>\t<path>\0` per entry; the path is verbatim. */
/** The text of the policy folder's site settings (`_site.yaml`) at `ref`, or undefined where it has none. */
export function siteSettingsAt(dir: string, ref: string, names: readonly string[]): string | undefined {
  const { prefix } = repositoryOf(dir, ref);
  const entry = parseLsTree(git(['ls-tree', '-z', '--full-name', ref, '--', ...names], dir)).find(
    (found) => found.type === 'blob' && names.some((name) => found.path === `${prefix}${name}`),
  );
  return entry === undefined ? undefined : readBlobs(dir, [entry.oid])[0]!.toString('utf8');
}

function parseLsTree(output: Buffer): TreeEntry[] {
  return output
    .toString('utf8')
    .split('\0')
    .filter((line) => line !== '')
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode = '', type = '', oid = ''] = line.slice(0, tab).split(' ');
      return { mode, type, oid, path: line.slice(tab + 1) };
    });
}

/** The contents of blobs by object id, in one `git cat-file --batch` process. */
export function readBlobs(dir: string, oids: readonly string[]): Buffer[] {
  if (oids.length === 0) return [];
  // --buffer: git writes the objects in large blocks, not one flush per object.
  const output = git(['cat-file', '--batch', '--buffer'], dir, oids.map((oid) => `${oid}\n`).join(''));
  const blobs: Buffer[] = [];
  let offset = 0;
  for (const oid of oids) {
    const headerEnd = output.indexOf(0x0a, offset);
    // `<oid> blob <size>`, or `<oid> missing` when the object is not in this clone.
    const header = output.subarray(offset, headerEnd).toString('utf8').split(' ');
    if (header[1] !== 'blob')
      throw new GitError(`git could not read the file ${oid} (${header.slice(1).join(' ')}); fetch the full history of the ref`);
    const size = Number(header[2]);
    const start = headerEnd + 1;
    blobs.push(output.subarray(start, start + size));
    offset = start + size + 1;
  }
  return blobs;
}

/**
 * Where the branch checked out left `ref` (`git merge-base <ref> HEAD`, the commit git's
 * `ref...HEAD` compares with), or undefined when git cannot tell: a shallow clone without the
 * history in between, or histories with nothing in common.
 */
export function mergeBase(dir: string, ref: string): string | undefined {
  try {
    return git(['merge-base', ref, 'HEAD'], dir).toString('utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Lines of the policy folder's files that differ from where the current branch left `ref` (their
 * merge base): committed, staged and unsaved-to-git edits alike, and every line of a file git does
 * not track yet. Keyed by file name as shown relative to `cwd`.
 */
export function changedLinesSince(dir: string, ref: string, cwd = process.cwd()): ChangedLines {
  const { prefix } = repositoryOf(dir, ref);
  const base = mergeBase(dir, ref);
  if (base === undefined)
    throw new GitError(
      `git cannot find where this branch left "${ref}". In CI, check out the full history (actions/checkout with fetch-depth: 0)`,
    );
  // Renames are followed so that moving a file does not count its old text as new, and spaces and
  // line endings at a line's end do not write it: a web editor that saved a file with CRLF, or
  // trailing spaces added to a title, had made an old jargon warning on it this change's error
  // (found by an administrator's trial). Indents still count: one changed can move a line into
  // another field's text (found by a review). External diff tools, text conversions and user
  // prefixes are turned off: the output must be git's own.
  const patch = git(
    [
      'diff',
      '--unified=0',
      '--ignore-space-at-eol',
      '--ignore-cr-at-eol',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--find-renames',
      '--no-relative',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      base,
      '--',
      '.',
    ],
    dir,
  );
  const changed: ChangedLines = new Map();
  for (const [path, ranges] of parseUnifiedDiff(patch)) {
    if (path.startsWith(prefix)) changed.set(shownName(dir, path.slice(prefix.length), cwd), ranges);
  }
  const untracked = git(['ls-files', '-z', '--others', '--exclude-standard', '--full-name', '--', '.'], dir).toString('utf8').split('\0');
  for (const path of untracked) {
    if (path !== '' && path.startsWith(prefix)) changed.set(shownName(dir, path.slice(prefix.length), cwd), [{ start: 1, end: Infinity }]);
  }
  return changed;
}
