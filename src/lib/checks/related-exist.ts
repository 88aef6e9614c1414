import { closest } from '../schema-findings.ts';
import { findingAt } from '../finding-at.ts';
import { replacersOf } from '../related.ts';
import { trailEnd, type BookHistory, type GoneRule } from '../history/history.ts';
import type { BookCheck } from './check.ts';

export const relatedExist: BookCheck = {
  name: 'related-exist',
  run({ rules, ids, history }) {
    const known = [...ids];
    // Read only when some `related` names no rule: a missing id is often one that git knows went.
    let gone: Map<string, GoneRule> | undefined;
    const goneRule = (id: string) => {
      gone ??= goneRules(history?.());
      return gone.get(id);
    };
    // The rules that took the place of others (`replaces`): a `related` left naming one is told of them.
    const replacedBy = replacersOf(rules.map((rule) => rule.data));
    return rules.flatMap((rule) =>
      (rule.data.related ?? []).flatMap((id, index) => {
        // Its own id links nowhere: the pages leave it out, and the author meant another rule.
        if (id === rule.data.id)
          return [
            findingAt(
              rule.source,
              'related-itself',
              ['related', index],
              'value',
              'a rule is not related to itself: the pages leave this out',
              'Write the id of the other rule you meant, or remove the entry.',
            ),
          ];
        if (ids.has(id)) return [];
        const successors = replacedBy
          .get(id)
          ?.map((other) => other.id)
          .filter((other) => other !== rule.data.id);
        return [
          findingAt(
            rule.source,
            'unknown-related',
            ['related', index],
            'value',
            `no rule has the id "${id}"`,
            successors && successors.length > 0
              ? `Write ${successors.map((other) => `\`${other}\``).join(' or ')}, which ${successors.length === 1 ? 'replaces' : 'replace'} \`${id}\`; or remove the entry.`
              : hintFor(id, known, ids, goneRule),
          ),
        ];
      }),
    );
  },
};

/** The rule's new id when git shows it was renamed, that it was removed, or else the id nearest what is written. */
function hintFor(
  id: string,
  known: readonly string[],
  ids: ReadonlySet<string>,
  goneRule: (id: string) => GoneRule | undefined,
): string | undefined {
  const went = goneRule(id);
  if (went) {
    // Follow a rule renamed more than once to the id it has now.
    const now = trailEnd(went, goneRule, (other) => ids.has(other));
    if (now.movedTo !== undefined && ids.has(now.movedTo))
      return `Write \`${now.movedTo}\`: the rule's id changed from \`${id}\` on ${now.day} ("${now.subject}").`;
    if (now.movedTo === undefined) return `Remove the entry: the rule \`${now.id}\` was removed on ${now.day} ("${now.subject}").`;
  }
  const guess = closest(id, known) ?? withItsWords(id, known) ?? amongItsWords(id, known);
  return guess ? `Did you mean \`${guess}\`?` : undefined;
}

/**
 * The shortest id that has every word of `id`, in order, among its own: `lost-card` for
 * `lost-library-card`, which is too many letters away to be a typo (found by a new-user trial).
 */
function withItsWords(id: string, known: readonly string[]): string | undefined {
  const words = id.split('-').filter(Boolean);
  const holds = (other: string) => {
    let at = 0;
    for (const word of other.split('-')) if (word === words[at]) at++;
    return at === words.length;
  };
  return words.length > 1 ? known.filter(holds).sort((a, b) => a.length - b.length)[0] : undefined;
}

/**
 * The longest id whose every word is among those of `id`, in order: `noise` for `noise-rule`
 * (found by an administrator's trial: an id with a word added had no suggestion).
 */
function amongItsWords(id: string, known: readonly string[]): string | undefined {
  const words = id.split('-').filter(Boolean);
  const within = (other: string) => {
    let at = 0;
    for (const word of words) if (word === other.split('-')[at]) at++;
    return at === other.split('-').length;
  };
  return words.length > 1 ? known.filter(within).sort((a, b) => b.length - a.length)[0] : undefined;
}

function goneRules(history: BookHistory | undefined): Map<string, GoneRule> {
  if (!history?.available) return new Map();
  return new Map(history.gone.removed.map((rule) => [rule.id, rule]));
}
