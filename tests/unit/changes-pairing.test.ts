// How `changes` (and the history built from it) tells one rule across two versions of the book:
// a rule whose file, id and title all changed in one commit is still the same rule when it kept
// what it says; an unrelated rule removed while another is added is not. And what a red rule's
// change asks of the reviewer.
import { describe, expect, it } from 'vitest';
import { diffBooks } from '../../src/lib/changes/diff.ts';
import { formatChangesMarkdown } from '../../src/lib/changes/markdown.ts';
import type { ReadableRule } from '../../src/lib/changes/snapshot.ts';

const rule = (id: string, fields: Record<string, unknown>): ReadableRule => ({
  readable: true,
  file: `policies/${id}.yaml`,
  id,
  data: { id, color: 'green', category: 'Borrowing', owner: 'Circulation lead', ...fields },
});

const lostCard = rule('lost-card', {
  title: 'Lost library cards',
  rule: 'A lost card is replaced for $2.',
  intent: 'Nobody should lose access over a card.',
  public_wording: 'Lost your card? We will make you a new one for $2.',
});

describe('pairing the rules of two versions', () => {
  it('takes a rule moved to a new file, id and title in one commit for a renamed rule (found by a new-user trial)', () => {
    const replacement = rule('replacement-card', {
      ...lostCard.data,
      id: 'replacement-card',
      title: 'Replacing a library card',
      public_wording: 'Lost your card? We make you a new one for $2, today.',
    });
    const changes = diffBooks([lostCard], [replacement]);
    expect(changes.added).toEqual([]);
    expect(changes.removed).toEqual([]);
    expect(changes.renamed).toEqual([{ from: 'lost-card', to: 'replacement-card', title: 'Replacing a library card' }]);
    expect(changes.changed[0]!.fields.map((field) => field.field)).toEqual(['title', 'public_wording']);
  });

  it('keeps a removed rule and an added one apart when they share only their color, topic and owner', () => {
    const food = rule('food', {
      title: 'Food and drink',
      rule: 'Covered drinks only.',
      intent: 'Keep the books clean.',
      public_wording: 'Bring a drink with a lid.',
    });
    const changes = diffBooks([lostCard], [food]);
    expect(changes.renamed).toEqual([]);
    expect(changes.removed.map((removed) => removed.id)).toEqual(['lost-card']);
    expect(changes.added.map((added) => added.id)).toEqual(['food']);
  });
});

describe('what a red rule needs when it changes (found by a new-user trial)', () => {
  const red = rule('weapons', {
    color: 'red',
    title: 'Weapons',
    rule: 'No weapons in the building.',
    intent: 'Safety.',
    public_wording: 'Please leave weapons outside.',
    approved_by: 'Board, motion 2026-3',
  });

  it('asks for a new approval when what the rule says changed, not for a new review date or search words', () => {
    const housekeeping = rule('weapons', { ...red.data, review_by: '2027-06-01', tags: ['knife'] });
    expect(diffBooks([red], [housekeeping]).approvalNotUpdated).toEqual([]);
    const stricter = rule('weapons', { ...red.data, rule: 'No weapons or replicas in the building.' });
    expect(diffBooks([red], [stricter]).approvalNotUpdated).toEqual([
      { id: 'weapons', title: 'Weapons', approvedBy: 'Board, motion 2026-3' },
    ]);
  });

  it("shows a rule made staff-only as leaving its default, not as '(none)'", () => {
    const staffOnly = rule('weapons', { ...red.data, public: false });
    const report = formatChangesMarkdown(diffBooks([red], [staffOnly]), 'main');
    expect(report).toContain(
      '**In the public edition** (<code>public</code>)\n\n- Before: true _(not written: the default)_\n- After: false',
    );
  });
});
