import { expect, it } from 'vitest';
import { answerFor, firstSentence } from '../../src/lib/answer.ts';
import type { Rule } from '../../src/lib/schemas.ts';

const base = { id: 'x', title: 'X', category: 'Spaces', rule: 'R.', intent: 'I.' } as const;

it('red: nobody can override, then what to offer', () => {
  const answer = answerFor({ ...base, color: 'red', instead: 'Offer a room. Or a chair.' } satisfies Rule);
  expect(answer.headline).toBe('No one can override this.');
  expect(answer.oneLine).toBe('No one can override this. Offer instead: Offer a room.');
});

it('yellow: check first with the named person', () => {
  const answer = answerFor({
    ...base,
    color: 'yellow',
    bend: { ask: 'Branch manager', how: 'Allow one extra day. Then stop.' },
  } satisfies Rule);
  expect(answer.headline).toBe('Check first with Branch manager.');
  expect(answer.oneLine).toBe('Check first with Branch manager. Allow one extra day.');
});

it('green: yes, how, and the limit', () => {
  const answer = answerFor({ ...base, color: 'green', bend: { how: 'Waive it.', limit: 'Up to $20 a visit.' } } satisfies Rule);
  expect(answer).toEqual({
    headline: 'Yes — use your judgment.',
    detail: 'Waive it.',
    limit: 'Up to $20 a visit.',
    oneLine: 'Yes — use your judgment. Waive it. Limit: Up to $20 a visit.',
  });
});

it('cuts at the first sentence end, not at a decimal point', () => {
  expect(firstSentence('Up to $2.50 a day. More later.')).toBe('Up to $2.50 a day.');
  expect(firstSentence('No full stop here')).toBe('No full stop here');
});
