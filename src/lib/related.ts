import type { Rule } from './schemas.ts';

/** Each rule's related rules in both directions: those it lists and those that list it. */
export function relatedBothWays(rules: readonly Pick<Rule, 'id' | 'related'>[]): Map<string, string[]> {
  const links = new Map<string, Set<string>>(rules.map((rule) => [rule.id, new Set<string>()]));
  for (const rule of rules) {
    for (const other of rule.related ?? []) {
      if (other === rule.id || !links.has(other)) continue;
      links.get(rule.id)!.add(other);
      links.get(other)!.add(rule.id);
    }
  }
  return new Map([...links].map(([id, set]) => [id, [...set]]));
}

/** The rules taking the place of each id their `replaces` names (a merge has one, a split several), in book order. */
export function replacersOf<R extends Pick<Rule, 'replaces'>>(rules: readonly R[]): Map<string, R[]> {
  const replacers = new Map<string, R[]>();
  for (const rule of rules) for (const id of rule.replaces ?? []) replacers.set(id, [...(replacers.get(id) ?? []), rule]);
  return replacers;
}
