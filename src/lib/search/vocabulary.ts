import { isStopWord } from './stop-words.ts';
import { lookupForms } from './words.ts';
import { searchWords } from './words.ts';

/** Where the search page finds the book's words, relative to the site's root. */
export const VOCABULARY_PATH = 'search/words.txt';

/**
 * The words of the indexed text (letters only, no stop-words), most frequent first, one per line:
 * what a typo is corrected to, and how the search tells a word the book uses from one it does not.
 */
export function vocabularyFile(texts: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of searchWords(text)) {
      if (word.length < 2 || !/^\p{L}+$/u.test(word) || isStopWord(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  return words.length > 0 ? `${words.join('\n')}\n` : '';
}

/** How a word stands in the book: used as it is (or as its stem), only as the start of longer words, or not at all. */
export type WordStanding = 'exact' | 'prefix' | 'unknown';

// Endings Pagefind's stemmer removes before it matches, so "renewing" counts as "renew".
const ENDINGS = /(?:ing|ed|es|s|ly|er|ers)$/;

export class Vocabulary {
  /** Most frequent first. */
  readonly words: readonly string[];
  readonly #set: ReadonlySet<string>;
  readonly #sorted: readonly string[];

  constructor(words: readonly string[]) {
    this.words = words;
    this.#set = new Set(words);
    this.#sorted = [...words].sort();
  }

  static parse(file: string): Vocabulary {
    return new Vocabulary(file.split('\n').filter(Boolean));
  }

  get size(): number {
    return this.words.length;
  }

  standing(word: string): WordStanding {
    const stem = word.length > 4 ? word.replace(ENDINGS, '') : word;
    const forms = [...lookupForms(word), ...(stem.length >= 3 ? [stem] : [])];
    if (forms.some((form) => this.#set.has(form))) return 'exact';
    if (forms.some((form) => this.#startsSome(form))) return 'prefix';
    return 'unknown';
  }

  #startsSome(prefix: string): boolean {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.#sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return this.#sorted[low]?.startsWith(prefix) ?? false;
  }
}
