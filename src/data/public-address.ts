// Where a rule's page is in the public edition, for QR codes on the staff edition's signs: the
// same `public_url` / RULES_PUBLIC_URL the public edition is built for.
import { editionLocation, publicRuleUrl } from '../lib/site-url.ts';
import { siteLanguages } from '../lib/i18n/languages.ts';
import { getBook } from './book.ts';

/**
 * `https://example.github.io/rules/rules/late-fees/` (or `…/rules/es/rules/late-fees/` in another
 * language of the book), or undefined when `public_url` is not set.
 */
export async function publicRuleAddress(id: string, lang?: string): Promise<string | undefined> {
  const { site } = await getBook();
  const location = editionLocation('public', site, process.env);
  const { source } = siteLanguages(site);
  return location && publicRuleUrl(location.url, id, lang ?? source, source);
}
