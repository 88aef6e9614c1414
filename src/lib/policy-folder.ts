// Reading a policy folder: its site settings and its rule files, as bytes, for the check.
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { bookRootOf, SITE_FILES } from './book-root.ts';
import type { InputFile } from './check-file.ts';
import { contentKey } from './cache-file.ts';
import type { Finding } from './finding.ts';
import { fileFinding } from './finding-at.ts';
import { latinSlug } from './slug.ts';
import { isRulePath, listPolicyFiles, reason } from './policy-files.ts';
import { FileChangedError, UnchangedFiles } from './unchanged-files.ts';

export { SITE_FILES };

export interface FolderReadOptions {
  /** Names are shown relative to this folder (default: the working folder). */
  cwd?: string;
  /** Larger files are refused unread (default 1 MiB): a rule is a few kilobytes. */
  maxFileBytes?: number;
  /**
   * Told how many rule files are to be read, before any is read: once they are listed and, with a
   * check cache, those unchanged since the last check are told apart by their stat.
   */
  beforeReading?: (count: number) => void;
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

export interface PolicyFolder {
  site: InputFile | undefined;
  files: InputFile[];
  /** A missing site file, unreadable files and folders, as findings. */
  problems: Finding[];
  /**
   * Rule files listed but not read (too large, unreadable, not a regular file), named as in
   * `files`: each still has the id its name gives, so rules that point at it are not blamed.
   */
  unread: string[];
}

/**
 * The site settings and every rule file of a policy folder, as bytes, named relative to `cwd`.
 * With `unchanged`, a rule file it knows unchanged is not read: it comes with its content key, and
 * its bytes are read only if something asks for them.
 */
export async function readPolicyFolder(dir: string, options: FolderReadOptions = {}, unchanged?: UnchangedFiles): Promise<PolicyFolder> {
  return (await readFolder(dir, options, unchanged, Infinity))!;
}

/** readPolicyFolder, unless more than `readAtMost` files are to be read: then nothing. */
async function readFolder(
  dir: string,
  options: FolderReadOptions,
  unchanged: UnchangedFiles | undefined,
  readAtMost: number,
): Promise<PolicyFolder | undefined> {
  const cwd = options.cwd ?? process.cwd();
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const showPath = (path: string) => relative(cwd, path).split(sep).join('/') || '.';
  // path.relative is slow enough to count at 10,000 files: each folder is shown once.
  const folders = new Map<string, string>();
  const show = (path: string) => {
    const folder = dirname(path);
    let shown = folders.get(folder);
    if (shown === undefined) folders.set(folder, (shown = showPath(folder)));
    return shown === '.' ? showPath(path) : `${shown}/${basename(path)}`;
  };
  const problems: Finding[] = [];
  const unreadable = (path: string, why: string): Finding => fileFinding(show(path), 'unreadable-file', `could not be read: ${why}`);

  const { site, problem } = readSiteFile(dir, show, maxBytes);
  if (problem) problems.push(problem);
  else if (!site) {
    // A folder of a book (policies/spaces) is no book: its rules link across the book's folders,
    // and checked alone each of those links was "no rule has the id" (found by an administrator's
    // trial). Said once, and nothing read.
    const book = bookRootOf(dirname(resolve(dir)));
    if (book) {
      const whole = showPath(book);
      const finding = fileFinding(
        show(join(dir, SITE_FILES[0])),
        'site-missing',
        `the site settings file is missing: this folder is part of the rule book in \`${whole}\`, which has it`,
      );
      return {
        site: undefined,
        files: [],
        problems: [
          {
            ...finding,
            hint: `Give the whole book's folder instead: \`--dir ${whole}\`. Its rules link across its folders, so one folder is not read alone.`,
          },
        ],
        unread: [],
      };
    }
    problems.push(fileFinding(show(join(dir, SITE_FILES[0])), 'site-missing', 'the site settings file is missing'));
  }

  const listed = await listPolicyFiles(dir);
  problems.push(...listed.problems.map((problem) => unreadable(problem.path, problem.reason)));
  for (const path of listed.misnamed) {
    const name = basename(path);
    const named = name
      .trimEnd()
      .replace(/\.txt$/i, '')
      .replace(/\.(ya?ml)$/i, (extension) => extension.toLowerCase());
    problems.push({
      ...fileFinding(
        show(path),
        'not-read-as-rule',
        `is not read as a rule, so it is missing from the site: rule files end in .yaml or .yml, in small letters`,
      ),
      hint: `Rename it to \`${named}\`${name !== named && /\.txt$/i.test(name) ? ' (your editor may hide the .txt)' : ''}.`,
    });
  }
  for (const path of listed.documents) {
    const id = latinSlug(basename(path).replace(/\.[^.]+$/, ''));
    problems.push({
      ...fileFinding(show(path), 'document-in-book', 'is a document, not a rule file: it is not read, and no page is made from it'),
      hint: `To publish it, write it as a rule: ${id ? `\`npm run new -- ${id}\`` : '`npm run new -- <id>`'} makes a rule file to fill in from it. To keep it as notes, move it into a folder whose name starts with \`_\` (\`_notes/\`), which is not read.`,
    });
  }
  const unread = listed.problems.filter(({ path }) => isRulePath(basename(path))).map(({ path }) => show(path));
  const found: { path: string; file: string; known: InputFile | undefined }[] = [];
  let toRead = 0;
  for (const path of listed.files) {
    const file = show(path);
    const known = unchanged && vouchedFor(path, file, maxBytes, unchanged);
    // Given up at once: a cold check would otherwise stat every file here for nothing.
    if (!known && ++toRead > readAtMost) return undefined;
    found.push({ path, file, known });
  }
  options.beforeReading?.(toRead);
  const files: InputFile[] = [];
  for (const { path, file, known } of found) {
    if (known) {
      files.push(known);
      continue;
    }
    const result = readLimited(path, maxBytes);
    if (result instanceof ReadFile) {
      const input: InputFile = { file, bytes: result.bytes };
      if (unchanged) unchanged.remember(path, result.stats, (input.key = contentKey(file, result.bytes)));
      files.push(input);
    } else {
      problems.push(result instanceof TooLarge ? tooLarge(file, result.size, maxBytes) : unreadable(path, reason(result)));
      unread.push(file);
    }
  }
  return { site, files, problems, unread };
}

/**
 * The policy folder as a check reads it: with a cache, the files unchanged since the last check
 * are vouched for by their stat, unread (unchanged-files.ts).
 */
export async function readForCheck(dir: string, options: FolderReadOptions & { cacheDir?: string }): Promise<PolicyFolder> {
  return (await readForCheckAtMost(dir, options, Infinity))!;
}

/**
 * readForCheck, unless more than `readAtMost` files are to be read (a cold check, whose reading is
 * left to the thread that checks): then nothing, and nothing is written.
 */
export async function readForCheckAtMost(
  dir: string,
  options: FolderReadOptions & { cacheDir?: string },
  readAtMost: number,
): Promise<PolicyFolder | undefined> {
  const unchanged = options.cacheDir === undefined ? undefined : new UnchangedFiles(options.cacheDir, dir, options.cwd ?? process.cwd());
  const folder = await readFolder(dir, options, unchanged, readAtMost);
  if (folder) unchanged?.save();
  return folder;
}

/** A rule file `unchanged` vouches for, unread; undefined when it is to be read now. */
function vouchedFor(path: string, file: string, maxBytes: number, unchanged: UnchangedFiles): InputFile | undefined {
  let stats: Stats | undefined;
  try {
    stats = statSync(path, { throwIfNoEntry: false });
  } catch {
    // Read now, to be reported as a read reports it (permission denied, a link loop…).
  }
  // Read now, to be reported as read gives it: gone, not a file, or over a lower limit than before.
  if (!stats?.isFile() || stats.size > maxBytes) return undefined;
  const key = unchanged.keyOf(path, stats);
  return key === undefined ? undefined : unreadInput({ path, maxBytes }, file, key);
}

/** Where an unread file is, and the size limit it was vouched for under. */
interface Unread {
  path: string;
  maxBytes: number;
}

/** A rule file vouched for unchanged: its bytes are read only if something asks for them. */
function unreadInput(place: Unread, file: string, key: string): InputFile {
  let bytes: Uint8Array | undefined;
  return {
    file,
    key,
    get bytes() {
      return (bytes ??= readUnchanged(place, file, key));
    },
  };
}

/**
 * The bytes of a file found unchanged, which must still be those its key was taken from. Read as
 * any rule file is (readLimited): what is there now may be a pipe, or too large.
 */
function readUnchanged({ path, maxBytes }: Unread, file: string, key: string): Uint8Array {
  const result = readLimited(path, maxBytes);
  if (result instanceof TooLarge) throw new FileChangedError(file, 'it is over the size limit');
  if (!(result instanceof ReadFile)) throw new FileChangedError(file, reason(result));
  if (contentKey(file, result.bytes) !== key) throw new FileChangedError(file);
  return result.bytes;
}

/** A file read, with what fstat said of it just before. */
class ReadFile {
  readonly bytes: Uint8Array;
  readonly stats: Stats;
  constructor(bytes: Uint8Array, stats: Stats) {
    this.bytes = bytes;
    this.stats = stats;
  }
}

/** A file refused unread because of its size. */
class TooLarge {
  readonly size: number;
  constructor(size: number) {
    this.size = size;
  }
}

function tooLarge(file: string, size: number, limit: number): Finding {
  const kib = (bytes: number) => `${Math.ceil(bytes / 1024)} KiB`;
  return fileFinding(file, 'file-too-large', `the file is ${kib(size)}, over the limit of ${kib(limit)}; it was not read`);
}

// Opening a pipe (a FIFO) for reading waits until someone writes to it. Opened non-blocking, it
// opens at once and fstat tells it apart from a file. Where the flag does not exist (Windows),
// the path is looked at before it is opened.
const NON_BLOCKING: number = constants.O_NONBLOCK ?? 0;

/**
 * One file's bytes, read synchronously: thousands of small reads in a row are several times
 * faster than the same reads through the thread pool, and the checks need every file anyway.
 */
function readLimited(path: string, maxBytes: number): ReadFile | TooLarge | unknown {
  let fd: number | undefined;
  try {
    if (NON_BLOCKING === 0) {
      const kind = statSync(path);
      if (!kind.isFile()) return notAFile(kind.isDirectory());
    }
    fd = openSync(path, constants.O_RDONLY | NON_BLOCKING);
    const kind = fstatSync(fd);
    if (!kind.isFile()) return notAFile(kind.isDirectory());
    if (kind.size > maxBytes) return new TooLarge(kind.size);
    return new ReadFile(readFileSync(fd), kind);
  } catch (error) {
    return error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function notAFile(isDirectory: boolean): Error {
  return Object.assign(new Error('not a regular file'), { code: isDirectory ? 'EISDIR' : 'ENOTFILE' });
}

/** Reads many small files, one after the other (see readLimited). */
export function readAll(paths: readonly string[], maxBytes = DEFAULT_MAX_FILE_BYTES): (Uint8Array | TooLarge | unknown)[] {
  return paths.map((path) => {
    const result = readLimited(path, maxBytes);
    return result instanceof ReadFile ? result.bytes : result;
  });
}

/** The site settings file, or the finding that says why it cannot be used (undefined for both: missing). */
function readSiteFile(dir: string, show: (path: string) => string, maxBytes: number): { site?: InputFile; problem?: Finding } {
  for (const name of SITE_FILES) {
    const path = join(dir, name);
    const result = readLimited(path, maxBytes);
    if (result instanceof ReadFile) return { site: { file: show(path), bytes: result.bytes } };
    if (result instanceof TooLarge) return { problem: tooLarge(show(path), result.size, maxBytes) };
    if ((result as NodeJS.ErrnoException).code !== 'ENOENT') {
      return { problem: fileFinding(show(path), 'unreadable-file', `could not be read: ${reason(result)}`) };
    }
  }
  return {};
}
