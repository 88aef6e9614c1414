import { closest, invisibleHint, INVISIBLE } from '../schema-findings.ts';
import { findingAt } from '../finding-at.ts';
import type { BookCheck } from './check.ts';

export const categoryKnown: BookCheck = {
  name: 'category-known',
  perRule: true,
  run({ rules, site, siteSource }) {
    if (!site) return [];
    const categories = new Set(site.categories);
    return rules.flatMap((rule) => {
      if (rule.data.category === undefined || categories.has(rule.data.category)) return [];
      const written = rule.data.category;
      // "Spaces" with an invisible character pasted in: to the eye, the very topic listed.
      const visible = written.replace(INVISIBLE, '');
      const hidden = visible !== written && categories.has(visible);
      const guess = hidden ? undefined : (closest(written, site.categories) ?? widenedTo(written, site.categories));
      return [
        findingAt(
          rule.source,
          'unknown-category',
          ['category'],
          'value',
          `must be one of ${site.categories.join(', ')} (got "${hidden ? `${visible}", with a character that cannot be seen in it` : `${written}"`})`,
          hidden
            ? invisibleHint(visible)
            : guess
              ? // Only its capitals differ: the topic exists, and no new one is meant.
                guess.toLowerCase() === written.toLowerCase()
                ? `Write \`${guess}\`, with its capitals as in \`categories\`.`
                : `Did you mean \`${guess}\`? Or add "${written}" to \`categories\` in ${siteSource?.file ?? '_site.yaml'}.`
              : undefined,
        ),
      ];
    });
  },
};

/**
 * The one topic whose name has every word of the one written: "Fees" after `categories` renamed it
 * "Fees and fines". Too far apart to be a slip, it had had no suggestion (found by a deputy
 * director's trial).
 */
function widenedTo(written: string, categories: readonly string[]): string | undefined {
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const own = words(written);
  if (own.length === 0) return undefined;
  const found = categories.filter((category) => own.every((word) => words(category).includes(word)));
  return found.length === 1 ? found[0] : undefined;
}
