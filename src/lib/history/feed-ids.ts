import { createHash } from 'node:crypto';
import { latinSlug } from '../slug.ts';

/**
 * Atom ids never change and are unique: the organisation, the edition (and language), the rule and the commit.
 * URNs, as the site does not know the address it is published at. `organisation` is its name in
 * the book's source language, in every language's feed: a translated name had given each
 * language's feed its own, and renaming the translation changed every id.
 */
export function feedIds(organisation: string, edition: 'staff' | 'public', language?: string) {
  // The source language's public feed keeps the ids it had before there were others.
  const base = `urn:rules-clarity:${organisationKey(organisation)}:${edition}${language ? `:${language}` : ''}`;
  return {
    feed: `${base}:feed`,
    entry: (ruleId: string, commit: string) => `${base}:${encodeURIComponent(ruleId)}:${commit}`,
  };
}

/**
 * The name's letters and digits as a slug, or, for a name with none in Latin letters
 * ("مكتبة ريفرسايد"), a digest of it: all such names had shared one id, "category" (found by
 * a new-user trial).
 */
function organisationKey(organisation: string): string {
  return latinSlug(organisation) || `name-${createHash('sha256').update(organisation.normalize('NFC')).digest('hex').slice(0, 16)}`;
}
