// The cache key of a page (src/data/page-key.ts): what decides whether a rebuild renders a page
// again. A value the key cannot see (a Map, a Set, a function) would leave a page stale, so it
// is refused wherever it hides; a key from plain data changes with every value the page shows.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pageKey } from '../../src/data/page-key.ts';

describe('pageKey', () => {
  const rule = { id: 'phone-calls', title: 'Phone calls', colors: ['green'], review: { due: new Date('2027-01-01') } };

  it('is the digest of the data as JSON writes it, so keys stay those of earlier builds', () => {
    const shown = { rule, list: [[1, undefined, 'two']], missing: undefined, own: { toJSON: () => ({ shown: 'this' }) } };
    expect(pageKey(shown)).toBe(createHash('sha256').update(JSON.stringify(shown)).digest('base64url'));
  });

  it('is the same for the same data, and differs when any value it holds differs', () => {
    expect(pageKey(rule)).toBe(pageKey(structuredClone(rule)));
    expect(pageKey({ ...rule, colors: ['yellow'] })).not.toBe(pageKey(rule));
    expect(pageKey({ ...rule, review: { due: new Date('2027-01-02') } })).not.toBe(pageKey(rule));
    expect(pageKey([rule, null, 3])).not.toBe(pageKey([rule, null, 4]));
  });

  it.each([
    ['a Map', new Map([['a', 1]])],
    ['a Set', new Set([1])],
    ['a function', () => 'text'],
  ])('refuses %s, even deep inside lists and objects, naming its field', (_, hidden) => {
    expect(() => pageKey({ rule, related: [{ id: 'x', links: hidden }] })).toThrow('"links" is not plain data');
    expect(() => pageKey({ rule, pages: [[1, hidden]] })).toThrow('"1" is not plain data');
  });
});
