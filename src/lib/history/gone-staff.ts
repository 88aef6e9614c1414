// The staff pages left at the addresses of rules no longer in the book (src/editions/staff/rules/[...gone].astro):
// where each went, or what it said when it left. Pure, from the history's gone rules and the book.
import { replacersOf } from '../related.ts';
import type { Color, Rule } from '../schemas.ts';
import { trailEnd, type GoneRule } from './history.ts';

/** A rule no longer in the book, at its old staff address: where it went, or what it said when it left. */
export interface StaffGoneRule {
  id: string;
  title: string;
  /** Its id now, when only its id changed (the page sends staff on to it). */
  movedTo?: Pick<Rule, 'id' | 'title'>;
  /** Taken out of the book: when, why (the commit's subject), what it said, and what took its place. */
  removed?: {
    date: string;
    day: string;
    subject: string;
    color: Color;
    rule?: string;
    intent?: string;
    replacedBy: Pick<Rule, 'id' | 'title'>[];
  };
}

/** The staff pages at the ids `removed` (the history's gone rules) that `rules`, the book now, no longer has. */
export function staffGoneRules(removed: readonly GoneRule[], rules: readonly Rule[]): StaffGoneRule[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const left = removed.filter((gone) => !byId.has(gone.id));
  const goneById = new Map(left.map((gone) => [gone.id, gone]));
  const replacers = replacersOf(rules);
  return left.flatMap((gone): StaffGoneRule[] => {
    const end = trailEnd(
      gone,
      (id) => goneById.get(id),
      (id) => byId.has(id),
    );
    const title = String(gone.data.title ?? gone.id);
    if (end.movedTo !== undefined) {
      const rule = byId.get(end.movedTo);
      return rule ? [{ id: gone.id, title, movedTo: { id: rule.id, title: rule.title } }] : [];
    }
    const data = end.data as Partial<Pick<Rule, 'rule' | 'intent' | 'color'>>;
    // What took its place under any id it had on the way (A → B → C, removed as C: B's too).
    const replacedBy = [...new Set(idsOnTrail(gone, end, goneById).flatMap((id) => replacers.get(id) ?? []))]
      .sort((a, b) => a.title.localeCompare(b.title, 'en'))
      .map(({ id, title }) => ({ id, title }));
    return [
      {
        id: gone.id,
        title,
        removed: {
          date: end.date,
          day: end.day,
          subject: end.subject,
          color: data.color as Color,
          ...(typeof data.rule === 'string' ? { rule: data.rule } : {}),
          ...(typeof data.intent === 'string' ? { intent: data.intent } : {}),
          replacedBy,
        },
      },
    ];
  });
}

/** The ids a gone rule had from `from` to where its trail ends (trailEnd), in order. */
function idsOnTrail(from: GoneRule, end: GoneRule, goneById: ReadonlyMap<string, GoneRule>): string[] {
  const ids = [from.id];
  for (let at = from; at !== end && at.movedTo !== undefined && !ids.includes(at.movedTo);) {
    const next = goneById.get(at.movedTo);
    if (!next) break;
    ids.push(next.id);
    at = next;
  }
  return ids;
}
