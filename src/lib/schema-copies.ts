// A book kept outside this project has copies of the JSON Schemas beside it (`init` makes them,
// for its files' editor help). They do not follow the tool: after an update, the editor offers
// the old fields and misses the new ones, and nothing said so (found by a new-user trial).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The JSON Schemas a book outside this project gets copies of (`init`). */
export const SCHEMA_FILES = ['policy.schema.json', 'site.schema.json'] as const;

/**
 * A note when the schemas beside the book (`<book>/../schemas/`) differ from `current` (this
 * project's `schemas/`); none for a book that uses the project's own, or has no copies.
 */
export function staleSchemaCopies(book: string, current: string, cwd = process.cwd()): string[] {
  const copies = join(dirname(resolve(book)), 'schemas');
  if (resolve(copies) === resolve(current)) return [];
  const stale = SCHEMA_FILES.filter((name) => {
    const copy = join(copies, name);
    return existsSync(copy) && readFileSync(copy, 'utf8') !== readFileSync(join(current, name), 'utf8');
  });
  if (stale.length === 0) return [];
  const shown = relative(cwd, copies) || '.';
  return [
    `The book's copy of the JSON Schemas (${shown}/) differs from this tool's: editor help may offer old fields and miss new ones. Copy ${stale.join(' and ')} from ${relative(cwd, current) || '.'}/ there again.`,
  ];
}
