import { searchWords } from './search/words.ts';

/**
 * The examples a search field shows ("e.g. phone, food, printing"), from the book itself: the
 * suggested ones the book has words for, then its topics (in lower case, as the page writes them
 * in a sentence). A swimming pool's site had offered "printing" to its visitors, and a topic
 * always finds something (found by a new-user trial).
 */
export function searchExamples(
  suggested: readonly string[],
  book: { texts: Iterable<string>; topics: readonly string[] },
  language: string,
): string[] {
  // The start of a word the book has will do: "phone" is in a book that says "phones". One pass of
  // a pattern per word over the book's text, not a list of its words: at 10,000 rules that list
  // took 150 ms to make for three words.
  const text = [...book.texts].join('\n').normalize('NFKC').toLowerCase();
  const has = (example: string) =>
    searchWords(example).every((word) => new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(text));
  const examples = [...suggested.filter(has), ...book.topics.map((topic) => topic.toLocaleLowerCase(language))];
  return [...new Set(examples)];
}

/** A message's list of examples ("phone, food, printing"; Arabic "الهاتف، الطعام"), split. */
export function exampleList(message: string): string[] {
  return message
    .split(/[,،]/)
    .map((example) => example.trim())
    .filter(Boolean);
}
