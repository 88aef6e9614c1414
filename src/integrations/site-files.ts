import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Edition } from '../lib/editions.ts';
import { robotsTxt, sitemapXml } from '../lib/site-files.ts';

/**
 * After the build: robots.txt in both editions, and the public edition's sitemap.xml of every
 * page written (when its address is known: a sitemap holds full URLs).
 */
export function siteFiles(edition: Edition): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'rules-clarity-site-files',
    hooks: {
      'astro:config:done'({ config }) {
        site = config.site ? new URL(config.base, config.site).href : undefined;
      },
      'astro:build:done'({ dir }) {
        const out = fileURLToPath(dir);
        writeFileSync(join(out, 'robots.txt'), robotsTxt(edition, site));
        if (edition === 'public' && site) writeFileSync(join(out, 'sitemap.xml'), sitemapXml(site, pagePaths(out)));
      },
    },
  };
}

/** `/` and `/rules/phone-calls/` for each `index.html` the build wrote. */
function pagePaths(out: string): string[] {
  return readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => {
      const folder = relative(out, entry.parentPath).split(sep).join('/');
      return folder ? `/${folder}/` : '/';
    });
}
