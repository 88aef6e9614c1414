import { expect, it } from 'vitest';
import { relatedBothWays } from '../../src/lib/related.ts';

it('links related rules both ways, once each, ignoring self-links and unknown ids', () => {
  const links = relatedBothWays([
    { id: 'a', related: ['b', 'a', 'missing'] },
    { id: 'b', related: ['a'] },
    { id: 'c', related: ['a'] },
  ]);
  expect(links.get('a')).toEqual(['b', 'c']);
  expect(links.get('b')).toEqual(['a']);
  expect(links.get('c')).toEqual(['a']);
});
