import { slugify } from '../slug.ts';

/**
 * Atom ids never change and are unique: the organisation, the edition, the rule and the commit.
 * URNs, as the site does not know the address it is published at.
 */
export function feedIds(organisation: string, edition: 'staff' | 'public') {
  const base = `urn:rules-clarity:${slugify(organisation)}:${edition}`;
  return {
    feed: `${base}:feed`,
    entry: (ruleId: string, commit: string) => `${base}:${encodeURIComponent(ruleId)}:${commit}`,
  };
}
