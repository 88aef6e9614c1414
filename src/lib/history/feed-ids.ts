import { slugify } from '../slug.ts';

/**
 * Atom ids never change and are unique: the organisation, the edition (and language), the rule and the commit.
 * URNs, as the site does not know the address it is published at.
 */
export function feedIds(organisation: string, edition: 'staff' | 'public', language?: string) {
  // The source language's public feed keeps the ids it had before there were others.
  const base = `urn:rules-clarity:${slugify(organisation)}:${edition}${language ? `:${language}` : ''}`;
  return {
    feed: `${base}:feed`,
    entry: (ruleId: string, commit: string) => `${base}:${encodeURIComponent(ruleId)}:${commit}`,
  };
}
