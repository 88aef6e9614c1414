import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SnapshotEntry } from '../changes/snapshot.ts';
import { schemaDigest } from '../schemas.ts';

// Bump when what a blob reads as changes for another reason than the schema.
const VERSION = 1;

/**
 * What each blob of the history reads as, by blob id, saved between builds: a blob never changes,
 * so under the same schema it always reads the same. Reading YAML is most of the history's cost,
 * and `build:all` reads the same history twice.
 */
export function loadBlobCache(file: string | undefined): Map<string, SnapshotEntry> {
  if (file === undefined) return new Map();
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; schema?: string; entries?: Record<string, SnapshotEntry> };
    if (saved.version !== VERSION || saved.schema !== schemaDigest || typeof saved.entries !== 'object') return new Map();
    return new Map(Object.entries(saved.entries));
  } catch {
    return new Map();
  }
}

/** Saves the blobs this history used (and only those, so the file stays the size of one book). */
export function saveBlobCache(file: string | undefined, entries: ReadonlyMap<string, SnapshotEntry>): void {
  if (file === undefined) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ version: VERSION, schema: schemaDigest, entries: Object.fromEntries(entries) }));
    // Whole or not at all, even with two builds at once.
    renameSync(temp, file);
  } catch {
    // A cache that cannot be written costs time on the next build, nothing else.
  }
}
