import type { InputFile } from '../load-book.ts';
import { parseYamlFile } from '../yaml-source.ts';

/** One side of a comparison: each rule as written, by id, whether or not it passes the check. */
export type Snapshot = Map<string, { file: string; data: Record<string, unknown> }>;

/** Reads whatever rules the files hold; files that are not readable rules are left out. */
export function snapshotOf(files: readonly InputFile[]): Snapshot {
  const snapshot: Snapshot = new Map();
  for (const input of files) {
    const { source, findings } = parseYamlFile(input.file, input.bytes);
    const data = source.data;
    if (findings.length > 0 || typeof data !== 'object' || data === null || Array.isArray(data)) continue;
    const id = (data as { id?: unknown }).id;
    if (typeof id === 'string' && !snapshot.has(id)) snapshot.set(id, { file: input.file, data: data as Record<string, unknown> });
  }
  return snapshot;
}
