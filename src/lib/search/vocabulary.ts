import { isStopWord } from './stop-words.ts';
import { MIN_TYPO_LENGTH } from './typo.ts';
import { searchWords } from './words.ts';

/** Where the search page finds the book's words, relative to the site's root. */
export const VOCABULARY_PATH = 'search/words.txt';

/**
 * The words a typo can be corrected to: every word of the indexed text long enough to correct
 * towards (shorter ones are never corrected) and not a stop-word, most frequent first, one per line.
 */
export function vocabularyFile(texts: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of searchWords(text)) {
      if (word.length < MIN_TYPO_LENGTH || !/^\p{L}+$/u.test(word) || isStopWord(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  return words.length > 0 ? `${words.join('\n')}\n` : '';
}

export function parseVocabulary(file: string): string[] {
  return file.split('\n').filter(Boolean);
}
