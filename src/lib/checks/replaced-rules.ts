import { closest } from '../schema-findings.ts';
import { findingAt } from '../finding-at.ts';
import type { BookHistory } from '../history/history.ts';
import type { BookCheck } from './check.ts';

/**
 * Each id of `replaces` names a rule that has left the book: one still in it would have two
 * pages that each claim its place. With git history, an id the book never had is a warning
 * (a slip, or a rule of another book), with the nearest id that did leave.
 */
export const replacedRules: BookCheck = {
  name: 'replaced-rules',
  run({ rules, ids, history }) {
    const fileOf = new Map(rules.map((rule) => [rule.data.id, rule.file]));
    let left: string[] | undefined;
    const everLeft = () => (left ??= goneIds(history?.()));
    return rules.flatMap((rule) =>
      (rule.data.replaces ?? []).flatMap((id, index) => {
        const at = ['replaces', index];
        if (id === rule.data.id)
          return [findingAt(rule.source, 'replaces-itself', at, 'value', 'a rule cannot take its own place', 'Remove the entry.')];
        if (ids.has(id)) {
          const file = fileOf.get(id);
          return [
            findingAt(
              rule.source,
              'replaces-a-rule',
              at,
              'value',
              `"${id}" is still a rule${file ? ` (${file})` : ''}, so this rule cannot take its place yet`,
              `If this rule takes its place, remove ${file ? `\`${file}\`` : 'its file'}; if both stay, list it in \`related\` instead.`,
            ),
          ];
        }
        const gone = everLeft();
        if (gone === undefined || gone.includes(id)) return [];
        const guess = closest(id, gone);
        return [
          findingAt(
            rule.source,
            'replaces-unknown',
            at,
            'value',
            `the book never had a rule with the id "${id}", as far as its git history tells`,
            guess ? `Did you mean \`${guess}\`?` : 'Write the id the replaced rule had (its file name, without .yaml).',
          ),
        ];
      }),
    );
  },
};

/**
 * Every id git knows the book to have had: those taken out, given another id, and those still
 * committed (a file deleted but not committed yet is the usual way to work; found by a review).
 * Undefined without history.
 */
function goneIds(history: BookHistory | undefined): string[] | undefined {
  if (!history?.available) return undefined;
  return [...new Set([...[...history.gone.removed, ...history.gone.unpublished].map((rule) => rule.id), ...history.rules.keys()])];
}
