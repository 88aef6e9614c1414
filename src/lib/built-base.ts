// The path each output folder was built for (`/rules/` when the edition is published under it),
// kept beside the tool's caches, not in the folder (everything there is published): `serve`
// serves what was built where it was built for, whatever book `--dir` names now (found by a
// new-user trial: a book built with --dir was served at the sample book's path, every link 404).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_CACHE_DIR } from './cache-file.ts';

const FILE = join(DEFAULT_CACHE_DIR, 'built-base.json');

type Record_ = Record<string, { base: string }>;

function read(file: string): Record_ {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return data && typeof data === 'object' ? (data as Record_) : {};
  } catch {
    return {};
  }
}

/** Notes the base path `out` was just built for ('/' at the root of its host). */
export function recordBuiltBase(out: string, base: string | undefined, file = FILE): void {
  try {
    const all = read(file);
    all[resolve(out)] = { base: base ?? '/' };
    mkdirSync(join(file, '..'), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(all));
    renameSync(temp, file);
  } catch {
    // Without the note, serve falls back to the settings, as before.
  }
}

/** The base path `out` was last built for, or undefined when no build of it was noted. */
export function builtBase(out: string, file = FILE): string | undefined {
  return read(file)[resolve(out)]?.base;
}
