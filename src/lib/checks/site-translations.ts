import { findingAt } from '../finding-at.ts';
import { closest } from '../schema-findings.ts';
import type { BookCheck } from './check.ts';
import { languageProblem } from './translation-languages.ts';

/** The site settings' own translations: each keyed by one of the other languages, naming real categories. */
export const siteTranslations: BookCheck = {
  name: 'site-translations',
  run({ site, siteSource }) {
    if (!site || !siteSource) return [];
    return Object.entries(site.translations ?? {}).flatMap(([language, translation]) => {
      const wrong = languageProblem(siteSource, language, site.languages, siteSource.file);
      if (wrong) return [wrong];
      return Object.keys(translation.categories ?? {}).flatMap((category) => {
        if (site.categories.includes(category)) return [];
        const guess = closest(category, site.categories);
        return [
          findingAt(
            siteSource,
            'translation-unknown-category',
            ['translations', language, 'categories', category],
            'key',
            `"${category}" is not one of the categories (${site.categories.join(', ')})`,
            guess ? `Did you mean \`${guess}\`? Key the translated name by the category as \`categories\` writes it.` : undefined,
          ),
        ];
      });
    });
  },
};
