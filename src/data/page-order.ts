// The order the rule pages are rendered in. `rules-clarity build` makes the rule pages' folders
// before Astro renders, reads the order its search index will meet them in (the order the file
// system lists the folders: src/cli/walk-order.ts), and names it here. Rendered in that order,
// the pages can be indexed a share at a time while Astro still renders the rest
// (src/cli/read-ahead.ts). Only the order changes, never a page.
import { readFileSync } from 'node:fs';

/** The environment variable naming the file (a JSON list of page files, e.g. `rules/wifi/index.html`). */
export const PAGE_ORDER_ENV = 'RULES_PAGE_ORDER';

/** Read once per file: each route with rule pages asks. */
const read = new Map<string, Map<string, number>>();

function positionsOf(env: NodeJS.ProcessEnv): Map<string, number> {
  const file = env[PAGE_ORDER_ENV];
  if (!file) return new Map();
  let positions = read.get(file);
  if (!positions) {
    let order: unknown = [];
    try {
      order = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // No order (the build could not make one): the pages keep theirs.
    }
    positions = new Map(Array.isArray(order) ? order.map((page, at) => [String(page), at]) : []);
    read.set(file, positions);
  }
  return positions;
}

/** `paths` in the build's page order; `pageOf` names a path's page file. Paths it does not name keep their order, after the others. */
export function inPageOrder<T>(paths: readonly T[], pageOf: (path: T) => string, env: NodeJS.ProcessEnv = process.env): T[] {
  const known = positionsOf(env);
  if (known.size === 0) return [...paths];
  const at = (path: T) => known.get(pageOf(path)) ?? known.size;
  return paths
    .map((path, index) => ({ path, index, at: at(path) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ path }) => path);
}
