import type { Edition } from './editions.ts';

/**
 * Astro's cache folder for an edition, relative to the project unless RULES_CACHE_DIR is absolute:
 * one per edition (and per benchmark book) so builds running side by side never share one. The
 * build reads Astro's record of the last build there (src/cli/spare-site.ts).
 */
export function astroCacheDir(edition: Edition, env: Record<string, string | undefined>): string {
  return env.RULES_CACHE_DIR ?? `./node_modules/.astro/${edition}`;
}

/** Set by the build when the output folder it hands Astro already holds pages to keep. */
export const KEEP_OUT_DIR_ENV = 'RULES_KEEP_OUT_DIR';
