// Astro's incremental build skips a page whose `cacheKey` (from getStaticPaths) and code are
// unchanged since the last build, and restores its previous output. The key is therefore a
// digest of everything the page shows: a value the page shows that is left out of its key would
// leave the page stale. tests/unit/incremental-build.test.ts holds a rebuilt site to a clean one.
import { createHash } from 'node:crypto';

/** A digest of what a page shows: plain data only, so nothing it holds is lost on the way. */
export function pageKey(shown: unknown): string {
  assertPlain('', shown);
  // Checked first, then written without a replacer: with one, JSON.stringify calls back into
  // JavaScript for every value (about 0.4 s of the 20,617 keys of a 10,000-rule build).
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url');
}

/**
 * JSON writes a Map or a Set as {} and drops functions: their changes would not change the key.
 * Each value is taken as JSON takes it: what its toJSON (a Date's) returns, if it has one.
 */
function assertPlain(key: string, raw: unknown): void {
  const written = raw as { toJSON?: (key: string) => unknown } | null | undefined;
  const value = typeof written?.toJSON === 'function' ? written.toJSON(key) : raw;
  if (typeof value === 'function' || value instanceof Map || value instanceof Set) {
    throw new Error(`pageKey: "${key}" is not plain data; give the key what the page shows of it`);
  }
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertPlain(String(index), item));
    return;
  }
  for (const [name, item] of Object.entries(value)) assertPlain(name, item);
}
