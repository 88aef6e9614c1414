import { expect, it } from 'vitest';
import { answerFor, firstSentence } from '../../src/lib/answer.ts';
import type { Rule } from '../../src/lib/schemas.ts';

const base = { id: 'x', title: 'X', category: 'Spaces', rule: 'R.', intent: 'I.' } as const;

it('red: the headline is what to offer, never the badge again; the rule itself comes next', () => {
  const answer = answerFor({
    ...base,
    color: 'red',
    rule: 'Children under 9 need a grown-up.',
    instead: 'Offer a room. Or a chair.',
  } satisfies Rule);
  expect(answer.headline).toBe('Offer a room.');
  expect(answer.detail).toBe('Or a chair.');
  expect(answer.rule).toBe('Children under 9 need a grown-up.');
  expect(answer.headline).not.toMatch(/override/i);
  // Search results show the short badge ("Red") without its meaning: the one line says it.
  expect(answer.oneLine).toBe('No one can override this. Offer instead: Offer a room.');
});

it('red without `instead`: what to do still leads, with no repeat of the badge', () => {
  const answer = answerFor({ ...base, color: 'red' } satisfies Rule);
  expect(answer.headline).toBe('Say no kindly, and give the reason below.');
  expect(answer.detail).toBeUndefined();
  expect(answer.rule).toBe('R.');
});

it('red with a one-sentence `instead`: it is the headline, with nothing repeated below', () => {
  const answer = answerFor({ ...base, color: 'red', instead: 'Offer a study room' } satisfies Rule);
  expect(answer.headline).toBe('Offer a study room');
  expect(answer.detail).toBeUndefined();
});

it('yellow: check first with the named person, as a sentence reads; then how, and how far', () => {
  const answer = answerFor({
    ...base,
    color: 'yellow',
    bend: { ask: 'Branch manager', how: 'Allow one extra day. Then stop.' },
  } satisfies Rule);
  expect(answer.headline).toBe('Check first with the branch manager.');
  expect(answer.oneLine).toBe('Check first with the branch manager. Allow one extra day.');
  // A search result answers "how far" for a yellow rule as for a green one.
  const limited = answerFor({
    ...base,
    color: 'yellow',
    bend: { ask: 'Supervisor on duty', how: 'Allow a pet in a carrier.', limit: 'Only for a short visit. Never upstairs.' },
  } satisfies Rule);
  expect(limited.oneLine).toBe('Check first with the supervisor on duty. Allow a pet in a carrier. Limit: Only for a short visit.');
  // The search metadata keeps the label out (Pagefind searches it): the search page adds it.
  expect(limited.summary).toBe('Check first with the supervisor on duty. Allow a pet in a carrier.');
  expect(limited.limitShort).toBe('Only for a short visit.');
  const named = answerFor({ ...base, color: 'yellow', bend: { ask: ' Maria Lopez. ' } } satisfies Rule);
  expect(named.headline).toBe('Check first with Maria Lopez.');
});

it('green: yes, how, and the limit', () => {
  const answer = answerFor({ ...base, color: 'green', bend: { how: 'Waive it.', limit: 'Up to $20 a visit.' } } satisfies Rule);
  expect(answer).toEqual({
    headline: 'Yes — use your judgment.',
    detail: 'Waive it.',
    limit: 'Up to $20 a visit.',
    oneLine: 'Yes — use your judgment. Waive it. Limit: Up to $20 a visit.',
    // The search page shows the limit on a line of its own: a phone showed three lines of the
    // summary, and its limit had been cut off on every card (found by a desk trial).
    summary: 'Yes — use your judgment. Waive it.',
    limitShort: 'Up to $20 a visit.',
    more: false,
  });
});

it('says when its one line leaves sentences out, for staff to open the rule (found by a new-user trial)', () => {
  const red = answerFor({ ...base, color: 'red', instead: 'Stay calm. Call 911 if anyone is in danger.' } satisfies Rule);
  expect(red.oneLine).not.toContain('911');
  expect(red.more).toBe(true);
  expect(answerFor({ ...base, color: 'red', instead: 'Offer a study room.' } satisfies Rule).more).toBe(false);
  const green = answerFor({
    ...base,
    color: 'green',
    bend: { how: 'Waive it.', limit: 'Up to $20. Above that, ask the manager.' },
  } satisfies Rule);
  expect(green.more).toBe(true);
});

it('cuts at the first sentence end, not at a decimal point', () => {
  expect(firstSentence('Up to $2.50 a day. More later.')).toBe('Up to $2.50 a day.');
  expect(firstSentence('No full stop here')).toBe('No full stop here');
});
