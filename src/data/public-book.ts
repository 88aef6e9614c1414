// What the public edition may know of the book: public rules, and of each only the fields a
// visitor reads. Public pages take their data from here, never from the full rules, so a staff
// field cannot reach them by accident.
import type { Color, Rule } from '../lib/schemas.ts';
import { bookSynonyms } from '../lib/search/book-synonyms.ts';
import type { SynonymGroup } from '../lib/search/synonyms.ts';
import type { FieldChange } from '../lib/changes/diff.ts';
import type { PublicChange } from '../lib/history/history.ts';
import { siteLanguages } from '../lib/i18n/languages.ts';
import { localRule, type LocalText } from '../lib/i18n/local-rule.ts';
import { getBook, isPublic } from './book.ts';
import { bookHistory, historyOf } from './history.ts';

export interface PublicRule {
  id: string;
  title: string;
  /** The topic as written in the book (its page's address comes from it). */
  category: string;
  /** The topic in the page's language. */
  categoryName: string;
  /** The welcoming wording. */
  wording: string;
  /** Shown as "Why we ask": the rule's `public_why`, or its intent when it has none. */
  why: string;
  /**
   * The language each text is in: the page's, or the source language where the rule has no
   * translation yet (the page says so and marks that text with its language).
   */
  lang: { title: string; wording: string; why: string };
  /** Only when the organisation opts in to showing colors in public. */
  color?: Color;
  history: PublicHistory;
}

/** A change to a rule's public text: its date, and public fields only (no commit subject). */
export interface PublicUpdate {
  date: string;
  day: string;
  /** For feed ids only. */
  commit: string;
  change: PublicChange;
}

export type PublicHistory =
  | { state: 'unavailable' }
  | { state: 'uncommitted'; updates: PublicUpdate[] }
  | { state: 'known'; last: PublicUpdate; updates: PublicUpdate[] };

export interface PublicBook {
  /** The language of this view of the book. */
  language: string;
  organisation: string;
  /** The organisation's name in `language`, or as written when the book gives none. */
  organisationLang: string;
  /** Topics as written in the book; `categoryName` gives each in `language`. */
  categories: string[];
  categoryName: Map<string, LocalText>;
  showColors: boolean;
  rules: PublicRule[];
  categorySlug: Map<string, string>;
  /** Search synonyms: words, not rule text; not the desk's situation words (DESK_SYNONYMS). */
  synonyms: SynonymGroup[];
}

const cached = new Map<string, Promise<PublicBook>>();

/** The public book in `language` (default: the source language), its rules sorted by title in it. */
export function getPublicBook(language?: string): Promise<PublicBook> {
  const key = language ?? '';
  if (!cached.has(key)) cached.set(key, read(language));
  return cached.get(key)!;
}

async function read(language: string | undefined): Promise<PublicBook> {
  const { site, rules, categorySlug } = await getBook();
  const languages = siteLanguages(site);
  const lang = language ?? languages.source;
  const own = lang === languages.source ? undefined : site.translations?.[lang];
  const showColors = site.public_colors === true;
  const publicRules = rules.filter(isPublic);
  // A topic with no public rule is staff business: its name stays out of the public site.
  const categories = site.categories.filter((category) => publicRules.some((rule) => rule.category === category));
  const categoryName = new Map(
    categories.map((category) => {
      const name = own?.categories?.[category];
      return [category, name ? { text: name, lang } : { text: category, lang: languages.source }];
    }),
  );
  const localRules = publicRules.map((rule): PublicRule => {
    const local = localRule(rule, lang, languages.source);
    return {
      id: rule.id,
      title: local.title.text,
      category: rule.category,
      categoryName: categoryName.get(rule.category)!.text,
      wording: local.wording.text,
      why: local.why.text,
      lang: { title: local.title.lang, wording: local.wording.lang, why: local.why.lang },
      ...(showColors ? { color: rule.color } : {}),
      history: publicHistory(rule),
    };
  });
  return {
    language: lang,
    organisation: own?.organisation ?? site.organisation,
    organisationLang: own?.organisation ? lang : languages.source,
    categories,
    categoryName,
    showColors,
    categorySlug,
    // The book's synonyms and the built-in ones are words of the source language.
    synonyms: lang === languages.source ? bookSynonyms(site, 'public') : [],
    rules: localRules.sort((a, b) => a.title.localeCompare(b.title, lang)),
  };
}

/** The public part of a rule's history: only commits that changed what visitors read. */
function publicHistory(rule: Rule): PublicHistory {
  const view = historyOf(rule);
  if (view.state === 'unavailable') return { state: 'unavailable' };
  const updates = view.entries.flatMap((entry) =>
    entry.public ? [{ date: entry.date, day: entry.day, commit: entry.commit, change: copyPublic(entry.public) }] : [],
  );
  if (view.state === 'uncommitted') return { state: 'uncommitted', updates };
  const last = updates[0];
  return last ? { state: 'known', last, updates } : { state: 'uncommitted', updates };
}

// Field by field, so that nothing else the history holds comes along.
function copyPublic(change: PublicChange): PublicChange {
  const field = ({ field, before, after, redline }: FieldChange): FieldChange => ({
    field,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    ...(redline ? { redline: redline.map((part) => ({ op: part.op, text: part.text })) } : {}),
  });
  return { published: change.published, fields: change.fields.map(field) };
}

/** Every dated update of the public rules, newest first; `available` false without git history. */
export async function publicUpdates(
  language?: string,
): Promise<{ available: boolean; updates: { rule: PublicRule; entry: PublicUpdate }[] }> {
  const { rules } = await getPublicBook(language);
  const available = rules.every((rule) => rule.history.state !== 'unavailable');
  const updates = rules
    .flatMap((rule) => (rule.history.state === 'unavailable' ? [] : rule.history.updates.map((entry) => ({ rule, entry }))))
    .sort((a, b) => Date.parse(b.entry.date) - Date.parse(a.entry.date) || a.rule.title.localeCompare(b.rule.title, 'en'));
  return { available: available && bookHistory().available, updates };
}
