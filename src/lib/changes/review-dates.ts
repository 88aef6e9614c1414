/**
 * The fields a rule's periodic review updates. A change of these only says the rule was looked
 * at, not that it says anything new: a yearly review touching every rule had filled the staff
 * feed, moved every rule's "Last changed" and buried the real changes of its pull request (found
 * by a new-user trial).
 */
export const REVIEW_FIELDS: readonly string[] = ['reviewed', 'review_by'];

/** Whether the changed fields are review dates and nothing else. */
export function onlyReviewDates(fields: readonly { field: string }[]): boolean {
  return fields.length > 0 && fields.every(({ field }) => REVIEW_FIELDS.includes(field));
}
