import { findingAt } from '../finding-at.ts';
import type { BookCheck } from './check.ts';

export const reviewDue: BookCheck = {
  name: 'review-due',
  run({ rules, today }) {
    return rules.flatMap((rule) => {
      const { review_by: due, reviewed } = rule.data;
      // ISO dates compare correctly as strings. A next review before the last one is a slip of
      // the year ("2025" for "2027"), said as that, not only as overdue (found by a new-user trial).
      if (due !== undefined && reviewed !== undefined && due < reviewed)
        return [
          findingAt(
            rule.source,
            'review-before-reviewed',
            ['review_by'],
            'value',
            `the next review (${due}) comes before the last one (reviewed: ${reviewed})`,
            `Write the date of the next review, after ${reviewed}: a year later is ${nextYear(reviewed)}.`,
          ),
        ];
      if (due === undefined || due >= today) return [];
      return [findingAt(rule.source, 'review-overdue', ['review_by'], 'value', `the review was due on ${due}`)];
    });
  },
};

/** The same day a year later (29 February to 1 March). */
function nextYear(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}
