import { findingAt } from '../finding-at.ts';
import type { BookCheck } from './check.ts';

export const DEFAULT_RED_SHARE = 0.2;

/** Red rules are for real harm (law, safety, privacy); a book where many are red stops being believed. */
export const redBudget: BookCheck = {
  name: 'red-budget',
  run({ rules, site, siteSource }) {
    if (rules.length === 0 || !siteSource) return [];
    const share = site?.wording?.red_share ?? DEFAULT_RED_SHARE;
    const red = rules.filter((rule) => rule.data.color === 'red').length;
    if (red <= share * rules.length) return [];
    const percent = (value: number) => `${Math.round(value * 100)}%`;
    return [
      findingAt(
        siteSource,
        'red-budget',
        ['wording', 'red_share'],
        'value',
        `${red} of ${rules.length} rules (${percent(red / rules.length)}) are red, more than the ${percent(share)} this book allows`,
      ),
    ];
  },
};
