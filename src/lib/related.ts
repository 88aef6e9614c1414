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
