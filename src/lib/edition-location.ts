import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Edition } from './editions.ts';
import { editionLocation, type EditionLocation, type UrlSettings } from './site-url.ts';

const SITE_FILES = ['_site.yaml', '_site.yml'];

/**
 * Where `edition` of the book in `dir` is published, for Astro's `site` and `base`: the
 * environment's RULES_PUBLIC_URL / RULES_STAFF_URL, else `public_url` / `staff_url` in the site
 * settings. A settings file that cannot be read counts as none: the check reports it.
 */
export function locationOf(edition: Edition, dir: string, env: Record<string, string | undefined>): EditionLocation | undefined {
  const file = SITE_FILES.map((name) => join(dir, name)).find((path) => existsSync(path));
  let settings: UrlSettings = {};
  try {
    const data: unknown = file ? parse(readFileSync(file, 'utf8')) : undefined;
    if (data && typeof data === 'object') settings = data as UrlSettings;
  } catch {
    // Not YAML: the check, which runs before every build, says where and why.
  }
  return editionLocation(edition, settings, env);
}
