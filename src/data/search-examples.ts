import type { SiteBook } from './book.ts';
import type { PublicBook } from './public-book.ts';
import type { Messages } from '../lib/i18n/catalogue.ts';
import { exampleList, searchExamples } from '../lib/search-examples.ts';

// The staff edition's examples: situations as the desk types them.
const STAFF_EXAMPLES = ['phone', 'fines', 'kids alone'];

// Each is read once per build, for the home and the search page alike: at 10,000 rules a read
// takes a moment.
const publicCache = new WeakMap<PublicBook, string[]>();
const staffCache = new WeakMap<SiteBook, string[]>();

/**
 * The examples of the public search fields in the page's language, from the book's text in it:
 * a rule or topic not translated yet is not this language's (an English topic had been offered
 * as an example on a French page; found by a review).
 */
export function publicExamples(book: PublicBook, messages: Messages): string[] {
  let examples = publicCache.get(book);
  if (!examples) {
    const own = (text: string, lang: string) => (lang === book.language ? [text] : []);
    examples = searchExamples(
      exampleList(messages.t('search.examples')),
      {
        texts: book.rules.flatMap((rule) => [
          ...own(rule.title, rule.lang.title),
          ...own(rule.wording, rule.lang.wording),
          ...own(rule.why, rule.lang.why),
        ]),
        topics: topicsIn(book),
      },
      book.language,
    );
    publicCache.set(book, examples);
  }
  return examples;
}

/** "e.g. phone, food, printing" in the page's language, or nothing when the book has no example in it. */
export function publicPlaceholder(book: PublicBook, messages: Messages, key: 'search.placeholder' | 'search.placeholderShort'): string {
  const examples = publicExamples(book, messages).slice(0, key === 'search.placeholder' ? 3 : 1);
  return examples.length > 0 ? messages.t(key, { examples: examples.join(messages.t('search.tryBetween')) }) : '';
}

/** The staff search fields' examples, from everything staff search. */
export function staffExamples(book: SiteBook): string[] {
  let examples = staffCache.get(book);
  if (!examples) {
    examples = searchExamples(
      STAFF_EXAMPLES,
      {
        texts: book.rules.flatMap((rule) => [rule.title, rule.rule, rule.intent, rule.public_wording ?? '', ...(rule.tags ?? [])]),
        topics: book.site.categories,
      },
      'en',
    );
    staffCache.set(book, examples);
  }
  return examples;
}

/** The one example that fits beside the search page's button on a phone: a situation, as the desk types one, if the book has it. */
export function staffShortExample(book: SiteBook): string {
  const examples = staffExamples(book);
  return examples.find((words) => STAFF_EXAMPLES.includes(words) && words.includes(' ')) ?? examples[0] ?? '';
}

/** The book's first topics in the page's language, as a sentence names them ("borrowing, spaces, computers"); empty when none is. */
export function firstTopics(book: PublicBook, messages: Messages, count = 3): string {
  return topicsIn(book)
    .slice(0, count)
    .map((name) => name.toLocaleLowerCase(book.language))
    .join(messages.t('home.topicsBetween'));
}

function topicsIn(book: PublicBook): string[] {
  return book.categories.flatMap((category) => {
    const name = book.categoryName.get(category)!;
    return name.lang === book.language ? [name.text] : [];
  });
}
