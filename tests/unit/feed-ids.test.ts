// Atom ids: a feed reader shows an entry again as new when its id changes, and merges two feeds'
// entries when their ids are the same.
import { describe, expect, it } from 'vitest';
import { feedIds } from '../../src/lib/history/feed-ids.ts';

describe('feed ids', () => {
  it('name the organisation, the edition, the language, the rule and the commit', () => {
    const ids = feedIds('Riverside Public Library', 'public', 'es');
    expect(ids.feed).toBe('urn:rules-clarity:riverside-public-library:public:es:feed');
    expect(ids.entry('late-fees', 'abc123')).toBe('urn:rules-clarity:riverside-public-library:public:es:late-fees:abc123');
    expect(feedIds('Riverside Public Library', 'staff').feed).toBe('urn:rules-clarity:riverside-public-library:staff:feed');
  });

  it('keep two organisations named in another script apart (found by a new-user trial: both were "category")', () => {
    const riverside = feedIds('مكتبة ريفرسايد العامة', 'public').feed;
    const maple = feedIds('مكتبة مابل غروف', 'public').feed;
    expect(riverside).toMatch(/^urn:rules-clarity:name-[0-9a-f]{16}:public:feed$/);
    expect(maple).not.toBe(riverside);
    expect(feedIds('مكتبة ريفرسايد العامة', 'public').feed).toBe(riverside);
  });
});
