// Internal links in pages and components: written from the edition's root, prefixed with its
// base path (`/` on its own host, `/rules/` on a GitHub Pages project site).
import { withBase } from '../lib/site-url.ts';

/** `href('/rules/phone-calls/')` → `/rules/phone-calls/`, or `/<base>/rules/phone-calls/` under a base path. */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}
