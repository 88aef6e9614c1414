import { closest } from '../schema-findings.ts';
import { findingAt } from '../finding-at.ts';
import type { BookCheck } from './check.ts';

export const relatedExist: BookCheck = {
  name: 'related-exist',
  run({ rules, ids }) {
    const known = [...ids];
    return rules.flatMap((rule) =>
      (rule.data.related ?? []).flatMap((id, index) => {
        if (ids.has(id)) return [];
        const guess = closest(id, known);
        return [
          findingAt(
            rule.source,
            'unknown-related',
            ['related', index],
            'value',
            `no rule has the id "${id}"`,
            guess ? `Did you mean \`${guess}\`?` : undefined,
          ),
        ];
      }),
    );
  },
};
