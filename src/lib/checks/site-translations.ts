import { findingAt } from '../finding-at.ts';
import type { Finding } from '../finding.ts';
import { isMessageKey } from '../i18n/catalogue.ts';
import { en } from '../i18n/messages/en.ts';
import { closest } from '../schema-findings.ts';
import type { SiteSettings } from '../schemas.ts';
import type { YamlSource } from '../yaml-source.ts';
import type { BookCheck } from './check.ts';
import { languageProblem } from './translation-languages.ts';

/**
 * The site settings' own translations: each keyed by one of the other languages, naming real
 * categories and real interface messages.
 */
export const siteTranslations: BookCheck = {
  name: 'site-translations',
  run({ site, siteSource }) {
    if (!site || !siteSource) return [];
    return Object.entries(site.translations ?? {}).flatMap(([language, translation]) => {
      const wrong = languageProblem(siteSource, language, site.languages, siteSource.file);
      if (wrong) return [wrong];
      return [
        ...unknownCategories(site, siteSource, language, translation.categories ?? {}),
        ...unknownMessages(siteSource, language, translation.messages ?? {}),
      ];
    });
  },
};

function unknownCategories(site: SiteSettings, source: YamlSource, language: string, names: Readonly<Record<string, string>>): Finding[] {
  return Object.keys(names).flatMap((category) => {
    if (site.categories.includes(category)) return [];
    const guess = closest(category, site.categories);
    return [
      findingAt(
        source,
        'translation-unknown-category',
        ['translations', language, 'categories', category],
        'key',
        `"${category}" is not one of the categories (${site.categories.join(', ')})`,
        guess ? `Did you mean \`${guess}\`? Key the translated name by the category as \`categories\` writes it.` : undefined,
      ),
    ];
  });
}

const MESSAGE_KEYS = Object.keys(en);

/** An override the site never shows: `rule.whyy` had changed nothing, with no word of it (found by a new-user trial). */
function unknownMessages(source: YamlSource, language: string, messages: Readonly<Record<string, string>>): Finding[] {
  return Object.keys(messages).flatMap((key) => {
    if (isMessageKey(key)) return [];
    const guess = closest(key, MESSAGE_KEYS);
    return [
      findingAt(
        source,
        'unknown-message',
        ['translations', language, 'messages', key],
        'key',
        `\`${key}\` is not the name of an interface message, so this wording is shown nowhere`,
        guess ? `Did you mean \`${guess}\`?` : undefined,
      ),
    ];
  });
}
