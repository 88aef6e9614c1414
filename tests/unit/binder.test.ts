// The binder's order and its version stamp, on the sample book.
import { describe, expect, it } from 'vitest';
import { binderTopics } from '../../src/lib/binder.ts';
import { bookVersion } from '../../src/lib/book-version.ts';
import { loadBook } from '../../src/lib/load-book.ts';
import type { Rule } from '../../src/lib/schemas.ts';

const book = await loadBook('policies', { today: '2026-11-25' });
const site = book.site!;
const rules = book.rules.map((rule) => rule.data);

describe('the binder', () => {
  it('follows the order of categories, numbers each rule in its topic, and holds every rule once', () => {
    const topics = binderTopics(site.categories, rules);
    expect(topics.map((topic) => topic.category)).toEqual(site.categories.filter((c) => rules.some((rule) => rule.category === c)));
    expect(topics.flatMap((topic) => topic.rules.map(({ rule }) => rule.id)).sort()).toEqual(rules.map((rule) => rule.id).sort());
    const spaces = topics.find((topic) => topic.category === 'Spaces')!;
    expect(spaces.number).toBe(2);
    expect(spaces.rules.map(({ number }) => number)).toEqual(spaces.rules.map((_, index) => `2.${index + 1}`));
    const titles = spaces.rules.map(({ rule }) => rule.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('leaves out a topic without rules, and numbers the next one in its place', () => {
    const withoutBorrowing = rules.filter((rule) => rule.category !== 'Borrowing');
    const topics = binderTopics(site.categories, withoutBorrowing);
    expect(topics[0]).toMatchObject({ category: 'Spaces', number: 1 });
    expect(topics[0]!.rules[0]!.number).toBe('1.1');
  });
});

describe('the book version', () => {
  it('is the same for the same rules in any order, and changes with any word of a rule or a setting', () => {
    const version = bookVersion(site, rules);
    expect(version).toMatch(/^[0-9a-f]{10}$/);
    expect(bookVersion(site, [...rules].reverse())).toBe(version);
    const edited: Rule[] = rules.map((rule) => (rule.id === 'phone-calls' ? { ...rule, intent: `${rule.intent} ` } : rule));
    expect(bookVersion(site, edited)).not.toBe(version);
    expect(bookVersion({ ...site, organisation: 'Another library' }, rules)).not.toBe(version);
  });
});
