// What a staff rule page shows besides the rule itself, in one place: the page renders it and its
// incremental-build key (page-key.ts) is made from it, so the two cannot drift apart.
import type { Rule } from '../lib/schemas.ts';
import { pathInBook } from '../lib/path-in-book.ts';
import { localToday } from '../lib/load-book.ts';
import type { SiteBook } from './book.ts';
import { historyOf } from './history.ts';

/**
 * The parts that take time are made once per rule: the page's key is made in getStaticPaths and
 * the page itself is rendered from the same view later (each took about 0.2 s of a 10,000-rule
 * build). Whether the rule is overdue is asked each time, as before: a dev server runs past
 * midnight.
 */
export function rulePageView(book: SiteBook, rule: Rule) {
  const { site, relatedRules, history, categorySlug, file } = lasting(book, rule);
  return { site, relatedRules, history, overdue: rule.review_by !== undefined && rule.review_by < localToday(), categorySlug, file };
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

function lastingOf({ site, byId, related, categorySlug, files }: SiteBook, rule: Rule) {
  return {
    site,
    relatedRules: (related.get(rule.id) ?? []).map((id) => byId.get(id)!).sort((a, b) => a.title.localeCompare(b.title, 'en')),
    history: historyOf(rule),
    categorySlug: categorySlug.get(rule.category),
    file: pathInBook(files.get(rule.id) ?? `${rule.id}.yaml`),
  };
}
