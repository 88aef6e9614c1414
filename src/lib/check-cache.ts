import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFilePath, contentKey, digest, readCacheFile, writeCacheFile } from './cache-file.ts';
import { readResults, storeResults } from './cached-results.ts';
import type { InputFile } from './check-file.ts';
import type { Finding } from './finding.ts';
import { schemaDigest } from './schema-digest.ts';

/**
 * What checking one file alone found: everything `check` learns from a file without looking at
 * the others. Reused while the file's bytes and everything else the result depends on (the
 * schemas, the site settings, the tool itself) stay the same.
 */
export interface FileResult {
  /** YAML, trap and schema findings, in the order the check makes them. */
  findings: Finding[];
  /** The file reads as YAML (with no YAML findings): its data exists. */
  readable: boolean;
  /** The `id` field as written (any type), for the ids other rules may point at. */
  id: unknown;
  /** The whole data, when the rule passed the schema. */
  rule?: unknown;
  /** What the cross-file checks see: the rule, or the valid fields of an invalid rule with an id. */
  checked?: unknown;
  /** `related` as written when it is invalid (rules named by title: related-titles.ts). */
  relatedWritten?: unknown;
  /**
   * The top-level fields of an invalid rule left out of `checked`: written, but wrong (reported).
   * A translations block is named by its languages (`translations.es`).
   */
  invalid?: string[];
  /** The findings of each per-rule check (BookCheck.perRule), by check name. */
  perRule: Record<string, Finding[]>;
}

/** Everything a file's result depends on besides the file itself. */
export interface CacheInputs {
  /** Digest of the tool's code, its dependencies' versions and the Node.js that runs it. */
  tool: string;
  /** Digest of the JSON Schemas. */
  schema: string;
  /** The site settings file, its name as shown and its bytes (or none). */
  site: { file: string; bytes: Uint8Array } | undefined;
}

const FORMAT = 3;

/**
 * The results of the last check of one policy folder, keyed on each file's name and bytes, under
 * `dir`. The whole cache is dropped when any of the other inputs changed. Kept in two files: all
 * the results as of some run, and the results added since (a journal), so that a re-check after a
 * few edits writes a few results, not all of them (at 10,000 rules, 9 MB took 80 ms to write).
 */
export class CheckCache {
  readonly #path: string;
  readonly #journalPath: string;
  readonly #inputs: string;
  /** The results in the main file, and the id it was written with, which its journal names. */
  readonly #base: { id: string; entries: Map<string, FileResult> } = { id: '', entries: new Map() };
  readonly #journaled = new Set<string>();
  readonly #old = new Map<string, FileResult>();
  readonly #now = new Map<string, FileResult>();
  readonly #set = new Set<string>();
  /** How many files were taken from the cache in this run. */
  reused = 0;

  constructor(dir: string, folder: string, inputs: CacheInputs) {
    this.#path = cacheFilePath(dir, 'check', folder);
    this.#journalPath = cacheFilePath(dir, 'check-added', folder);
    const site = inputs.site ? [inputs.site.file, inputs.site.bytes] : ['no site settings'];
    this.#inputs = digest(FORMAT, inputs.tool, inputs.schema, ...site);
    const base = readCacheFile(this.#path, this.#inputs) as { id?: unknown; results?: unknown } | undefined;
    if (typeof base?.id !== 'string') return;
    const entries = readResults(base.results);
    if (!entries) return;
    this.#base = { id: base.id, entries };
    this.#old = entries;
    const journal = readCacheFile(this.#journalPath) as { base?: unknown; results?: unknown } | undefined;
    const added = journal?.base === base.id ? readResults(journal.results) : undefined;
    if (!added) return;
    this.#old = new Map([...this.#old, ...added]);
    for (const key of added.keys()) this.#journaled.add(key);
  }

  readonly #keys = new WeakMap<InputFile, string>();

  /** The key of a file: its name as shown (findings carry it) and its bytes (see contentKey). */
  key(input: InputFile): string {
    if (input.key !== undefined) return input.key;
    let key = this.#keys.get(input);
    if (key === undefined) this.#keys.set(input, (key = contentKey(input.file, input.bytes)));
    return key;
  }

  /** Whether the last check left a result under `key` (without counting it as reused). */
  has(key: string): boolean {
    return this.#old.has(key);
  }

  get(key: string): FileResult | undefined {
    const found = this.#old.get(key);
    if (found) {
      this.#now.set(key, found);
      this.reused++;
    }
    return found;
  }

  set(key: string, result: FileResult): void {
    this.#now.set(key, result);
    this.#set.add(key);
  }

  /**
   * Keeps what this run used (so files since deleted drop out), when anything differs: in the
   * journal while it and the main file's unused results stay small, else all in the main file.
   */
  save(): void {
    if (this.#set.size === 0 && this.#now.size === this.#old.size) return;
    // A result set this run may be one from the main file with a per-rule check's findings added.
    const added = new Map([...this.#now].filter(([key]) => this.#set.has(key) || this.#journaled.has(key) || !this.#base.entries.has(key)));
    const unused = this.#base.entries.size - (this.#now.size - added.size);
    if (this.#base.id !== '' && added.size + unused <= Math.max(JOURNAL_MIN, this.#now.size / 10)) {
      writeCacheFile(this.#journalPath, { base: this.#base.id, results: storeResults(added) });
      return;
    }
    // Written first: a journal left behind names the old main file, and is not read with the new.
    writeCacheFile(this.#path, { id: randomUUID(), results: storeResults(this.#now) }, this.#inputs);
    try {
      rmSync(this.#journalPath, { force: true });
    } catch {
      // Left behind, it names the old main file and is not read.
    }
  }
}

/** The journal may always hold this many results (a small book is rewritten whole seldom). */
const JOURNAL_MIN = 100;

const root = fileURLToPath(new URL('../../', import.meta.url));

export { DEFAULT_CACHE_DIR } from './cache-file.ts';

let codeDigest: string | undefined;

/** What of the running Node.js a check's results depend on. */
export interface Runtime {
  node: string;
  icu?: string;
  unicode?: string;
}

/**
 * The tool's version for the cache: a digest of the code that checks (src/lib), of the exact
 * dependencies (package-lock.json) and of the Node.js that runs it (its ICU and Unicode data split
 * the words and match the letters the wording checks count), so any change to one of them
 * invalidates every cached result.
 */
export function toolVersion(runtime: Runtime = process.versions): string {
  if (codeDigest === undefined) {
    const lib = join(root, 'src', 'lib');
    const files = (readdirSync(lib, { recursive: true }) as string[])
      .filter((name) => name.endsWith('.ts'))
      .map((name) => name.split('\\').join('/'))
      .sort();
    const parts: (string | Uint8Array)[] = ['package.json', 'package-lock.json'].map((name) => readOrEmpty(join(root, name)));
    for (const name of files) parts.push(relative(root, join(lib, name)), readFileSync(join(lib, name)));
    codeDigest = digest(...parts);
  }
  return digest(codeDigest, runtime.node, runtime.icu ?? '', runtime.unicode ?? '');
}

function readOrEmpty(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    return new Uint8Array();
  }
}

/** The inputs of the running tool for a book whose site settings file has these bytes. */
export function currentInputs(site: CacheInputs['site']): CacheInputs {
  return { tool: toolVersion(), schema: schemaDigest, site };
}
