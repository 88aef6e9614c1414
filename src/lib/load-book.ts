import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { bookChecks, type BookCheck, type BookRule } from './checks/index.ts';
import { compareFindings, type Finding } from './finding.ts';
import { fileFinding } from './finding-at.ts';
import { listPolicyFiles, reason } from './policy-files.ts';
import { pointerToPath, schemaFindings } from './schema-findings.ts';
import { policySchema, siteSchema, validateRule, validateSite, type Rule, type SchemaError, type SiteSettings } from './schemas.ts';
import { parseYamlFile, type YamlSource } from './yaml-source.ts';

export interface InputFile {
  /** As shown to the user, e.g. `policies/phone-calls.yaml`. */
  file: string;
  bytes: Uint8Array;
}

export interface Book {
  site: SiteSettings | undefined;
  /** Rules that passed the schema, in file order. A book with error findings is not to be published. */
  rules: BookRule[];
  findings: Finding[];
  /** How many rule files were read. */
  fileCount: number;
}

export interface CheckOptions {
  /** YYYY-MM-DD; review dates before it are overdue. */
  today: string;
  /** The cross-file checks to run; all of them unless given (the benchmark compares subsets). */
  checks?: readonly BookCheck[];
}

/** Checks a whole book held in memory. Pure: the same files give the same findings. */
export function checkBook(site: InputFile | undefined, files: readonly InputFile[], options: CheckOptions, extra: Finding[] = []): Book {
  const findings: Finding[] = [...extra];
  const siteRead = site ? readSite(site, findings) : undefined;
  const settings = siteRead?.settings;

  const rules: BookRule[] = [];
  const checked: BookRule[] = [];
  const ids = new Set<string>();
  for (const input of files) {
    // A file that cannot be read still has the id its name gives it: rules that point at it are
    // not to blame for its mistakes.
    ids.add(basename(input.file, extname(input.file)));
    const { source, findings: yamlFindings, traps } = parseYamlFile(input.file, input.bytes, { schema: policySchema });
    findings.push(...yamlFindings, ...traps);
    if (yamlFindings.length > 0) continue;
    const id = (source.data as { id?: unknown }).id;
    if (typeof id === 'string') ids.add(id);
    if (validateRule(source.data)) {
      const rule = { file: input.file, source, data: source.data };
      rules.push(rule);
      checked.push(rule);
      continue;
    }
    const errors = validateRule.errors ?? [];
    findings.push(...schemaFindings(source, errors, 'a rule'));
    const partial = withoutInvalidFields(source.data as Record<string, unknown>, errors);
    if (typeof partial.id === 'string') checked.push({ file: input.file, source, data: partial as unknown as Rule });
  }

  // The cross-file checks also see what is valid of an invalid rule, so all of a file's problems
  // show at once rather than one round of fixes at a time.
  const input = { rules: checked, ids, site: settings, siteSource: siteRead?.source, today: options.today };
  for (const check of options.checks ?? bookChecks) findings.push(...check.run(input));
  findings.sort(compareFindings);
  return { site: settings, rules, findings, fileCount: files.length };
}

/**
 * A rule's fields minus those the schema found wrong, so the cross-file checks judge only what
 * is well formed. Checks must treat every field of such a rule as possibly absent.
 */
function withoutInvalidFields(data: Record<string, unknown>, errors: readonly SchemaError[]): Record<string, unknown> {
  const broken = new Set(errors.map((error) => pointerToPath(error.instancePath)[0]).filter((key) => key !== undefined));
  return Object.fromEntries(Object.entries(data).filter(([key]) => !broken.has(key)));
}

function readSite(site: InputFile, findings: Finding[]): { settings?: SiteSettings; source: YamlSource } {
  const { source, findings: yamlFindings, traps } = parseYamlFile(site.file, site.bytes, { schema: siteSchema });
  findings.push(...yamlFindings, ...traps);
  if (yamlFindings.length > 0) return { source };
  if (validateSite(source.data)) return { settings: source.data, source };
  findings.push(...schemaFindings(source, validateSite.errors ?? [], 'the site settings'));
  return { source };
}

export const SITE_FILES = ['_site.yaml', '_site.yml'] as const;

export interface ReadOptions {
  /** Names are shown relative to this folder (default: the working folder). */
  cwd?: string;
  /** Larger files are refused unread (default 1 MiB): a rule is a few kilobytes. */
  maxFileBytes?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** Reads and checks the book in `dir`. Reads only: never writes or moves a file. */
export async function loadBook(dir: string, options: CheckOptions & ReadOptions): Promise<Book> {
  const { site, files, problems } = await readPolicyFolder(dir, options);
  return checkBook(site, files, options, problems);
}

export interface PolicyFolder {
  site: InputFile | undefined;
  files: InputFile[];
  /** A missing site file, unreadable files and folders, as findings. */
  problems: Finding[];
}

/** The site settings and every rule file of a policy folder, as bytes, named relative to `cwd`. */
export async function readPolicyFolder(dir: string, options: ReadOptions = {}): Promise<PolicyFolder> {
  const cwd = options.cwd ?? process.cwd();
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const show = (path: string) => relative(cwd, path).split(sep).join('/') || '.';
  const problems: Finding[] = [];
  const unreadable = (path: string, why: string): Finding => fileFinding(show(path), 'unreadable-file', `could not be read: ${why}`);

  const { site, problem } = readSiteFile(dir, show, maxBytes);
  if (problem) problems.push(problem);
  else if (!site) {
    problems.push(fileFinding(show(join(dir, SITE_FILES[0])), 'site-missing', 'the site settings file is missing'));
  }

  const listed = await listPolicyFiles(dir);
  problems.push(...listed.problems.map((problem) => unreadable(problem.path, problem.reason)));
  const read = readAll(listed.files, maxBytes);
  const files: InputFile[] = [];
  read.forEach((result, index) => {
    const path = listed.files[index]!;
    if (result instanceof Uint8Array) files.push({ file: show(path), bytes: result });
    else if (result instanceof TooLarge) problems.push(tooLarge(show(path), result.size, maxBytes));
    else problems.push(unreadable(path, reason(result)));
  });
  return { site, files, problems };
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
function readLimited(path: string, maxBytes: number): Uint8Array | TooLarge | unknown {
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
    return readFileSync(fd);
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
  return paths.map((path) => readLimited(path, maxBytes));
}

/** The site settings file, or the finding that says why it cannot be used (undefined for both: missing). */
function readSiteFile(dir: string, show: (path: string) => string, maxBytes: number): { site?: InputFile; problem?: Finding } {
  for (const name of SITE_FILES) {
    const path = join(dir, name);
    const result = readLimited(path, maxBytes);
    if (result instanceof Uint8Array) return { site: { file: show(path), bytes: result } };
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
