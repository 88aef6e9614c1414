import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { bookChecks, type BookCheck, type BookRule } from './checks/index.ts';
import { checkFile, readSite, runPerRule, type CheckedFile, type InputFile } from './check-file.ts';
import { checkFilesInThreads } from './check-threads.ts';
import type { BookHistory } from './history/history.ts';
import { compareFindings, type Finding } from './finding.ts';
import { fileFinding } from './finding-at.ts';
import { listPolicyFiles, reason } from './policy-files.ts';
import type { Rule, SiteSettings } from './schemas.ts';
import { lazySource } from './yaml-source.ts';
import { CheckCache, contentKey, currentInputs, type CacheInputs, type FileResult } from './check-cache.ts';
import { FileChangedError, UnchangedFiles } from './unchanged-files.ts';

export type { InputFile } from './check-file.ts';

export interface Book {
  site: SiteSettings | undefined;
  /** Rules that passed the schema, in file order. A book with error findings is not to be published. */
  rules: BookRule[];
  findings: Finding[];
  /** What the checks could not look at, each said once (BookCheck.notes). */
  notes: string[];
  /** How many rule files were read. */
  fileCount: number;
}

export interface CheckOptions {
  /** YYYY-MM-DD; review dates before it are overdue. */
  today: string;
  /** The cross-file checks to run; all of them unless given (the benchmark compares subsets). */
  checks?: readonly BookCheck[];
  /** The book's git history, read when a check first asks (translation status); none unless given. */
  history?: () => BookHistory;
}

/** Checks a whole book held in memory. Pure: the same files give the same findings. */
export function checkBook(
  site: InputFile | undefined,
  files: readonly InputFile[],
  options: CheckOptions,
  extra: Finding[] = [],
  cache?: CheckCache,
  known: ReadonlyMap<InputFile, FileResult> = new Map(),
): Book {
  const findings: Finding[] = [...extra];
  const siteRead = site ? readSite(site, findings) : undefined;
  const settings = siteRead?.settings;
  const checks = options.checks ?? bookChecks;

  const rules: BookRule[] = [];
  const ids = new Set<string>();
  // What each rule's file gave alone (from the cache, another thread or just now), in file order.
  const checked: (CheckedFile & { key: string | undefined })[] = [];
  for (const input of files) {
    // A file that cannot be read still has the id its name gives it: rules that point at it are
    // not to blame for its mistakes.
    ids.add(basename(input.file, extname(input.file)));
    const key = cache?.key(input);
    const cached = key === undefined ? undefined : cache!.get(key);
    const reused = cached ?? known.get(input);
    const { result, source } = reused ? { result: reused, source: undefined } : checkFile(input);
    if (!cached && key !== undefined) cache!.set(key, result);
    findings.push(...result.findings);
    if (!result.readable) continue;
    if (typeof result.id === 'string') ids.add(result.id);
    if (result.checked === undefined) continue;
    const rule: BookRule = {
      file: input.file,
      source: source ?? lazySource(input.file, () => input.bytes, result.rule ?? result.checked),
      data: result.checked as Rule,
    };
    if (result.rule !== undefined) rules.push(rule);
    checked.push({ rule, result, key });
  }

  // The cross-file checks also see what is valid of an invalid rule, so all of a file's problems
  // show at once rather than one round of fixes at a time.
  const input = {
    rules: checked.map(({ rule }) => rule),
    ids,
    site: settings,
    siteSource: siteRead?.source,
    today: options.today,
    ...(options.history ? { history: once(options.history) } : {}),
  };
  for (const check of checks) {
    if (!check.perRule) {
      findings.push(...check.run(input));
      continue;
    }
    // A per-rule check runs only on the rules with no findings of it yet (from the cache or
    // another thread). Its findings are kept per file and joined in file order, the order the
    // check itself gives them in.
    const done = runPerRule(check, input, checked);
    for (const { result, key } of done) if (key !== undefined) cache!.set(key, result);
    for (const { result } of checked) findings.push(...result.perRule[check.name]!);
  }
  cache?.save();
  findings.sort(compareFindings);
  const notes = checks.flatMap((check) => check.notes?.(input) ?? []);
  return { site: settings, rules, findings, notes, fileCount: files.length };
}

/** Calls `read` at most once, however many checks ask. */
function once<T>(read: () => T): () => T {
  let value: { result: T } | undefined;
  return () => (value ??= { result: read() }).result;
}

export const SITE_FILES = ['_site.yaml', '_site.yml'] as const;

export interface ReadOptions {
  /** Names are shown relative to this folder (default: the working folder). */
  cwd?: string;
  /** Larger files are refused unread (default 1 MiB): a rule is a few kilobytes. */
  maxFileBytes?: number;
  /**
   * A folder for the check cache (check-cache.ts): files unchanged since the last check reuse
   * what was found in them alone; the checks across files always run. No cache unless given.
   */
  cacheDir?: string;
  /** Only for tests: what the cache is keyed on besides the files (default: the running tool's). */
  cacheInputs?: Partial<CacheInputs>;
  /** Threads the files may be checked in, this one included (check-threads.ts); default 1. */
  threads?: number;
  /** Only for tests: the fewest files worth a thread of their own (default: MIN_FILES_PER_THREAD). */
  minFilesPerThread?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** Reads and checks the book in `dir`. Reads only: never writes or moves a file. */
export async function loadBook(dir: string, options: CheckOptions & ReadOptions): Promise<Book> {
  const unchanged = options.cacheDir === undefined ? undefined : new UnchangedFiles(options.cacheDir, dir, options.cwd ?? process.cwd());
  const { site, files, problems } = await readPolicyFolder(dir, options, unchanged);
  unchanged?.save();
  const cache =
    options.cacheDir === undefined ? undefined : new CheckCache(options.cacheDir, dir, { ...currentInputs(site), ...options.cacheInputs });
  const unchecked = cache ? files.filter((input) => !cache.has(cache.key(input))) : files;
  const known = await checkFilesInThreads(site, unchecked, { ...options, checks: options.checks ?? bookChecks });
  return checkBook(site, files, options, problems, cache, known);
}

export interface PolicyFolder {
  site: InputFile | undefined;
  files: InputFile[];
  /** A missing site file, unreadable files and folders, as findings. */
  problems: Finding[];
}

/**
 * The site settings and every rule file of a policy folder, as bytes, named relative to `cwd`.
 * With `unchanged`, a rule file it knows unchanged is not read: it comes with its content key, and
 * its bytes are read only if something asks for them.
 */
export async function readPolicyFolder(dir: string, options: ReadOptions = {}, unchanged?: UnchangedFiles): Promise<PolicyFolder> {
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
    problems.push(fileFinding(show(join(dir, SITE_FILES[0])), 'site-missing', 'the site settings file is missing'));
  }

  const listed = await listPolicyFiles(dir);
  problems.push(...listed.problems.map((problem) => unreadable(problem.path, problem.reason)));
  const files: InputFile[] = [];
  for (const path of listed.files) {
    const file = show(path);
    const known = unchanged && unreadInput(path, file, maxBytes, unchanged);
    if (known) {
      files.push(known);
      continue;
    }
    const result = readLimited(path, maxBytes);
    if (result instanceof ReadFile) {
      const input: InputFile = { file, bytes: result.bytes };
      if (unchanged) unchanged.remember(path, result.stats, (input.key = contentKey(file, result.bytes)));
      files.push(input);
    } else if (result instanceof TooLarge) problems.push(tooLarge(file, result.size, maxBytes));
    else problems.push(unreadable(path, reason(result)));
  }
  return { site, files, problems };
}

/** A rule file `unchanged` vouches for, unread; undefined when it is to be read now. */
function unreadInput(path: string, file: string, maxBytes: number, unchanged: UnchangedFiles): InputFile | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  // Read now, to be reported as read gives it: gone, not a file, or over a lower limit than before.
  if (!stats?.isFile() || stats.size > maxBytes) return undefined;
  const key = unchanged.keyOf(path, stats);
  if (key === undefined) return undefined;
  let bytes: Uint8Array | undefined;
  return {
    file,
    key,
    get bytes() {
      return (bytes ??= readUnchanged(path, file, key));
    },
  };
}

/** The bytes of a file found unchanged, which must still be those its key was taken from. */
function readUnchanged(path: string, file: string, key: string): Uint8Array {
  let bytes: Uint8Array | undefined;
  try {
    bytes = readFileSync(path);
  } catch {
    // Removed since: it changed.
  }
  if (bytes === undefined || contentKey(file, bytes) !== key) throw new FileChangedError(file);
  return bytes;
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

/** Today's date as YYYY-MM-DD in local time, which is what a reviewer means by "today". */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
