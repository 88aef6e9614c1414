// Where a rule's page is in the public edition, for QR codes on the staff edition's signs: the
// same `public_url` / RULES_PUBLIC_URL the public edition is built for.
import { editionLocation } from '../lib/site-url.ts';
import { getBook } from './book.ts';

/** `https://example.github.io/rules/rules/late-fees/`, or undefined when `public_url` is not set. */
export async function publicRuleAddress(id: string): Promise<string | undefined> {
  const { site } = await getBook();
  const location = editionLocation('public', site, process.env);
  return location && `${location.url}rules/${encodeURIComponent(id)}/`;
}
