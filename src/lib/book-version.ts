// Which version of the rule book a page was built from, so a printed binder can be matched with
// the site: the same rules and settings always give the same version, any change a new one.
import { createHash } from 'node:crypto';
import type { Rule, SiteSettings } from './schemas.ts';

/** Ten hex digits of a SHA-256 of the settings and every rule, by id so file order does not count. */
export function bookVersion(site: SiteSettings, rules: readonly Rule[]): string {
  const byId = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return createHash('sha256')
    .update(JSON.stringify({ site, rules: byId }))
    .digest('hex')
    .slice(0, 10);
}
