// What the public edition may know of the book: public rules, and of each only the fields a
// visitor reads. Public pages take their data from here, never from the full rules, so a staff
// field cannot reach them by accident.
import type { Color, Rule, SiteSettings } from '../lib/schemas.ts';
import { NO_RETRANSLATION_MARK, translationStatus, type TranslationStatus } from '../lib/translations/status.ts';
import { bookAcronyms, bookSynonyms } from '../lib/search/book-synonyms.ts';
import { languageSynonyms, type SynonymGroup } from '../lib/search/synonyms.ts';
import type { FieldChange } from '../lib/changes/diff.ts';
import { idsByCommit, trailEnd, type HistoryEntry, type PublicChange } from '../lib/history/history.ts';
import { siteLanguages } from '../lib/i18n/languages.ts';
import { localRule, type LocalText } from '../lib/i18n/local-rule.ts';
import { getBook, isPublic } from './book.ts';
import { replacersOf } from '../lib/related.ts';
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
  /**
   * When the text this page shows last changed: in the source language, its last public update;
   * in another, fully translated, when the translation last changed.
   */
  updated: LastUpdated;
  /**
   * A translation whose source text changed after it (translations/status.ts): the page says so
   * and links the source text, so no visitor relies unknowingly on a rule as it used to read.
   */
  outOfDate?: { day?: string; date?: string };
}

export type LastUpdated = { state: 'known'; date: string; day: string } | { state: 'uncommitted' } | { state: 'unavailable' };

/** A change to a rule's public text: its date, and public fields only (no commit subject). */
export interface PublicUpdate {
  date: string;
  day: string;
  /** For feed ids only. */
  commit: string;
  /** The rule's id just after this change (history.ts idsByCommit), for feed ids only. */
  idThen: string;
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
  /** The glossary's acronyms, for the source language's search (bookAcronyms). */
  acronyms: string[];
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
  const statuses = translationStates(publicRules, site, lang, languages.source);
  const localRules = publicRules.map((rule): PublicRule => {
    const local = localRule(rule, lang, languages.source);
    // The public history's fields (history.ts publicFields), and whether this language reads each translated.
    const inLanguage: Record<string, LocalText> = { title: local.title, public_wording: local.wording, why: local.why };
    const status = statuses?.get(rule.id);
    const history = publicHistory(
      rule,
      lang === languages.source
        ? undefined
        : { language: lang, translated: (field) => inLanguage[field]?.lang === lang, ...behindOf(status) },
    );
    return {
      id: rule.id,
      title: local.title.text,
      category: rule.category,
      categoryName: categoryName.get(rule.category)!.text,
      wording: local.wording.text,
      why: local.why.text,
      lang: { title: local.title.lang, wording: local.wording.lang, why: local.why.lang },
      ...(showColors ? { color: rule.color } : {}),
      history,
      updated: local.complete && status ? (translationUpdated(status, history) ?? sourceUpdated(history)) : sourceUpdated(history),
      ...(status?.state === 'out-of-date'
        ? { outOfDate: status.source?.committed ? { day: status.source.day, date: status.source.date } : {} }
        : {}),
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
    // The book's synonyms and the built-in ones are words of the source language; another
    // language has its own built-in groups, if any.
    synonyms: lang === languages.source ? bookSynonyms(site, 'public') : languageSynonyms(lang),
    acronyms: lang === languages.source ? bookAcronyms(site) : [],
    rules: localRules.sort((a, b) => a.title.localeCompare(b.title, lang)),
  };
}

/** What an out-of-date translation is behind on, as the public history names the fields. */
function behindOf(status: TranslationStatus | undefined): Pick<LocalReading, 'behind'> {
  if (status?.state !== 'out-of-date' || !status.changed) return {};
  const since = status.translation?.committed ? status.translation.commit : undefined;
  return { behind: { fields: new Set(status.changed.map((change) => TRANSLATES[change.field] ?? change.field)), since } };
}

/** Each public rule's translation status in `language`; none for the source language. */
function translationStates(
  rules: readonly Rule[],
  site: SiteSettings,
  language: string,
  source: string,
): Map<string, TranslationStatus> | undefined {
  if (language === source) return undefined;
  const { statuses } = translationStatus(rules, site, bookHistory());
  return new Map(statuses.filter((status) => status.language === language).map((status) => [status.id, status]));
}

function sourceUpdated(history: PublicHistory): LastUpdated {
  return history.state === 'known' ? { state: 'known', date: history.last.date, day: history.last.day } : { state: history.state };
}

/**
 * When a translation last changed, as far as git tells, and never before the rule was published
 * (a translation written while the rule was staff-only); undefined when it cannot tell.
 */
function translationUpdated(status: TranslationStatus, history: PublicHistory): LastUpdated | undefined {
  const change = status.translation;
  if (status.state === 'unknown' || status.state === 'missing' || !change) return undefined;
  if (!change.committed) return { state: 'uncommitted' };
  const published = history.state === 'unavailable' ? undefined : history.updates.find((update) => update.change.published);
  const later = published && Date.parse(published.date) > Date.parse(change.date) ? published : change;
  return { state: 'known', date: later.date, day: later.day };
}

/**
 * The public part of a rule's history: only commits that changed what visitors read. In another
 * language (`local`), the source text's changes (the rule changed, though its translation may lag
 * behind: the page says so), but not a fix its commit says needs no new translation
 * (`[translations ok]`) to text they read translated; and the translators' own changes, which had
 * been left out, so that the Spanish page and feed followed the English commits only (both found
 * by new-user trials).
 */
function publicHistory(rule: Rule, local?: LocalReading): PublicHistory {
  const view = historyOf(rule);
  if (view.state === 'unavailable') return { state: 'unavailable' };
  const ids = idsByCommit(rule.id, view.entries);
  const updates: PublicUpdate[] = [];
  // Newest first, from the rule as it is now: public. A translation changed while the rule was
  // staff-only is no public update.
  let shown = true;
  // Newest first, down to the commit the translation was last written in: the changes of the
  // fields it is behind on (its status, the rule page's) are ahead of it. Not decided by commit
  // order alone: a reverted change, or a translator's fix of the title only, had said otherwise
  // than the rule page (found by a review).
  let ahead = local?.behind !== undefined;
  for (const entry of view.entries) {
    if (local?.behind?.since === entry.commit) ahead = false;
    const change = shown ? (local ? localChange(entry, local, ahead) : entry.public) : undefined;
    if (change)
      updates.push({
        date: entry.date,
        day: entry.day,
        commit: entry.commit,
        idThen: ids.get(entry.commit) ?? rule.id,
        change: copyPublic(change),
      });
    if (entry.public?.published) shown = false;
    else if (entry.fields.some((field) => field.field === 'public' && field.after === 'false')) shown = true;
  }
  if (view.state === 'uncommitted') return { state: 'uncommitted', updates };
  const last = updates[0];
  return last ? { state: 'known', last, updates } : { state: 'uncommitted', updates };
}

/** A language other than the source, and whether its readers read each public field translated. */
interface LocalReading {
  language: string;
  translated: (field: string) => boolean;
  /** An out-of-date translation: the public fields it is behind on, and the commit it was last written in. */
  behind?: { fields: ReadonlySet<string>; since: string | undefined };
}

// A translation's fields (history.ts names them `translations.es.public_why`) as the public history
// names the fields they translate, in the order a page reads them.
const TRANSLATES: Record<string, string> = { title: 'title', public_wording: 'public_wording', public_why: 'why' };
const PUBLIC_ORDER = ['title', 'category', 'public_wording', 'why'];

/**
 * What one commit changed of the rule for a reader of `local.language`; undefined if nothing.
 * `ahead`: the commit is newer than the translation, which is out of date.
 */
function localChange(entry: HistoryEntry, local: LocalReading, ahead: boolean): PublicChange | undefined {
  const prefix = `translations.${local.language}.`;
  const published = entry.public?.published ?? false;
  // The commit that publishes a rule shows it published: its translation's text before then was
  // written while the rule was staff-only, and is no one's to see.
  const own = published
    ? []
    : entry.fields.flatMap((field) => {
        const name = field.field.startsWith(prefix) ? TRANSLATES[field.field.slice(prefix.length)] : undefined;
        return name !== undefined && local.translated(name) ? [{ ...field, field: name }] : [];
      });
  // A field whose translation changed too is shown as its readers read it.
  const unseen = entry.subject.includes(NO_RETRANSLATION_MARK);
  const source = (entry.public?.fields ?? []).filter(
    (field) => !(unseen && local.translated(field.field)) && !own.some((translated) => translated.field === field.field),
  );
  if (!published && source.length + own.length === 0) return undefined;
  const fields = [...source, ...own].sort((a, b) => PUBLIC_ORDER.indexOf(a.field) - PUBLIC_ORDER.indexOf(b.field));
  // The Spanish list had shown such a change with nothing under it, and its feed the translation
  // as it reads now, older than the change (found by a translator's and a policy clerk's trials).
  const lagging = ahead && source.some((field) => local.behind?.fields.has(field.field));
  return { published, fields, ...(lagging ? { lagging: true as const } : {}) };
}

// Field by field, so that nothing else the history holds comes along.
function copyPublic(change: PublicChange): PublicChange {
  const field = ({ field, before, after, redline }: FieldChange): FieldChange => ({
    field,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    ...(redline ? { redline: redline.map((part) => ({ op: part.op, text: part.text })) } : {}),
  });
  return { published: change.published, fields: change.fields.map(field), ...(change.lagging ? { lagging: true as const } : {}) };
}

/** A rule as a list of updates names it: a rule gone from the public edition has only these. */
export interface UpdatedRule {
  id: string;
  title: string;
  lang: { title: string };
  /** Absent for a gone rule whose topic has no public rule left (a topic's name is then staff business). */
  categoryName?: string;
}

/** A public rule's update, or the day a rule left the public edition (`retired`). */
export interface PublicUpdateItem {
  rule: UpdatedRule;
  entry: PublicUpdate;
  retired?: true;
  /** Retired: the public rules that took its place, as this language has them. */
  replacedBy?: UpdatedRule[];
}

/**
 * Every dated update of the public rules, newest first, with each public rule taken out of the
 * book on the day it left the public edition; `available` false without git history.
 */
export async function publicUpdates(language?: string): Promise<{ available: boolean; updates: PublicUpdateItem[] }> {
  const book = await getPublicBook(language);
  const available = book.rules.every((rule) => rule.history.state !== 'unavailable');
  const retired = (await goneFromPublic()).flatMap((gone): PublicUpdateItem[] =>
    gone.movedTo !== undefined || gone.viaRename
      ? []
      : [
          {
            rule: {
              id: gone.id,
              title: gone.translatedTitles[book.language] ?? gone.title,
              lang: { title: gone.translatedTitles[book.language] === undefined ? gone.titleLang : book.language },
              ...(book.categoryName.has(gone.category) ? { categoryName: book.categoryName.get(gone.category)!.text } : {}),
            },
            entry: { date: gone.date, day: gone.day, commit: gone.commit, idThen: gone.id, change: { published: false, fields: [] } },
            retired: true,
            ...(gone.replacedBy ? { replacedBy: replacements(gone.replacedBy, book.rules) } : {}),
          },
        ],
  );
  const updates = book.rules
    .flatMap((rule): PublicUpdateItem[] =>
      rule.history.state === 'unavailable' ? [] : rule.history.updates.map((entry) => ({ rule, entry })),
    )
    .concat(retired)
    .sort((a, b) => Date.parse(b.entry.date) - Date.parse(a.entry.date) || a.rule.title.localeCompare(b.rule.title, 'en'));
  return { available: available && bookHistory().available, updates };
}

/**
 * Updates listed once per rule and day, the newest kept (its note of an English text newer than
 * the translation is the one that holds). Outside the source language an update does not say what
 * changed, and a rule edited in three commits one day had been listed three times, alike (found
 * by a visitors' trial).
 */
export function oncePerRuleAndDay(updates: readonly PublicUpdateItem[]): PublicUpdateItem[] {
  const seen = new Set<string>();
  return updates.filter(({ rule, entry }) => {
    const key = `${rule.id}\n${entry.day}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** A rule no longer in the public edition, whose address may still be printed on a sign (its QR code) or bookmarked. */
export interface GonePublicRule {
  id: string;
  /** As last published, in the source language. */
  title: string;
  titleLang: string;
  /** Its title in the other languages it was translated into (public text), by language. */
  translatedTitles: Record<string, string>;
  category: string;
  /** When it left (for a moved rule: when it moved). */
  date: string;
  day: string;
  commit: string;
  /** The id of the public rule it became, when only its id changed. */
  movedTo?: string;
  /** Retired under a later id (its trail of new ids ends at a rule removed): updates list that one only. */
  viaRename?: true;
  /**
   * Retired, with public rules that took its place (their `replaces` names it, or the id it was
   * retired under): a merge has one, a split several.
   */
  replacedBy?: string[];
}

let gone: GonePublicRule[] | undefined;

/**
 * Public rules taken out of the book (or given a new id) that did not come back: each keeps a page
 * at its address saying so, or pointing to the rule it became. Public fields only, from the history.
 */
export async function goneFromPublic(): Promise<GonePublicRule[]> {
  if (gone) return gone;
  const history = bookHistory();
  const { site, rules } = await getBook();
  const source = siteLanguages(site).source;
  const shown = new Set(rules.filter(isPublic).map((rule) => rule.id));
  // A rule made staff-only leaves no trace here: its organisation chose to keep it from the public.
  const inBook = new Set(rules.map((rule) => rule.id));
  if (!history.available) return (gone = []);
  const left = history.gone.unpublished.filter((rule) => !inBook.has(rule.id));
  const byId = new Map(left.map((rule) => [rule.id, rule]));
  // The commit that took each rule out of the book: a rule made staff-only before that commit
  // had already left the public, which is not told of.
  const removedAt = new Map(history.gone.removed.map((rule) => [rule.id, rule.commit]));
  // The whole rule as it left the book (the public side holds no translations): its titles in
  // other languages, so its page there is not headed in English (found by a new-user trial).
  const removedData = new Map(history.gone.removed.map((rule) => [`${rule.id} ${rule.commit}`, rule.data]));
  // The public rules that took each retired rule's place.
  const replacers = replacersOf(rules.filter(isPublic));
  gone = left.flatMap((rule): GonePublicRule[] => {
    // Follow the ids it took: to a rule still public (moved), or to where the trail ends.
    const end = trailEnd(
      rule,
      (id) => byId.get(id),
      (id) => shown.has(id),
    );
    const data = rule.data as { title: string; category: string };
    const common = {
      id: rule.id,
      title: data.title,
      titleLang: source,
      translatedTitles: titlesOf(removedData.get(`${rule.id} ${rule.commit}`)),
      category: data.category,
    };
    if (end.movedTo !== undefined) {
      // Moved to a rule the public still reads; else to one made staff-only (or a loop): no trace.
      return shown.has(end.movedTo) ? [{ ...common, date: rule.date, day: rule.day, commit: rule.commit, movedTo: end.movedTo }] : [];
    }
    // Retired only when taken out of the book while public, in the same commit.
    if (removedAt.get(end.id) !== end.commit) return [];
    const replacedBy = [...new Set([...(replacers.get(rule.id) ?? []), ...(replacers.get(end.id) ?? [])].map((other) => other.id))];
    return [
      {
        ...common,
        date: end.date,
        day: end.day,
        commit: end.commit,
        ...(end !== rule ? { viaRename: true as const } : {}),
        ...(replacedBy.length > 0 ? { replacedBy } : {}),
      },
    ];
  });
  return gone;
}

/** A rule's titles in its translations, from its data as last committed. */
function titlesOf(data: Record<string, unknown> | undefined): Record<string, string> {
  const translations = (data?.translations ?? {}) as Record<string, { title?: unknown }>;
  return Object.fromEntries(
    Object.entries(translations).flatMap(([language, translation]) =>
      typeof translation?.title === 'string' ? [[language, translation.title]] : [],
    ),
  );
}

/** The rules that took a retired rule's place, as one language's book has them, by title. */
export function replacements<R extends { id: string; title: string }>(ids: readonly string[], rules: readonly R[]): R[] {
  if (ids.length === 0) return [];
  return rules.filter((rule) => ids.includes(rule.id)).sort((a, b) => a.title.localeCompare(b.title));
}
