import { basename, extname } from 'node:path';
import { bookChecks, type BookCheck, type BookRule } from './checks/index.ts';
import { bookRuleOf, checkFile, readSite, runPerRule, type CheckedFile, type InputFile } from './check-file.ts';
import { checkFilesInThreads, helpersFor, startHelpers, type Helper } from './check-threads.ts';
import type { BookHistory } from './history/history.ts';
import { compareFindings, type Finding } from './finding.ts';
import { readForCheck, type FolderReadOptions, type PolicyFolder } from './policy-folder.ts';
import type { SiteSettings } from './schemas.ts';
import { lazySource } from './yaml-source.ts';
import { bookLanguages } from './languages.ts';
import { bookCodesHint } from './schema-findings.ts';
import { relatedTitleHints } from './related-titles.ts';
import { CheckCache, currentInputs, type CacheInputs, type FileResult } from './check-cache.ts';

export type { InputFile } from './check-file.ts';
export { DEFAULT_MAX_FILE_BYTES, readAll, readForCheck, readPolicyFolder, SITE_FILES, type PolicyFolder } from './policy-folder.ts';

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
  folder: Pick<PolicyFolder, 'problems' | 'unread'> = { problems: [], unread: [] },
  cache?: CheckCache,
  known: ReadonlyMap<InputFile, FileResult> = new Map(),
): Book {
  const findings: Finding[] = [...folder.problems];
  const siteRead = site ? readSite(site, findings) : undefined;
  const settings = siteRead?.settings;
  const checks = options.checks ?? bookChecks;
  const others = settings ? bookLanguages(settings).others : [];

  const rules: BookRule[] = [];
  const ids = new Set<string>();
  // What each rule's file gave alone (from the cache, another thread or just now), in file order.
  const checked: (CheckedFile & { key: string | undefined })[] = [];
  // A file that cannot be read, or is not valid YAML, still has the id its name gives it: rules
  // that point at it are not to blame for its mistakes.
  const idOfName = (file: string) => ids.add(basename(file, extname(file)));
  folder.unread.forEach(idOfName);
  for (const input of files) {
    idOfName(input.file);
    const key = cache?.key(input);
    const cached = key === undefined ? undefined : cache!.get(key);
    const reused = cached ?? known.get(input);
    const { result, source } = reused ? { result: reused, source: undefined } : checkFile(input);
    if (!cached && key !== undefined) cache!.set(key, result);
    findings.push(...result.findings.map((finding) => bookCodesHint(finding, others)));
    if (!result.readable) continue;
    if (typeof result.id === 'string') ids.add(result.id);
    if (result.checked === undefined) continue;
    const rule = bookRuleOf(input.file, source ?? lazySource(input.file, () => input.bytes, result.rule ?? result.checked), result);
    if (result.rule !== undefined) rules.push(rule);
    checked.push({ rule, result, key });
  }

  // A related rule named by its title is told the id, now that every title is known.
  const written = () =>
    checked.map(({ rule, result }) => ({ file: rule.file, id: rule.data.id, title: rule.data.title, related: result.relatedWritten }));
  // In place: a spread of a large book's findings would pass too many arguments.
  relatedTitleHints(findings, written).forEach((finding, index) => (findings[index] = finding));

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

export interface ReadOptions extends FolderReadOptions {
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
  /** Only for tests: files per batch a helper thread checks (default: BATCH). */
  batchSize?: number;
  /** Only for tests: false leaves all of a helper's share to the helper (check-threads.ts). */
  takeBack?: boolean;
  /** The folder, already read with these options (to tell a warm check); read here unless given. */
  folder?: PolicyFolder;
  /** The check cache, already opened with these options for this folder; opened here unless given. */
  cache?: CheckCache;
}

/** Reads and checks the book in `dir`. Reads only: never writes or moves a file. */
export async function loadBook(dir: string, options: CheckOptions & ReadOptions): Promise<Book> {
  const checks = options.checks ?? bookChecks;
  // Helpers start before the files are read, and load while they are read. Files read may still
  // have results in the cache (a file touched but not changed): helpers not needed are stopped.
  let started: Helper[] = [];
  const beforeReading = (count: number) => (started = startHelpers(helpersFor(count, { ...options, checks })));
  try {
    const folder = options.folder ?? (await readForCheck(dir, { ...options, beforeReading }));
    const { site, files } = folder;
    const cache =
      options.cache ??
      (options.cacheDir === undefined
        ? undefined
        : new CheckCache(options.cacheDir, dir, { ...currentInputs(site), ...options.cacheInputs }));
    const unchecked = cache ? files.filter((input) => !cache.has(cache.key(input))) : files;
    const known = await checkFilesInThreads(site, unchecked, { ...options, checks, started });
    return checkBook(site, files, options, folder, cache, known);
  } finally {
    // Done with, or never given files (the read failed): a helper still running now is not needed.
    for (const helper of started) helper.stop();
  }
}

/** Today's date as YYYY-MM-DD in local time, which is what a reviewer means by "today". */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
