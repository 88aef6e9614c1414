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
      const visible = rule.data.category.replace(INVISIBLE, '');
      if (visible !== rule.data.category && categories.has(visible))
        return [
          findingAt(
            rule.source,
            'unknown-category',
            ['category'],
            'value',
            `must be one of ${site.categories.join(', ')} (got "${visible}", with a character that cannot be seen in it)`,
            invisibleHint(visible),
          ),
        ];
      const guess = closest(rule.data.category, site.categories);
      return [
        findingAt(
          rule.source,
          'unknown-category',
          ['category'],
          'value',
          `must be one of ${site.categories.join(', ')} (got "${rule.data.category}")`,
          guess
            ? `Did you mean \`${guess}\`? Or add "${rule.data.category}" to \`categories\` in ${siteSource?.file ?? '_site.yaml'}.`
            : undefined,
        ),
      ];
    });
  },
};
