// The Reviews and Record keeping sections of Recent changes: commits that changed no rule's
// text, each once, with its rules: a review or an owner renamed across the book had made one
// entry per rule.
import { isRecordOnly, isReviewOnly, type HistoryEntry } from './history.ts';

/** A commit that changed only its rules' records (a review: their review dates), with its rules. */
export interface Review<R> {
  commit: string;
  date: string;
  day: string;
  subject: string;
  rules: { rule: R; entry: HistoryEntry; reviewBy?: string; /** `reviewed` moved: the rule was looked at. */ reviewed: boolean }[];
}

/** The commits among `changes` that only updated review dates, newest first, each once with its rules by title. */
export function reviewsOf<R extends { title: string }>(changes: readonly { rule: R; entry: HistoryEntry }[]): Review<R>[] {
  return byCommit(changes, isReviewOnly);
}

/** The commits that changed only records, review dates not alone (reviewsOf has those), newest first. */
export function recordsOf<R extends { title: string }>(changes: readonly { rule: R; entry: HistoryEntry }[]): Review<R>[] {
  return byCommit(changes, (entry) => isRecordOnly(entry) && !isReviewOnly(entry));
}

/** The fields a commit changed in any of its rules, in page order (their first rule's order, then the others'). */
export function fieldsOf(review: Review<unknown>): string[] {
  // By the rule's own field: `wording_ok[0].why` had been listed for each of its items (found by a review).
  return [...new Set(review.rules.flatMap(({ entry }) => entry.fields.map((field) => field.field.replace(/[.[].*$/, ''))))];
}

function byCommit<R extends { title: string }>(
  changes: readonly { rule: R; entry: HistoryEntry }[],
  keep: (entry: HistoryEntry) => boolean,
): Review<R>[] {
  const reviews = new Map<string, Review<R>>();
  for (const { rule, entry } of changes) {
    if (!keep(entry)) continue;
    let review = reviews.get(entry.commit);
    if (!review)
      reviews.set(entry.commit, (review = { commit: entry.commit, date: entry.date, day: entry.day, subject: entry.subject, rules: [] }));
    const reviewBy = entry.fields.find((field) => field.field === 'review_by')?.after;
    const reviewed = entry.fields.some((field) => field.field === 'reviewed');
    review.rules.push({ rule, entry, ...(reviewBy !== undefined ? { reviewBy } : {}), reviewed });
  }
  for (const review of reviews.values()) review.rules.sort((a, b) => a.rule.title.localeCompare(b.rule.title, 'en'));
  return [...reviews.values()].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
}
