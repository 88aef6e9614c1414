import { findingAt } from '../finding-at.ts';
import type { Finding } from '../finding.ts';
import { BUILT_IN, isMessageKey, placesOfMessage } from '../i18n/catalogue.ts';
import { placesOf } from '../i18n/format.ts';
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
        ...Object.entries(translation.messages ?? {}).flatMap(([key, text]) =>
          isMessageKey(key) ? placeProblems(siteSource, language, key, text) : [],
        ),
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

/**
 * A message's `{places}` against the English one's. A place renamed in translation (`{compte}`
 * for `{count}`) is shown as written, and one left out never shows what the site fills in (a
 * French volunteer's home page read "Voir les {compte} règles", and rule pages gave no date,
 * with no word from `check`).
 */
function placeProblems(source: YamlSource, language: string, key: string, text: string): Finding[] {
  const { needed, optional } = placesOfMessage(key);
  const written = placesOf(text);
  const unknown = written.filter((place) => !needed.includes(place) && !optional.includes(place));
  const missing = needed.filter((place) => !written.includes(place));
  const guesses = guessPlaces(unknown, missing);
  const path = ['translations', language, 'messages', key];
  const shown = (places: readonly string[]) => listed(places.map((place) => `\`{${place}}\``));
  const has = [...needed, ...optional];
  const wrong = unknown.map((place) => {
    const guess = guesses.get(place);
    const finding = findingAt(
      source,
      'message-unknown-placeholder',
      path,
      'value',
      has.length > 0
        ? `\`{${place}}\` is not a placeholder of \`${key}\`: it has ${shown(has)}`
        : `\`{${place}}\` is not a placeholder: \`${key}\` has none`,
      `${guess ? `Did you mean \`{${guess}}\`? ` : ''}The site fills in each placeholder by its English name, wherever your language puts it: translate the words around it, not the name in braces.`,
    );
    return { ...finding, ...source.within(path, [{ match: `{${place}}`, index: text.indexOf(`{${place}}`) }])[0] };
  });
  const guessed = new Set(guesses.values());
  const dropped = missing
    .filter((place) => !guessed.has(place))
    .map((place) =>
      findingAt(
        source,
        'message-missing-placeholder',
        path,
        'value',
        `\`${key}\` leaves out \`{${place}}\`, so the ${languageName(language)} pages show nothing where the site fills it in (English: "${englishOf(key)}")`,
        `Write \`{${place}}\` in the message where your language puts it; the site replaces it.`,
      ),
    );
  return [...wrong, ...dropped];
}

/** Each renamed place's likely English name: a near spelling, else the one left over when one of each is. */
function guessPlaces(unknown: readonly string[], missing: readonly string[]): Map<string, string> {
  const guesses = new Map<string, string>();
  for (const place of unknown) {
    const near = closest(place, missing);
    if (near && ![...guesses.values()].includes(near)) guesses.set(place, near);
  }
  const left = missing.filter((place) => ![...guesses.values()].includes(place));
  const unguessed = unknown.filter((place) => !guesses.has(place));
  // As many renamed as left out: written in the English order, as translators mostly keep it.
  if (left.length > 0 && left.length === unguessed.length) unguessed.forEach((place, index) => guesses.set(place, left[index]!));
  return guesses;
}

function englishOf(key: string): string {
  const english = en as Record<string, string>;
  return english[key] ?? english[`${key.slice(0, key.lastIndexOf('.'))}.other`] ?? key;
}

/** "`a`", "`a` and `b`", "`a`, `b` and `c`". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
