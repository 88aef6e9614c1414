// Which rule files are unchanged since the last check, told from what the file system says of
// them rather than from their bytes, as git's index does: at 10,000 rules, opening, reading and
// hashing every file took about 0.2 s of a 1.1 s re-check, one stat per file about 0.06 s.
import type { Stats } from 'node:fs';
import { cacheFilePath, readCacheFile, writeCacheFile } from './cache-file.ts';

/**
 * A file changed this recently may change again within the same tick of the file system's clock,
 * its size and times staying the same (git's "racily clean" files): it is not vouched for by its
 * times until it is older than this. Generous, for file systems whose clock runs behind ours.
 */
export const SETTLE_MS = 3000;

const FORMAT = 2;

/**
 * What stat says of a file that changes whenever its bytes do: device, inode, size, and the times
 * of the last write and the last change of any kind (which no tool can set back).
 */
const FIELDS = 5;

function fieldsOf(stats: Stats): number[] {
  return [stats.dev, stats.ino, stats.size, stats.mtimeMs, stats.ctimeMs];
}

/**
 * The content keys (check-cache.ts contentKey) of the rule files of one policy folder, each with
 * what stat said of its file when it was read, in one file under the cache folder. Stored as
 * columns, the numbers in one typed array: 10,000 files read back in a few milliseconds.
 */
export class UnchangedFiles {
  readonly #path: string;
  readonly #cwd: string;
  /** The last run's files: where each one's entry is in `#stats` and `#keys`. */
  readonly #index = new Map<string, number>();
  readonly #stats: Float64Array = new Float64Array();
  readonly #keys: string[] = [];
  /** This run's files, each with its stat fields and content key. */
  readonly #now = new Map<string, { fields: ArrayLike<number>; key: string }>();
  #changed = false;

  readonly #settleMs: number;

  /**
   * `cwd` is the folder names are shown relative to: content keys include the name as shown.
   * `settleMs` is only for tests (see SETTLE_MS).
   */
  constructor(dir: string, folder: string, cwd: string, settleMs = SETTLE_MS) {
    this.#path = cacheFilePath(dir, 'files', folder);
    this.#cwd = cwd;
    this.#settleMs = settleMs;
    const stored = readCacheFile(this.#path) as
      { format?: unknown; cwd?: unknown; paths?: unknown; stats?: unknown; keys?: unknown } | undefined;
    if (stored?.format !== FORMAT || stored.cwd !== cwd || !Array.isArray(stored.paths) || !Array.isArray(stored.keys)) return;
    if (!(stored.stats instanceof Float64Array) || stored.stats.length !== stored.paths.length * FIELDS) return;
    this.#stats = stored.stats;
    this.#keys = stored.keys as string[];
    (stored.paths as string[]).forEach((path, index) => this.#index.set(path, index));
  }

  /** The content key of the file at `path` if it is as it was when read; undefined: read it. */
  keyOf(path: string, stats: Stats): string | undefined {
    const index = this.#index.get(path);
    if (index === undefined) return undefined;
    const known = this.#entry(index);
    const now = fieldsOf(stats);
    for (let field = 0; field < FIELDS; field++) if (known.fields[field] !== now[field]) return undefined;
    this.#now.set(path, known);
    return known.key;
  }

  /** The last run's entry at `index`. */
  #entry(index: number): { fields: ArrayLike<number>; key: string } {
    return { fields: this.#stats.subarray(index * FIELDS, (index + 1) * FIELDS), key: this.#keys[index]! };
  }

  /** Records the content key of a file just read, with what stat said of it before the read. */
  remember(path: string, stats: Stats, key: string, now = Date.now()): void {
    const index = this.#index.get(path);
    // In whole milliseconds, as `now` counts: file times may be finer (multigrain timestamps on
    // Linux 6.13 and later), and a file written earlier in this millisecond is not in the future.
    const settled = now - this.#settleMs;
    if (Math.floor(stats.ctimeMs) > settled || Math.floor(stats.mtimeMs) > settled) {
      // Its old entry cannot match it any more (its ctime moved); kept, it spares rewriting the
      // whole list at each edit.
      if (index !== undefined) this.#now.set(path, this.#entry(index));
      return;
    }
    this.#changed = true;
    this.#now.set(path, { fields: fieldsOf(stats), key });
  }

  /** Writes the files seen in this run (so deleted ones drop out), when anything differs. */
  save(): void {
    if (!this.#changed && this.#now.size === this.#index.size) return;
    const stats = new Float64Array(this.#now.size * FIELDS);
    let at = 0;
    for (const { fields } of this.#now.values()) stats.set(fields, at++ * FIELDS);
    const keys = [...this.#now.values()].map(({ key }) => key);
    writeCacheFile(this.#path, { format: FORMAT, cwd: this.#cwd, paths: [...this.#now.keys()], stats, keys });
  }
}

/**
 * A file vouched for unchanged whose bytes, read later, are not those any more, or cannot be read
 * as a rule file now (`why`: gone, a pipe, too large).
 */
export class FileChangedError extends Error {
  override name = 'FileChangedError';
  readonly code = 'ERR_FILE_CHANGED';
  constructor(file: string, why?: string) {
    super(`${file} changed while it was being checked${why ? `; now ${why}` : ''}: run the check again`);
  }
}
