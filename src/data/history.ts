// Each rule's history from git, read once per build from the policy folder (one `git log`), and
// what the staff pages make of it. The public edition reads its part through public-book.ts only.
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { bookFolder } from '../lib/book-folder.ts';
import type { FieldChange } from '../lib/changes/diff.ts';
import {
  idsByCommit,
  isRecordOnly,
  readHistory,
  rulesThenByCommit,
  textsDigest,
  type BookHistory,
  type GoneRule,
  type HistoryEntry,
  type RuleThen,
} from '../lib/history/history.ts';
import type { Color, Rule } from '../lib/schemas.ts';
import { getBook } from './book.ts';
import { replacersOf } from '../lib/related.ts';
import { recordsOf, reviewsOf, type Review } from '../lib/history/reviews.ts';
import { staffGoneRules, type StaffGoneRule } from '../lib/history/gone-staff.ts';

export type { StaffGoneRule };

/** How many changes a rule page lists; the recent-changes page and the feed have them all. */
export const SHORT_HISTORY = 10;
export const RECENT_DAYS = 90;
export const FEED_ENTRIES = 50;

export type HistoryView =
  /** No git history in this build (no git, not a repository, a shallow clone, or turned off). */
  | { state: 'unavailable'; reason: string }
  /** The rule differs from its last commit (or has none): its newest change has no date yet. */
  | { state: 'uncommitted'; entries: HistoryEntry[] }
  /** `last`: its last change; a commit that only changed its record (review dates, owner, tags…) is none. */
  | { state: 'known'; last: HistoryEntry; entries: HistoryEntry[] };

let cached: BookHistory | undefined;

export function bookHistory(): BookHistory {
  if (process.env.RULES_HISTORY === 'off') return { available: false, reason: 'history is turned off (RULES_HISTORY=off)' };
  const dir = resolve(bookFolder());
  // One cache file per policy folder, so that building another book does not empty it.
  const key = createHash('sha256').update(dir).digest('hex').slice(0, 16);
  cached ??= readHistory(dir, { cacheFile: join('node_modules', '.cache', 'rules-clarity', `history-${key}.json`) });
  return cached;
}

/**
 * A rule's history as its page shows it: never a date the rule's current text does not have.
 * Made once per rule (the history is read once per build): the rule page, its key and the
 * recent-changes pages all ask, and each time the rule's texts were hashed again.
 */
export function historyOf(rule: Rule): HistoryView {
  let view = views.get(rule);
  if (!view) views.set(rule, (view = historyViewOf(rule)));
  return view;
}

const views = new WeakMap<Rule, HistoryView>();

function historyViewOf(rule: Rule): HistoryView {
  const history = bookHistory();
  if (!history.available) return { state: 'unavailable', reason: history.reason };
  const found = history.rules.get(rule.id);
  if (!found || found.committed !== textsDigest(rule as unknown as Record<string, unknown>))
    return { state: 'uncommitted', entries: found?.entries ?? [] };
  const last = found.entries.find((entry) => !isRecordOnly(entry)) ?? found.entries[0];
  return last ? { state: 'known', last, entries: found.entries } : { state: 'uncommitted', entries: [] };
}

export interface BookChange {
  rule: Pick<Rule, 'id' | 'title' | 'color' | 'category'>;
  entry: HistoryEntry;
  /** The rule's id just after this change (its id now, unless it changed since): for feed ids. */
  idThen: string;
  /** Its color and topic just after this change, and the ones the change left. */
  then: RuleThen<Color>;
  /** The rule is no longer in the book: it has no page to link to. */
  removed?: true;
  /** Removed: the rules that took its place (their `replaces` names it), by title. */
  replacedBy?: Pick<Rule, 'id' | 'title'>[];
}

/**
 * Every dated change of the rules in the book, newest first (a rule with uncommitted edits too),
 * and the removal of each rule no longer in it: staff who knew a rule learn that it went. A
 * commit that only changed records is not a change (bookReviews and bookRecords list those).
 */
export async function bookChanges(): Promise<BookChange[]> {
  const history = bookHistory();
  const { rules } = await getBook();
  const ids = new Set(rules.map((rule) => rule.id));
  const replacers = replacersOf(rules);
  const replacing = (id: string) => (replacers.get(id) ?? []).sort((a, b) => a.title.localeCompare(b.title, 'en'));
  const removed = history.available
    ? history.gone.removed.filter((gone) => !gone.movedTo && !ids.has(gone.id)).map((gone) => removal(gone, replacing(gone.id)))
    : [];
  return (await allChanges())
    .filter((change) => !isRecordOnly(change.entry))
    .concat(removed)
    .sort((a, b) => Date.parse(b.entry.date) - Date.parse(a.entry.date) || a.rule.title.localeCompare(b.rule.title, 'en'));
}

/** A commit that only updated review dates, with its rules, each with its color and topic then (for the page's filters). */
export type BookReview = Review<Pick<Rule, 'id' | 'title' | 'color' | 'category'>>;

/** The commits that only updated review dates, newest first, each once with its rules (by title). */
export async function bookReviews(): Promise<BookReview[]> {
  return reviewsOf(await changesThen());
}

/** The commits that changed only records (owner, tags, related…), not review dates alone, newest first. */
export async function bookRecords(): Promise<BookReview[]> {
  return recordsOf(await changesThen());
}

/** Every change, each rule with its color and topic as they were then. */
async function changesThen() {
  return (await allChanges()).map(({ rule, entry, then }) => ({
    rule: { id: rule.id, title: rule.title, color: then.color, category: then.category },
    entry,
  }));
}

/** Every entry of every rule in the book, with the rule as it was then: made once per book (three pages ask). */
async function allChanges(): Promise<BookChange[]> {
  const { rules } = await getBook();
  let changes = changesByBook.get(rules);
  if (!changes) changesByBook.set(rules, (changes = changesOf(rules)));
  return changes;
}

const changesByBook = new WeakMap<readonly Rule[], BookChange[]>();

function changesOf(rules: readonly Rule[]): BookChange[] {
  return rules.flatMap((rule): BookChange[] => {
    const view = historyOf(rule);
    if (view.state === 'unavailable') return [];
    const ids = idsByCommit(rule.id, view.entries);
    const then = rulesThenByCommit(rule, view.entries);
    return view.entries.map((entry) => ({ rule, entry, idThen: ids.get(entry.commit) ?? rule.id, then: then.get(entry.commit)! }));
  });
}

// What staff need to recognise a rule that went: its name, color and topic, and what it said.
const REMOVED_TEXT = ['rule', 'intent'];

function removal(gone: GoneRule, replacedBy: readonly Rule[]): BookChange {
  const data = gone.data as Pick<Rule, 'id' | 'title' | 'color' | 'category'> & Record<string, unknown>;
  const fields = REMOVED_TEXT.flatMap((field): FieldChange[] =>
    typeof data[field] === 'string' ? [{ field, before: data[field] as string }] : [],
  );
  return {
    rule: { id: gone.id, title: data.title, color: data.color as Color, category: data.category },
    entry: { commit: gone.commit, date: gone.date, day: gone.day, subject: gone.subject, added: false, removed: true, fields },
    idThen: gone.id,
    then: { color: data.color as Color, category: data.category, before: {} },
    removed: true,
    ...(replacedBy.length > 0 ? { replacedBy: replacedBy.map(({ id, title }) => ({ id, title })) } : {}),
  };
}

/** The changes of the last `days` days before `now`. */
export function since<T extends { entry: { date: string } }>(changes: T[], days: number, now = new Date()): T[] {
  const from = now.getTime() - days * 24 * 60 * 60 * 1000;
  return changes.filter((change) => Date.parse(change.entry.date) >= from);
}

/** The rules this rule took the place of (its `replaces`): each id, with its title and the day it went when git knows them. */
export function replacedRules(rule: Pick<Rule, 'replaces'>): { id: string; title?: string; day?: string }[] {
  if (!rule.replaces?.length) return [];
  const history = bookHistory();
  let gone = removedById.get(history);
  if (!gone)
    removedById.set(history, (gone = new Map(history.available ? history.gone.removed.map((removed) => [removed.id, removed]) : [])));
  return rule.replaces.map((id) => {
    const went = gone.get(id);
    const title = went?.data.title;
    return { id, ...(typeof title === 'string' ? { title } : {}), ...(went ? { day: went.day } : {}) };
  });
}

const removedById = new WeakMap<BookHistory, Map<string, GoneRule>>();

/**
 * Each id the book no longer has, with what its page says: a staff member's bookmark, or a link
 * in an old email, to a retired or renamed rule had led to "That page is not here" (the public
 * edition kept a page there). A rename goes on to the rule; a removal (under any of the ids it
 * had) says when and what it said.
 */
export async function goneFromBook(): Promise<StaffGoneRule[]> {
  const history = bookHistory();
  return history.available ? staffGoneRules(history.gone.removed, (await getBook()).rules) : [];
}
