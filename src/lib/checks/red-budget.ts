import { findingAt } from '../finding-at.ts';
import type { BookCheck, CheckInput } from './check.ts';

export const DEFAULT_RED_SHARE = 0.2;

/**
 * Red rules are for real harm (law, safety, privacy); a book where many are red stops being believed.
 * Measured only when every rule file reads as a rule: a broken file's color is unknown, and
 * leaving it out raised the share, so every broken file also brought a budget warning (found by
 * a new-user trial).
 */
export const redBudget: BookCheck = {
  name: 'red-budget',
  run(input) {
    const over = overBudget(input);
    if (!over || someUnread(input)) return [];
    const percent = (value: number) => `${Math.round(value * 100)}%`;
    return [
      findingAt(
        over.siteSource,
        'red-budget',
        ['wording', 'red_share'],
        'value',
        // Without `red_share` the place shown is only the top of the settings: say where the
        // budget comes from (a newcomer had wondered what was wrong with the organisation's name).
        `${over.red} of ${over.rules} rules (${percent(over.red / over.rules)}) are red, more than the ${percent(over.share)} ${over.set ? 'this book allows' : 'a book allows unless `wording.red_share` in _site.yaml says otherwise'}`,
      ),
    ];
  },
  notes(input) {
    return overBudget(input) && someUnread(input)
      ? ['The share of red rules is measured once every rule file reads as a rule: among those that read, it is over the budget.']
      : [];
  },
};

/** The share of red rules among those that read, when it is over the book's budget. */
function overBudget({ rules, site, siteSource }: CheckInput) {
  if (rules.length === 0 || !siteSource) return undefined;
  const set = site?.wording?.red_share !== undefined;
  const share = site?.wording?.red_share ?? DEFAULT_RED_SHARE;
  const red = rules.filter((rule) => rule.data.color === 'red').length;
  return red > share * rules.length ? { siteSource, share, set, red, rules: rules.length } : undefined;
}

/** Rule files with an id whose rule did not read: the ids of every file against the rules that passed. */
function someUnread({ rules, ids }: CheckInput): boolean {
  return ids.size > new Set(rules.map((rule) => rule.data.id)).size;
}
