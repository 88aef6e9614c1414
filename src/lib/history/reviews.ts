// The Reviews section of Recent changes: commits that only moved review dates, each once, with
// its rules.
import { isReviewOnly, type HistoryEntry } from './history.ts';

/** A commit that only updated review dates, with its rules. */
export interface Review<R> {
  commit: string;
  date: string;
  day: string;
  subject: string;
  rules: { rule: R; reviewBy?: string; /** `reviewed` moved: the rule was looked at. */ reviewed: boolean }[];
}

/** The commits among `changes` that only updated review dates, newest first, each once with its rules by title. */
export function reviewsOf<R extends { title: string }>(changes: readonly { rule: R; entry: HistoryEntry }[]): Review<R>[] {
  const reviews = new Map<string, Review<R>>();
  for (const { rule, entry } of changes) {
    if (!isReviewOnly(entry)) continue;
    let review = reviews.get(entry.commit);
    if (!review)
      reviews.set(entry.commit, (review = { commit: entry.commit, date: entry.date, day: entry.day, subject: entry.subject, rules: [] }));
    const reviewBy = entry.fields.find((field) => field.field === 'review_by')?.after;
    const reviewed = entry.fields.some((field) => field.field === 'reviewed');
    review.rules.push({ rule, ...(reviewBy !== undefined ? { reviewBy } : {}), reviewed });
  }
  for (const review of reviews.values()) review.rules.sort((a, b) => a.rule.title.localeCompare(b.rule.title, 'en'));
  return [...reviews.values()].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
}
