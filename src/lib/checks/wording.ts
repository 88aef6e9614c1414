import { catalogue } from '../catalogue.ts';
import type { Finding } from '../finding.ts';
import { findingAt } from '../finding-at.ts';
import { forbiddingHits } from '../wording/forbidding.ts';
import { glossary, glossaryIn } from '../wording/glossary.ts';
import { wordingLanguage } from '../wording/languages/index.ts';
import { bookLanguages, languageName } from '../languages.ts';
import { SOURCE_FIELDS } from '../translations/status.ts';
import type { Hit } from '../wording/hit.ts';
import { jargonHits } from '../wording/jargon.ts';
import { untranslatedHits } from '../wording/untranslated.ts';
import { publicTexts } from '../public-text.ts';
import type { BookCheck, BookRule } from './check.ts';
import type { SiteSettings } from '../schemas.ts';
import { isPublic } from '../public-rule.ts';

export const DEFAULT_READING_GRADE = 8;
export const DEFAULT_LONG_SENTENCE = 25;

// An organisation whose name says it is a library, in the built-in languages.
const LIBRARY_NAME = /librar|bibliot|m[ée]diat|مكتبة/iu;

// The intent is written for staff, but without a public_why it is what visitors read.
const INTENT_IS_PUBLIC = 'Visitors read the intent as "Why we ask": to keep it in staff words, add a `public_why` in visitors\' words.';

/**
 * The welcoming-language check of public text: whatever the public edition and the signs show of
 * a public rule (its title, public wording, and public_why, or its intent when it has none), and
 * its translations, each in its own language (wording/languages/): insider jargon everywhere;
 * forbidding phrasing, reading level and long sentences in the prose (a title is a name, too
 * short for a grade). A rule may allow a finding in `wording_ok`, with a reason; an allowance
 * that matches nothing is reported, so stale ones do not pile up.
 */
export const wording: BookCheck = {
  name: 'wording',
  perRule: true,
  run({ rules, site }) {
    const targets = {
      grade: site?.wording?.reading_grade ?? DEFAULT_READING_GRADE,
      longSentence: site?.wording?.long_sentence ?? DEFAULT_LONG_SENTENCE,
    };
    const languages = bookLanguages(site);
    const checkerOf = (code: string, isSource: boolean) => {
      const language = wordingLanguage(code);
      const terms = glossaryFor(site, code, isSource);
      const forbidding = language.forbidding;
      // A title is a name, too short for a reading grade; but "No phones in changing rooms" heads
      // the public page and the printed sign as forbiddingly as any sentence (found by a new-user
      // trial: the README promised titles were checked for it).
      const forbids = (text: string) => (forbidding ? forbiddingHits(text, forbidding.phrases, forbidding.hint || undefined) : []);
      return (field: string, text: string): Hit[] =>
        field === 'title'
          ? [...jargonHits(text, terms, code), ...forbids(text)]
          : [...jargonHits(text, terms, code), ...forbids(text), ...language.readingHits(text, targets)];
    };
    const inSource = checkerOf(languages.source, true);
    // Only the book's languages: a translation under another key is an error of its own. Source
    // text left in a translation is checked here, so `wording_ok` can allow a name ("Wi-Fi").
    const inTranslation = new Map(
      languages.others.map((code) => {
        const language = checkerOf(code, false);
        const pair = { source: wordingLanguage(languages.source), target: wordingLanguage(code) };
        return [
          code,
          (field: string, text: string, source?: string) => [...untranslatedHits(field, text, source, pair), ...language(field, text)],
        ];
      }),
    );
    const findings: Finding[] = [];
    for (const rule of rules) {
      if (!isPublic(rule.data)) continue;
      const allowances = rule.data.wording_ok ?? [];
      const used = new Set<number>();
      for (const { path, field, text, source, hitsOf } of textsOf(rule, inSource, inTranslation)) {
        const shown = hitsOf(field, text, source).filter((hit) => {
          const allowed = allowances.findIndex((allowance) => allows(allowance, hit));
          if (allowed >= 0) used.add(allowed);
          return allowed < 0;
        });
        // All of a field's hits are placed at once: one pass over its text, however many there are.
        const places = rule.source.within(path, shown);
        shown.forEach((hit, index) => {
          const hint = field === 'intent' ? `${hit.hint ?? catalogue[hit.code].hint} ${INTENT_IS_PUBLIC}` : hit.hint;
          findings.push({ ...findingAt(rule.source, hit.code, path, 'value', hit.message, hint), ...places[index] });
        });
      }
      allowances.forEach((allowance, index) => {
        // "ok" is no reason a reviewer can weigh (found by a deputy director's trial: it silenced
        // the pull-request check on "Patrons" in a public wording).
        if (NO_REASON.test(allowance.why.trim()))
          findings.push(
            findingAt(
              rule.source,
              'wording-ok-no-reason',
              ['wording_ok', index, 'why'],
              'value',
              `"${allowance.why.trim()}" gives no reason to allow ${allowance.word ? `"${allowance.word}"` : `the ${allowance.check} check`}`,
            ),
          );
        if (used.has(index)) return;
        const what = allowance.word ? `"${allowance.word}" (${allowance.check})` : `the ${allowance.check} check`;
        findings.push(
          findingAt(
            rule.source,
            'wording-ok-unused',
            ['wording_ok', index],
            'value',
            `allows ${what}, but this rule's public text no longer needs it`,
          ),
        );
      });
    }
    return findings;
  },
  notes({ rules, site }) {
    return [...languageNotes(rules, site), ...glossaryNote(rules, site)];
  },
};

// What an editor writes to get past the check rather than to say why.
const NO_REASON = /^(?:ok(?:ay)?|fine|yes|no|none|n\/?a|na|tbd|todo|because|needed|required|reason|-+|\.+|\?+|x+)[.!]*$/iu;

/** The languages whose public text some checks cannot read, each said once. */
function languageNotes(rules: readonly BookRule[], site: SiteSettings | undefined): string[] {
  const languages = bookLanguages(site);
  const used = new Set([languages.source]);
  for (const rule of rules)
    if (isPublic(rule.data))
      for (const code of Object.keys(rule.data.translations ?? {})) if (languages.others.includes(code)) used.add(code);
  return [...used].flatMap((code) => {
    const language = wordingLanguage(code);
    // Named only when a note says it: the platform's language names take 17 ms to load.
    if (language.readingFormula && language.forbidding) return [];
    const name = languageName(code);
    return [
      ...(language.readingFormula
        ? []
        : [
            `Reading level is not checked in ${name}: no standard readability formula for it is built in (long sentences and jargon are checked).`,
          ]),
      ...(language.forbidding ? [] : [`Forbidding phrasing is not checked in ${name}: no phrases for it are built in.`]),
    ];
  });
}

/**
 * The built-in glossary is a library's: where the book is not one, its words may be plain
 * language there (a pool's "circulation" is its water's). Said once, with how to keep such a word,
 * when a word of it was flagged (found by a new-user trial). Read only for such a book.
 */
function glossaryNote(rules: readonly BookRule[], site: SiteSettings | undefined): string[] {
  if (site?.builtin_jargon === false || LIBRARY_NAME.test(site?.organisation ?? '')) return [];
  // The glossary of the language the rules are written in, as their check reads them.
  const languages = bookLanguages(site);
  const builtin = glossaryFor(site, languages.source, true).filter((term) => term.builtin);
  const flagged = new Set<string>();
  for (const rule of rules)
    if (isPublic(rule.data))
      for (const { text } of publicTexts(rule.data))
        for (const hit of jargonHits(text, builtin, languages.source))
          if (!(rule.data.wording_ok ?? []).some((allowance) => allows(allowance, hit))) flagged.add(hit.word ?? hit.match);
  if (flagged.size === 0) return [];
  const words = [...flagged].map((word) => `"${word}"`).join(', ');
  return [
    `Library jargon was found (${words}) by the built-in glossary, which is a library's. Where a word of it is plain language for ${site?.organisation ?? 'your organisation'}, allow it on the rule in \`wording_ok\`, or set \`builtin_jargon: false\` in _site.yaml.`,
  ];
}

/** The jargon terms for text in `code`: that language's built-in list (unless switched off) and the book's own. */
function glossaryFor(site: SiteSettings | undefined, code: string, isSource: boolean) {
  return isSource && code === 'en' ? glossary(site) : glossaryIn(site, wordingLanguage(code), isSource);
}

/** The hits of one text; a translation's also reads the source text it translates. */
type Checker = (field: string, text: string, source?: string) => Hit[];

interface PublicText {
  path: (string | number)[];
  field: string;
  text: string;
  /** For a translation: the rule's own text of that field. */
  source?: string;
  hitsOf: Checker;
}

/** Each public text of a rule, where it is written, and the check of its language. */
function textsOf(rule: BookRule, inSource: Checker, inTranslation: ReadonlyMap<string, Checker>): PublicText[] {
  const texts: PublicText[] = publicTexts(rule.data).map(({ field, text }) => ({ path: [field], field, text, hitsOf: inSource }));
  for (const [code, translation] of Object.entries(rule.data.translations ?? {})) {
    const hitsOf = inTranslation.get(code);
    if (!hitsOf) continue;
    for (const field of SOURCE_FIELDS) {
      const text = translation[field];
      const source = rule.data[field];
      if (typeof text === 'string')
        texts.push({ path: ['translations', code, field], field, text, ...(typeof source === 'string' ? { source } : {}), hitsOf });
    }
  }
  return texts;
}

function allows(allowance: { check: string; word?: string }, hit: Hit): boolean {
  if (allowance.check !== hit.check) return false;
  return (
    allowance.word === undefined ||
    allowance.word.toLowerCase() === (hit.word ?? '').toLowerCase() ||
    allowance.word.toLowerCase() === hit.match.toLowerCase()
  );
}
