// The staff pages at the ids of rules no longer in the book: a bookmark to a rule that went says
// when and what it said, and what took its place under any id it had; one to an old id goes on.
import { describe, expect, it } from 'vitest';
import { staffGoneRules } from '../../src/lib/history/gone-staff.ts';
import type { GoneRule } from '../../src/lib/history/history.ts';
import type { Rule } from '../../src/lib/schemas.ts';

const gone = (id: string, extra: Partial<GoneRule> = {}): GoneRule => ({
  id,
  commit: `c-${id}`,
  date: '2026-10-01T10:00:00+00:00',
  day: '2026-10-01',
  subject: `Drop ${id}`,
  data: { id, title: `Title of ${id}`, color: 'red', rule: `The ${id} rule.`, intent: `Why ${id}.` },
  ...extra,
});
const rule = (id: string, replaces?: string[]) => ({ id, title: `Title of ${id}`, ...(replaces ? { replaces } : {}) }) as unknown as Rule;

describe('staff pages at the ids of rules no longer in the book', () => {
  it('say when a rule was removed, why, what it said and what took its place', () => {
    const [page] = staffGoneRules([gone('snacks')], [rule('food', ['snacks'])]);
    expect(page).toEqual({
      id: 'snacks',
      title: 'Title of snacks',
      removed: {
        date: '2026-10-01T10:00:00+00:00',
        day: '2026-10-01',
        subject: 'Drop snacks',
        color: 'red',
        rule: 'The snacks rule.',
        intent: 'Why snacks.',
        replacedBy: [{ id: 'food', title: 'Title of food' }],
      },
    });
  });

  it('send a bookmark to an old id on to the rule, through every id it had', () => {
    const pages = staffGoneRules([gone('a', { movedTo: 'b' }), gone('b', { movedTo: 'c' })], [rule('c')]);
    expect(pages.map((page) => [page.id, page.movedTo?.id])).toEqual([
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });

  it('name what took its place under any id it had on the way: A → B → C, removed as C (found by a review)', () => {
    const removed = [gone('a', { movedTo: 'b' }), gone('b', { movedTo: 'c' }), gone('c')];
    const rules = [rule('x', ['a']), rule('y', ['b']), rule('z', ['c'])];
    for (const page of staffGoneRules(removed, rules).filter(({ id }) => id === 'a'))
      expect(page.removed?.replacedBy.map(({ id }) => id)).toEqual(['x', 'y', 'z']);
    // From B on: not what replaced A.
    const b = staffGoneRules(removed, rules).find(({ id }) => id === 'b');
    expect(b?.removed?.replacedBy.map(({ id }) => id)).toEqual(['y', 'z']);
  });

  it('leave no page at an id the book has again', () => {
    expect(staffGoneRules([gone('snacks')], [rule('snacks')])).toEqual([]);
  });
});
