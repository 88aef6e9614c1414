// What a staff rule page shows besides the rule itself, in one place: the page renders it and its
// incremental-build key (page-key.ts) is made from it, so the two cannot drift apart.
import type { Rule } from '../lib/schemas.ts';
import { pathInBook } from '../lib/path-in-book.ts';
import { localToday } from '../lib/load-book.ts';
import { translationStatus } from '../lib/translations/status.ts';
import type { SiteBook } from './book.ts';
import { bookHistory, historyOf, replacedRules } from './history.ts';

/**
 * The parts that take time are made once per rule: the page's key is made in getStaticPaths and
 * the page itself is rendered from the same view later (each took about 0.2 s of a 10,000-rule
 * build). Whether the rule is overdue is asked each time, as before: a dev server runs past
 * midnight.
 */
export function rulePageView(book: SiteBook, rule: Rule) {
  const { site, relatedRules, history, categorySlug, file, outdated, replaced } = lasting(book, rule);
  return {
    site,
    relatedRules,
    history,
    replaced,
    overdue: rule.review_by !== undefined && rule.review_by < localToday(),
    categorySlug,
    file,
    outdated,
  };
}

type Lasting = ReturnType<typeof lastingOf>;

const views = new WeakMap<SiteBook, WeakMap<Rule, Lasting>>();

function lasting(book: SiteBook, rule: Rule): Lasting {
  let byRule = views.get(book);
  if (!byRule) views.set(book, (byRule = new WeakMap()));
  let view = byRule.get(rule);
  if (!view) byRule.set(rule, (view = lastingOf(book, rule)));
  return view;
}

function lastingOf(book: SiteBook, rule: Rule) {
  const { site, byId, related, categorySlug, files } = book;
  return {
    outdated: outdatedOf(book).get(rule.id) ?? [],
    site,
    relatedRules: (related.get(rule.id) ?? []).map((id) => byId.get(id)!).sort((a, b) => a.title.localeCompare(b.title, 'en')),
    history: historyOf(rule),
    replaced: replacedRules(rule),
    categorySlug: categorySlug.get(rule.category),
    file: pathInBook(files.get(rule.id) ?? `${rule.id}.yaml`),
  };
}

/** A translation out of date: its language, and the day the source text changed after it (when committed). */
export interface OutdatedTranslation {
  language: string;
  since?: string;
}

/** The rule's translations out of date, for its signs: a sign printed "2 months" beside "3 meses". */
export function outdatedTranslations(book: SiteBook, rule: Pick<Rule, 'id'>): readonly OutdatedTranslation[] {
  return outdatedOf(book).get(rule.id) ?? [];
}

const outdatedByBook = new WeakMap<SiteBook, Map<string, OutdatedTranslation[]>>();

/**
 * The rules with translations out of date, from the book's git history once per build: the staff
 * page showed an out-of-date translation with no word of it, only the Translations page had it
 * (found by a new-user trial).
 */
function outdatedOf(book: SiteBook): Map<string, OutdatedTranslation[]> {
  let outdated = outdatedByBook.get(book);
  if (outdated) return outdated;
  outdated = new Map();
  for (const status of translationStatus(book.rules, book.site, bookHistory()).statuses) {
    if (status.state !== 'out-of-date') continue;
    const since = status.source?.committed ? status.source.day : undefined;
    outdated.set(status.id, [...(outdated.get(status.id) ?? []), { language: status.language, ...(since ? { since } : {}) }]);
  }
  outdatedByBook.set(book, outdated);
  return outdated;
}
