// One file of the check's cache (check-cache.ts, unchanged-files.ts): a structured clone of a value
// on disk. Read as nothing when missing or unreadable; written so that a run beside this one never
// reads half a file.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

/** Where `check` keeps its cache: in the tool's own node_modules, as other tools do. */
export const DEFAULT_CACHE_DIR = join(fileURLToPath(new URL('../../', import.meta.url)), 'node_modules', '.cache', 'rules-clarity');

/** Where the cache file of `kind` for the policy folder `folder` lives in `dir`. */
export function cacheFilePath(dir: string, kind: string, folder: string): string {
  return join(dir, `${kind}-${digest(resolve(folder)).slice(0, 16)}.bin`);
}

/**
 * The value stored at `path` under `label`, or undefined when there is none (or something else
 * is there). A file under another label is not read further: at 10,000 rules, reading back a
 * check cache whose inputs changed cost 20-30 ms and left 10 MB of garbage.
 */
export function readCacheFile(path: string, label = ''): unknown {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.from(`${label}\n`);
    const found = Buffer.alloc(head.length);
    if (readSync(fd, found, 0, head.length, 0) !== head.length || !found.equals(head)) return undefined;
    const bytes = Buffer.alloc(fstatSync(fd).size - head.length);
    for (let at = 0; at < bytes.length;) {
      const read = readSync(fd, bytes, at, bytes.length - at, head.length + at);
      if (read === 0) return undefined;
      at += read;
    }
    return deserialize(bytes);
  } catch {
    // Missing, or written by something else: start afresh.
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Stores `value` at `path` under `label`; a cache that cannot be written only makes the next run slower. */
export function writeCacheFile(path: string, value: unknown, label = ''): void {
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      for (const bytes of [Buffer.from(`${label}\n`), serialize(value)]) {
        for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
      }
    } finally {
      closeSync(fd);
    }
    // A rename is atomic: a check running beside this one reads the old file or the new one.
    renameSync(temporary, path);
  } catch {
    // See above.
  }
}

/** What the check cache knows a rule file by: its name as shown (findings carry it) and its bytes. */
export function contentKey(file: string, bytes: Uint8Array): string {
  return digest(file, bytes);
}

/** A SHA-256 of the parts, each preceded by its length so that no two lists of parts collide. */
export function digest(...parts: (string | number | Uint8Array)[]): string {
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
