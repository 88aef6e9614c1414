// Pagefind's index written into a folder that may hold the index of the site the build replaced
// (src/cli/spare-site.ts). Pagefind names its fragments and index chunks after their content, so
// after a one-rule edit almost every file is already there, byte for byte: a file is written only
// when it differs, and files of the old index that the new one lacks are deleted. At 10,000 rules
// Pagefind's own writeFiles created 10,078 files each build, and the replaced site's copy had to
// be deleted again.
import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { removeEmptyFolders } from './empty-folders.ts';

/** Where in a site the index goes (Pagefind's own default). */
export const INDEX_FOLDER = 'pagefind';

export interface IndexFile {
  /** Relative to the index folder, with `/`. */
  path: string;
  content: Uint8Array;
}

/**
 * The files of the index in `folder` (none if there is none yet), by path as IndexFile names them.
 * A file that cannot be read is left out: it is then read again, or replaced, as if unknown.
 */
export function readIndexFiles(folder: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSafe(folder)) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    try {
      files.set(relative(folder, full).split(sep).join('/'), readFileSync(full));
    } catch {
      // Not known: writeIndexFiles tries to read it itself, and writes it if it cannot.
    }
  }
  return files;
}

/**
 * Makes `folder` hold exactly `files`; returns how many it wrote. `earlier` is what its files held
 * (readIndexFiles), read while Pagefind worked, so that telling which changed reads none of them now.
 */
export function writeIndexFiles(folder: string, files: IndexFile[], earlier: ReadonlyMap<string, Uint8Array> = new Map()): number {
  mkdirSync(folder, { recursive: true });
  const wanted = new Set(files.map((file) => file.path));
  const existing = new Set<string>();
  const emptied = new Set<string>();
  for (const entry of readdirSafe(folder)) {
    if (!entry.isFile()) continue;
    const path = relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (wanted.has(path)) {
      existing.add(path);
    } else {
      unlinkSync(join(folder, path));
      emptied.add(entry.parentPath);
    }
  }
  let written = 0;
  for (const { path, content } of files) {
    const target = join(folder, path);
    const before = existing.has(path) ? (earlier.get(path) ?? readOrNothing(target)) : undefined;
    if (before && Buffer.compare(before, content) === 0) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    written++;
  }
  removeEmptyFolders(emptied, folder);
  return written;
}

/** A file's bytes, or nothing if it cannot be read: it is then written over. */
function readOrNothing(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

function readdirSafe(folder: string) {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true });
  } catch {
    return []; // a first build: no index yet
  }
}
