// The files crawlers read: robots.txt for both editions (the staff edition turns every crawler
// away), and the public edition's sitemap.xml of every page it published.
import type { Edition } from './editions.ts';

/** `site` is the edition's full address (origin and base, ending in `/`), when it is known. */
export function robotsTxt(edition: Edition, site: string | undefined): string {
  if (edition === 'staff') return '# The staff edition is for staff only.\nUser-agent: *\nDisallow: /\n';
  return `User-agent: *\nAllow: /\n${site ? `\nSitemap: ${site}sitemap.xml\n` : ''}`;
}

/** `pages` are paths from the edition's root (`/`, `/rules/phone-calls/`). */
export function sitemapXml(site: string, pages: readonly string[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const urls = [...pages].sort().map((page) => `  <url><loc>${escape(new URL(page.replace(/^\//, ''), site).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
