import { findingAt } from '../finding-at.ts';
import type { BookCheck } from './check.ts';

export const reviewDue: BookCheck = {
  name: 'review-due',
  run({ rules, today }) {
    return rules.flatMap((rule) => {
      const due = rule.data.review_by;
      // ISO dates compare correctly as strings.
      if (due === undefined || due >= today) return [];
      return [findingAt(rule.source, 'review-overdue', ['review_by'], 'value', `the review was due on ${due}`)];
    });
  },
};
