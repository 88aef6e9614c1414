import type { SiteBook } from './book.ts';
import type { PublicBook } from './public-book.ts';
import type { Messages } from '../lib/i18n/catalogue.ts';
import { exampleList, searchExamples } from '../lib/search-examples.ts';

// The staff edition's examples: situations as the desk types them.
const STAFF_EXAMPLES = ['phone', 'fines', 'kids alone'];

/** The examples of the public search fields in the page's language, from the book in it. */
export function publicExamples(book: PublicBook, messages: Messages): string[] {
  return searchExamples(
    exampleList(messages.t('search.examples')),
    {
      texts: book.rules.flatMap((rule) => [rule.title, rule.wording, rule.why]),
      topics: book.categories.map((category) => book.categoryName.get(category)!.text),
    },
    book.language,
  );
}

/** The staff search fields' examples, from everything staff search. */
export function staffExamples(book: Pick<SiteBook, 'rules' | 'site'>): string[] {
  return searchExamples(
    STAFF_EXAMPLES,
    {
      texts: book.rules.flatMap((rule) => [rule.title, rule.rule, rule.intent, rule.public_wording ?? '', ...(rule.tags ?? [])]),
      topics: book.site.categories,
    },
    'en',
  );
}

/** The book's first topics, as a sentence names them ("borrowing, spaces, computers"). */
export function firstTopics(book: PublicBook, messages: Messages, count = 3): string {
  return book.categories
    .slice(0, count)
    .map((category) => book.categoryName.get(category)!.text.toLocaleLowerCase(book.language))
    .join(messages.t('home.topicsBetween'));
}
