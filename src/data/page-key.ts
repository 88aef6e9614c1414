// Astro's incremental build skips a page whose `cacheKey` (from getStaticPaths) and code are
// unchanged since the last build, and restores its previous output. The key is therefore a
// digest of everything the page shows: a value the page shows that is left out of its key would
// leave the page stale. tests/unit/incremental-build.test.ts holds a rebuilt site to a clean one.
import { createHash } from 'node:crypto';

/** A digest of what a page shows: plain data only, so nothing it holds is lost on the way. */
export function pageKey(shown: unknown): string {
  const text = JSON.stringify(shown, (key, value: unknown) => {
    // JSON writes a Map or a Set as {} and drops functions: their changes would not change the key.
    if (value instanceof Map || value instanceof Set || typeof value === 'function') {
      throw new Error(`pageKey: "${key}" is not plain data; give the key what the page shows of it`);
    }
    return value;
  });
  return createHash('sha256').update(text).digest('base64url');
}
