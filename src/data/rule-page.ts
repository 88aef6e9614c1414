// What a staff rule page shows besides the rule itself, in one place: the page renders it and its
// incremental-build key (page-key.ts) is made from it, so the two cannot drift apart.
import type { Rule } from '../lib/schemas.ts';
import { localToday } from '../lib/load-book.ts';
import type { SiteBook } from './book.ts';
import { historyOf } from './history.ts';

export function rulePageView({ site, byId, related, categorySlug, files }: SiteBook, rule: Rule) {
  return {
    site,
    relatedRules: (related.get(rule.id) ?? []).map((id) => byId.get(id)!).sort((a, b) => a.title.localeCompare(b.title, 'en')),
    history: historyOf(rule),
    overdue: rule.review_by !== undefined && rule.review_by < localToday(),
    categorySlug: categorySlug.get(rule.category),
    file: files.get(rule.id),
  };
}
