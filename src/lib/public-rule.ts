import type { Rule } from './schema-types.generated.ts';

/** Rules visible in the public edition. */
export function isPublic(rule: Pick<Rule, 'public'>): boolean {
  return rule.public !== false;
}
