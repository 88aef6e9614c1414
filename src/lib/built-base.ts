// The path each output folder was built for (`/rules/` when the edition is published under it),
// kept with the tool's caches, not in the folder (everything there is published): `serve`
// serves what was built where it was built for, whatever book `--dir` names now (found by a
// new-user trial: a book built with --dir was served at the sample book's path, every link 404).
import { join, resolve } from 'node:path';
import { DEFAULT_CACHE_DIR, readCacheFile, writeCacheFile } from './cache-file.ts';

const FILE = join(DEFAULT_CACHE_DIR, 'built-base.bin');
const LABEL = 'built-base 1';

function read(file: string): Record<string, string> {
  const saved = readCacheFile(file, LABEL);
  return saved && typeof saved === 'object' ? (saved as Record<string, string>) : {};
}

/** Notes the base path `out` was just built for ('/' at the root of its host). */
export function recordBuiltBase(out: string, base: string | undefined, file = FILE): void {
  // Without the note (a cache that cannot be written), serve falls back to the settings.
  writeCacheFile(file, { ...read(file), [resolve(out)]: base ?? '/' }, LABEL);
}

/** The base path `out` was last built for, or undefined when no build of it was noted. */
export function builtBase(out: string, file = FILE): string | undefined {
  return read(file)[resolve(out)];
}
