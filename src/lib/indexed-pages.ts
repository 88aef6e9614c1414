// The pages search indexes (the build's INDEXED_PAGES), named from the checked book before Astro
// writes them, so the build can begin its index as soon as the last of them is written
// (index-ahead.ts). Only speed depends on the list: a site whose pages differ from it is indexed
// afresh.
import type { Edition } from './editions.ts';
import { languagePrefix, siteLanguages } from './i18n/languages.ts';
import { isPublic } from './public-rule.ts';
import type { Rule, SiteSettings } from './schema-types.generated.ts';

/** Each rule's page, relative to the edition's site: in the staff edition, in the public one in each of its languages. */
export function indexedPages(
  edition: Edition,
  book: { site: SiteSettings | undefined; rules: readonly Pick<Rule, 'id' | 'public'>[] },
): string[] {
  if (edition === 'staff') return book.rules.map((rule) => `rules/${rule.id}/index.html`);
  const languages = siteLanguages(book.site ?? {});
  const shown = book.rules.filter(isPublic);
  return languages.all.flatMap((language) => {
    const folder = languagePrefix(language, languages).slice(1);
    return shown.map((rule) => `${folder ? `${folder}/` : ''}rules/${rule.id}/index.html`);
  });
}
