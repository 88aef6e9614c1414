import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { InputFile } from './check-file.ts';
import type { Finding } from './finding.ts';
import { schemaDigest } from './schemas.ts';

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
  /** The findings of each per-rule check (BookCheck.perRule), by check name. */
  perRule: Record<string, Finding[]>;
}

/** Everything a file's result depends on besides the file itself. */
export interface CacheInputs {
  /** Digest of the tool's code and its dependencies' versions. */
  tool: string;
  /** Digest of the JSON Schemas. */
  schema: string;
  /** The site settings file, its name as shown and its bytes (or none). */
  site: { file: string; bytes: Uint8Array } | undefined;
}

const FORMAT = 1;

/**
 * The results of the last check of one policy folder, keyed on each file's name and bytes, in one
 * file under `dir`. The whole cache is dropped when any of the other inputs changed.
 */
export class CheckCache {
  readonly #path: string;
  readonly #inputs: string;
  readonly #old: Map<string, FileResult>;
  readonly #now = new Map<string, FileResult>();
  #changed = false;
  /** How many files were taken from the cache in this run. */
  reused = 0;

  constructor(dir: string, folder: string, inputs: CacheInputs) {
    this.#path = join(dir, `check-${digest(resolve(folder)).slice(0, 16)}.bin`);
    const site = inputs.site ? [inputs.site.file, inputs.site.bytes] : ['no site settings'];
    this.#inputs = digest(FORMAT, inputs.tool, inputs.schema, ...site);
    this.#old = readCache(this.#path, this.#inputs);
  }

  readonly #keys = new WeakMap<InputFile, string>();

  /** The key of a file: its name as shown (findings carry it) and its bytes. */
  key(input: InputFile): string {
    let key = this.#keys.get(input);
    if (key === undefined) this.#keys.set(input, (key = digest(input.file, input.bytes)));
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
    this.#changed = true;
  }

  /** Writes what this run used (so files since deleted drop out), when anything differs. */
  save(): void {
    if (!this.#changed && this.#now.size === this.#old.size) return;
    try {
      mkdirSync(join(this.#path, '..'), { recursive: true });
      const temporary = `${this.#path}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize({ inputs: this.#inputs, entries: this.#now }));
      // A rename is atomic: a check running beside this one reads the old cache or the new one.
      renameSync(temporary, this.#path);
    } catch {
      // A cache that cannot be written only makes the next run slower.
    }
  }
}

function readCache(path: string, inputs: string): Map<string, FileResult> {
  try {
    const stored = deserialize(readFileSync(path)) as { inputs?: unknown; entries?: unknown };
    if (stored.inputs === inputs && stored.entries instanceof Map) return stored.entries as Map<string, FileResult>;
  } catch {
    // Missing, or written by something else: start afresh.
  }
  return new Map();
}

function digest(...parts: (string | number | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'number' ? String(part) : part;
    hash
      .update(String(typeof bytes === 'string' ? bytes.length : bytes.byteLength))
      .update(':')
      .update(bytes);
  }
  return hash.digest('hex');
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Where `check` keeps its cache: in the tool's own node_modules, as other tools do. */
export const DEFAULT_CACHE_DIR = join(root, 'node_modules', '.cache', 'rules-clarity');

let toolDigest: string | undefined;

/**
 * The tool's version for the cache: a digest of the code that checks (src/lib) and of the exact
 * dependencies (package-lock.json), so any change to either invalidates every cached result.
 */
export function toolVersion(): string {
  if (toolDigest === undefined) {
    const lib = join(root, 'src', 'lib');
    const files = (readdirSync(lib, { recursive: true }) as string[])
      .filter((name) => name.endsWith('.ts'))
      .map((name) => name.split('\\').join('/'))
      .sort();
    const parts: (string | Uint8Array)[] = ['package.json', 'package-lock.json'].map((name) => readOrEmpty(join(root, name)));
    for (const name of files) parts.push(relative(root, join(lib, name)), readFileSync(join(lib, name)));
    toolDigest = digest(...parts);
  }
  return toolDigest;
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
