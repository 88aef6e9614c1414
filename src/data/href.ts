// Internal links in pages and components: written from the edition's root, prefixed with its
// base path (`/` on its own host, `/rules/` on a GitHub Pages project site).
import { withBase } from '../lib/site-url.ts';

/** `href('/rules/phone-calls/')` → `/rules/phone-calls/`, or `/<base>/rules/phone-calls/` under a base path. */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

/**
 * An internal link as a full address when the edition knows where it is published (`site`, from
 * public_url or staff_url): a feed is read away from the site, and feed readers need full
 * addresses. Without one the link stays relative, resolved against the feed's own address.
 */
export function feedHref(path: string, site: URL | undefined): string {
  const link = href(path);
  return site ? new URL(link, site).href : link;
}
