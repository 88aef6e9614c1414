import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Edition } from './editions.ts';

/**
 * Astro's cache folder for an edition, relative to the project unless RULES_CACHE_DIR is absolute:
 * one per edition (and per benchmark book) so builds running side by side never share one. The
 * build reads Astro's record of the last build there (src/cli/spare-site.ts).
 */
export function astroCacheDir(edition: Edition, env: Record<string, string | undefined>): string {
  return env.RULES_CACHE_DIR ?? `./node_modules/.astro/${edition}`;
}

/**
 * Astro's content store in its cache folder. The build command skips Astro's content sync
 * (src/cli/astro-build-quiet.js), so it drops any store left there (by `astro build`, or by an
 * older version of this tool): never updated, it would only be bundled into the build, unused.
 */
export const ASTRO_CONTENT_STORE = 'data-store.json';

/** Set by the build when the output folder it hands Astro already holds pages to keep. */
export const KEEP_OUT_DIR_ENV = 'RULES_KEEP_OUT_DIR';

/**
 * The cache folder the build command gives Astro for one output folder: RULES_CACHE_DIR when set,
 * else one per edition and output folder. Astro's record of the last build decides which pages of
 * the replaced site a build keeps (src/cli/spare-site.ts): two outputs sharing it would each read
 * the other's. Returns the folder and whether the build chose it (and may throw it away).
 */
export function buildCacheDir(
  edition: Edition,
  target: string,
  env: Record<string, string | undefined>,
  project: string,
): { folder: string; own: boolean } {
  if (env.RULES_CACHE_DIR) return { folder: resolve(project, env.RULES_CACHE_DIR), own: false };
  return { folder: resolve(project, astroCacheDir(edition, {}), `..`, `${edition}-${outputDigest(target)}`), own: true };
}

/** A short name for an output folder, from its full path: its Astro cache and its spare site are named by it. */
export function outputDigest(target: string): string {
  return createHash('sha256').update(resolve(target)).digest('hex').slice(0, 16);
}
