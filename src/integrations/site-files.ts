import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Edition } from '../lib/editions.ts';
import { robotsTxt, sitemapXml } from '../lib/site-files.ts';

/**
 * After the build: robots.txt in both editions, and the public edition's sitemap.xml of every
 * page written that search engines may list (when its address is known: a sitemap holds full URLs).
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

/** `/` and `/rules/phone-calls/` for each `index.html` the build wrote, but for those asking not to be listed. */
function pagePaths(out: string): string[] {
  return readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html' && !unlisted(join(entry.parentPath, entry.name)))
    .map((entry) => {
      const folder = relative(out, entry.parentPath).split(sep).join('/');
      return folder ? `/${folder}/` : '/';
    });
}

const HEAD_BYTES = 4096;
const ROBOTS = /<meta name="robots" content="([^"]*)"/;

/**
 * Whether a page says `noindex` (the page left at a retired rule's address): its head is read, not
 * the whole page, so that a large book's sitemap costs little more than listing its folders.
 */
function unlisted(file: string): boolean {
  const head = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(file, 'r');
  let length: number;
  try {
    length = readSync(fd, head, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const robots = ROBOTS.exec(head.toString('utf8', 0, length)) ?? ROBOTS.exec(readFileSync(file, 'utf8'));
  return robots?.[1]?.includes('noindex') === true;
}
