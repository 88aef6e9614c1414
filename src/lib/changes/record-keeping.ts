import { isRecordKeeping, type ChangedRule, type FieldChange } from './diff.ts';
import { shownText } from './shown-text.ts';

/** Rules whose record changed alike (the same fields, from the same text to the same text). */
export interface RecordGroup {
  fields: FieldChange[];
  rules: { id: string; title: string }[];
}

/**
 * Whether a change touched only the rule's record (`owner`, `tags`, `related`, `approved_by`…),
 * not what it says. A translation is not record keeping here: visitors read it. Nor is
 * `wording_ok`: it turns a welcoming-language check off for the rule, and had been filed away as
 * record keeping (found by a review). Review dates alone have their own section.
 */
export function onlyRecordKeeping(rule: ChangedRule): boolean {
  return (
    rule.fields.length > 0 &&
    rule.fields.every(({ field }) => isRecordKeeping(field) && !field.startsWith('translations') && !field.startsWith('wording_ok'))
  );
}

/**
 * Record-keeping changes, one group per change made alike across rules, in the order of their
 * first rule: an owner renamed across 12 rules is one line, as on Recent changes, where it had
 * been 12 entries (found by a reviewer's trial).
 */
export function recordGroups(rules: readonly ChangedRule[]): RecordGroup[] {
  const groups = new Map<string, RecordGroup>();
  for (const rule of rules) {
    const key = JSON.stringify(rule.fields.map(({ field, before, after }) => [field, shown(before), shown(after)]));
    const group = groups.get(key) ?? { fields: rule.fields, rules: [] };
    group.rules.push({ id: rule.id, title: rule.title });
    groups.set(key, group);
  }
  return [...groups.values()];
}

function shown(text: string | undefined): string | null {
  return text === undefined ? null : shownText(text);
}
