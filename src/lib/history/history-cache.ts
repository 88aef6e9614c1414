import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { schemaDigest } from '../schemas.ts';
import type { RuleHistory } from './history.ts';

// Bump when the history read from the same commits changes for another reason than the schema.
const VERSION = 3;

/**
 * The whole book's history, saved between builds under what it was read from: the commit checked
 * out and where the policy folder sits in the repository. Commits never change, so under the same
 * schema (and this code's VERSION) the same key always gives the same history. A build of the
 * same checkout (the second edition of `build:all`, a rebuild after editing a rule) then reads no
 * git history at all.
 */
export function loadHistoryCache(file: string | undefined, key: string): Map<string, RuleHistory> | undefined {
  if (file === undefined) return undefined;
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; schema?: string; key?: string; rules?: RuleHistory[] };
    if (saved.version !== VERSION || saved.schema !== schemaDigest || saved.key !== key || !Array.isArray(saved.rules)) return undefined;
    return new Map(saved.rules.map((rule) => [rule.id, rule]));
  } catch {
    return undefined;
  }
}

export function saveHistoryCache(file: string | undefined, key: string, rules: ReadonlyMap<string, RuleHistory>): void {
  if (file === undefined) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ version: VERSION, schema: schemaDigest, key, rules: [...rules.values()] }));
    // Whole or not at all, even with two builds at once.
    renameSync(temp, file);
  } catch {
    // A cache that cannot be written costs time on the next build, nothing else.
  }
}
