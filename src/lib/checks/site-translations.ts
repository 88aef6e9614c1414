import { findingAt } from '../finding-at.ts';
import type { Finding } from '../finding.ts';
import { BUILT_IN, isMessageKey } from '../i18n/catalogue.ts';
import { en } from '../i18n/messages/en.ts';
import { baseLanguage, bookLanguages, languageName } from '../languages.ts';
import { isPublic } from '../public-rule.ts';
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
  run({ site, siteSource, rules }) {
    if (!site || !siteSource) return [];
    const source = bookLanguages(site).source;
    // A topic with no public rule is staff business: the public pages never name it.
    const shown = site.categories.filter((category) => rules.some((rule) => isPublic(rule.data) && rule.data.category === category));
    return Object.entries(site.translations ?? {}).flatMap(([language, translation]) => {
      const wrong = languageProblem(siteSource, language, site.languages, siteSource.file);
      if (wrong) return [wrong];
      return [
        ...unknownCategories(site, siteSource, language, translation.categories ?? {}),
        ...missingCategories(site, siteSource, language, translation.categories, shown, source),
        ...unknownMessages(siteSource, language, translation.messages ?? {}),
        ...incompleteMessages(siteSource, language, translation.messages ?? {}),
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

/**
 * Topics left out of a language's names once its translator started on them: the French pages
 * named five topics in French and "Fees" in English, with no word from `check` (found by a
 * new-user trial). Not while a name is keyed wrong: its error says what to fix.
 */
function missingCategories(
  site: SiteSettings,
  source: YamlSource,
  language: string,
  names: Readonly<Record<string, string>> | undefined,
  shown: readonly string[],
  sourceLanguage: string,
): Finding[] {
  if (!names || Object.keys(names).some((category) => !site.categories.includes(category))) return [];
  const missing = shown.filter((category) => names[category] === undefined);
  if (missing.length === 0) return [];
  const name = languageName(language);
  const one = missing.length === 1;
  return [
    findingAt(
      source,
      'translation-missing',
      ['translations', language, 'categories'],
      'key',
      `no ${name} name for the ${one ? 'topic' : 'topics'} ${missing.map((category) => `"${category}"`).join(', ')}: the ${name} pages show ${one ? 'it' : 'them'} in ${languageName(sourceLanguage)}`,
      `Add ${missing.map((category) => `\`${category}: …\``).join(', ')} under \`categories\`, named as a native speaker would.`,
    ),
  ];
}

const MESSAGE_KEYS = Object.keys(en);

/** An override the site never shows: `rule.whyy` had changed nothing, with no word of it (found by a new-user trial). */
/**
 * A language the site has no wording of its own for is shown in it only when the book gives every
 * message: with one missing, the whole interface, and the pages' language, stay English. Said,
 * with the missing names, once the book has begun on them (found by a review: messages added in
 * a release had silently turned a German site English).
 */
function incompleteMessages(source: YamlSource, language: string, messages: Readonly<Record<string, string>>): Finding[] {
  if (BUILT_IN[language] ?? BUILT_IN[baseLanguage(language)]) return [];
  if (Object.keys(messages).length === 0) return [];
  const missing = MESSAGE_KEYS.filter((key) => !(key in messages));
  if (missing.length === 0) return [];
  const shown = missing.slice(0, 8).map((key) => `\`${key}\``);
  return [
    findingAt(
      source,
      'messages-incomplete',
      ['translations', language, 'messages'],
      'key',
      `${missing.length} interface ${missing.length === 1 ? 'message has' : 'messages have'} no ${languageName(language)} wording, so its pages stay in English: ${shown.join(', ')}${missing.length > shown.length ? ', …' : ''}`,
    ),
  ];
}

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
