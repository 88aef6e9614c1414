// The examples a search field offers come from the book: a swimming pool's site offered its
// visitors "printing", and its home page told search engines it was about "borrowing, spaces,
// computers" (found by a new-user trial).
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/lib/i18n/catalogue.ts';
import { exampleList, searchExamples } from '../../src/lib/search-examples.ts';
import { firstTopics, publicPlaceholder } from '../../src/data/search-examples.ts';
import type { PublicBook } from '../../src/data/public-book.ts';

const POOL = {
  texts: ['Phones on the pool deck', 'Food and drink stay off the deck, please.', 'Towels', 'Bring your own towel.'],
  topics: ['Safety', 'Pool', 'Changing rooms'],
};

describe('search examples', () => {
  it('keeps the suggested examples the book has words for, in order, then its topics in lower case', () => {
    expect(searchExamples(['phone', 'food', 'printing'], POOL, 'en')).toEqual(['phone', 'food', 'safety', 'pool', 'changing rooms']);
  });

  it('takes a phrase only when the book has each of its words', () => {
    expect(searchExamples(['kids alone', 'towel'], POOL, 'en')).toEqual(['towel', 'safety', 'pool', 'changing rooms']);
    expect(searchExamples(['kids alone'], { texts: ['Kids alone in the library'], topics: [] }, 'en')).toEqual(['kids alone']);
  });

  it('reads every built-in language’s list, Arabic commas too', () => {
    for (const language of ['en', 'es', 'fr', 'ar']) expect(exampleList(messagesFor(language).t('search.examples')).length).toBe(3);
    expect(exampleList('الهاتف، الطعام، الطباعة')).toEqual(['الهاتف', 'الطعام', 'الطباعة']);
  });

  it('names the book’s own topics in the home page’s description, in each language', () => {
    expect(messagesFor('en').t('home.description', { organisation: 'Eastside Pool', topics: 'safety, pool, classes' })).toBe(
      'Friendly notes on using Eastside Pool: safety, pool, classes and more.',
    );
    for (const language of ['es', 'fr', 'ar'])
      expect(messagesFor(language).t('home.description', { organisation: 'X', topics: 'T' })).not.toMatch(
        /\{|préstamos|emprunts|الاستعارة/,
      );
  });

  it('offers only words and topics of the page’s language, and nothing when it has none (found by a review)', () => {
    // A French page of a pool whose topics and rules are not translated yet.
    const french = {
      language: 'fr',
      categories: ['Pool', 'Safety'],
      categoryName: new Map([
        ['Pool', { text: 'Pool', lang: 'en' }],
        ['Safety', { text: 'Sécurité', lang: 'fr' }],
      ]),
      rules: [
        {
          title: 'Phones on deck',
          wording: 'You are welcome to call from the lobby.',
          why: 'Quiet.',
          lang: { title: 'en', wording: 'en', why: 'en' },
        },
      ],
    } as unknown as PublicBook;
    const messages = messagesFor('fr');
    expect(firstTopics(french, messages)).toBe('sécurité');
    expect(publicPlaceholder(french, messages, 'search.placeholder')).toBe('p. ex. sécurité');
    const untranslated = {
      ...french,
      categoryName: new Map([
        ['Pool', { text: 'Pool', lang: 'en' }],
        ['Safety', { text: 'Safety', lang: 'en' }],
      ]),
    } as unknown as PublicBook;
    expect(firstTopics(untranslated, messages)).toBe('');
    expect(publicPlaceholder(untranslated, messages, 'search.placeholderShort')).toBe('');
  });
});
