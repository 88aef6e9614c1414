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
  const words = new Set<string>();
  for (const text of book.texts) for (const word of searchWords(text)) words.add(word);
  const known = [...words];
  // "phone" is in a book that says "phones": the start of a word the book has will do.
  const has = (example: string) => searchWords(example).every((word) => words.has(word) || known.some((other) => other.startsWith(word)));
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
