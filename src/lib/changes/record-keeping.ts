import { isRecordKeeping, type ChangedRule, type FieldChange } from './diff.ts';
import { shownText } from './shown-text.ts';

/** Rules whose record changed alike (the same fields, from the same text to the same text). */
export interface RecordGroup {
  fields: FieldChange[];
  rules: { id: string; title: string }[];
  /** Date fields each rule of the group moved to a date of its own (`fields` has the first rule's). */
  varying?: string[];
}

// Dates each rule has its own of: an owner renamed in a yearly review, each rule's review dates
// moved too, is one change made alike. By their dates it had been 4 lines for 12 rules (found by a
// deputy director's trial).
const OWN_DATES = ['reviewed', 'review_by', 'adopted'];

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
    const key = JSON.stringify(
      // A date taken out or added is that, not a move (found by the second review).
      rule.fields.map(({ field, before, after }) =>
        OWN_DATES.includes(field) ? [field, before === undefined, after === undefined] : [field, shown(before), shown(after)],
      ),
    );
    const group = groups.get(key) ?? { fields: rule.fields, rules: [] };
    const varying = rule.fields
      .filter((change, index) => OWN_DATES.includes(change.field) && !sameChange(change, group.fields[index]!))
      .map((change) => change.field);
    if (varying.length > 0) group.varying = [...new Set([...(group.varying ?? []), ...varying])];
    group.rules.push({ id: rule.id, title: rule.title });
    groups.set(key, group);
  }
  return [...groups.values()];
}

function sameChange(a: FieldChange, b: FieldChange): boolean {
  return shown(a.before) === shown(b.before) && shown(a.after) === shown(b.after);
}

function shown(text: string | undefined): string | null {
  return text === undefined ? null : shownText(text);
}
