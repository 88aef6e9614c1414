import { findingAt } from '../finding-at.ts';
import type { BookCheck } from './check.ts';

/**
 * A text of spaces only (`title: " "`) passes the schema's "not empty", and was published: a
 * heading with nothing in it, a page titled " · Riverside Public Library" (found by a new-user
 * trial). It is as empty as `""`, and said so at its place.
 */
export const blankValues: BookCheck = {
  name: 'blank-values',
  perRule: true,
  run({ rules }) {
    return rules.flatMap((rule) =>
      blankPaths(rule.data).map((path) =>
        findingAt(
          rule.source,
          'empty-value',
          path,
          'value',
          'must not be blank: it holds only spaces',
          'Write the text, or remove the field if it is optional.',
        ),
      ),
    );
  },
};

function blankPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return value.length > 0 && value.trim() === '' ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => blankPaths(item, [...path, index]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => blankPaths(item, [...path, key]));
  return [];
}
