import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { schemaDigest } from '../schemas.ts';
import type { GoneRules, RuleHistory } from './history.ts';

// Bump when the history read from the same commits changes for another reason than the schema.
const VERSION = 11;

/**
 * The whole book's history, saved between builds under what it was read from: the commit checked
 * out and where the policy folder sits in the repository. Commits never change, so under the same
 * schema (and this code's VERSION) the same key always gives the same history. A build of the
 * same checkout (the second edition of `build:all`, a rebuild after editing a rule) then reads no
 * git history at all.
 */
export function loadHistoryCache(file: string | undefined, key: string): { rules: Map<string, RuleHistory>; gone: GoneRules } | undefined {
  if (file === undefined) return undefined;
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      version?: number;
      schema?: string;
      key?: string;
      rules?: RuleHistory[];
      gone?: GoneRules;
    };
    if (saved.version !== VERSION || saved.schema !== schemaDigest || saved.key !== key || !Array.isArray(saved.rules) || !saved.gone)
      return undefined;
    return { rules: new Map(saved.rules.map((rule) => [rule.id, rule])), gone: saved.gone };
  } catch {
    return undefined;
  }
}

export function saveHistoryCache(file: string | undefined, key: string, rules: ReadonlyMap<string, RuleHistory>, gone: GoneRules): void {
  if (file === undefined) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ version: VERSION, schema: schemaDigest, key, rules: [...rules.values()], gone }));
    // Whole or not at all, even with two builds at once.
    renameSync(temp, file);
  } catch {
    // A cache that cannot be written costs time on the next build, nothing else.
  }
}
