import { stopWordsOf } from './stop-words.ts';
import { lookupForms, searchWords } from './words.ts';

/** Where the search page finds the book's words, relative to the site's root. */
export const VOCABULARY_PATH = 'search/words.txt';

// A word on more than half the pages says little about a situation, and costs the most to
// search: a synonym that common is not searched (a word the person typed always is).
const COMMON_SHARE = 0.5;

/**
 * The words of the indexed pages (letters only, no stop-words), one per line, those on the most
 * pages first; the first line says how many lead the list as common words. What a typo is
 * corrected to, and how the search tells a word the book uses from one it does not.
 */
export function vocabularyFile(pages: Iterable<string>, language?: string): string {
  const isStopWord = stopWordsOf(language);
  const stats = new Map<string, { pages: number; uses: number }>();
  let pageCount = 0;
  for (const text of pages) {
    pageCount++;
    const seen = new Set<string>();
    for (const word of searchWords(text)) {
      if (word.length < 2 || !/^\p{L}+$/u.test(word) || isStopWord(word)) continue;
      const entry = stats.get(word) ?? { pages: 0, uses: 0 };
      entry.uses++;
      if (!seen.has(word)) entry.pages++;
      seen.add(word);
      stats.set(word, entry);
    }
  }
  const ranked = [...stats.entries()].sort((a, b) => b[1].pages - a[1].pages || b[1].uses - a[1].uses || (a[0] < b[0] ? -1 : 1));
  const common = ranked.filter(([, entry]) => entry.pages > pageCount * COMMON_SHARE).length;
  return `#common ${common}\n${ranked.map(([word]) => `${word}\n`).join('')}`;
}

/** How a word stands in the book: used as it is (or as its stem), only as the start of longer words, or not at all. */
export type WordStanding = 'exact' | 'prefix' | 'unknown';

// Endings Pagefind's stemmer removes before it matches, so "renewing" counts as "renew".
const ENDINGS = /(?:ing|ed|es|s|ly|er|ers)$/;

export class Vocabulary {
  /** On the most pages first. */
  readonly words: readonly string[];
  readonly #rank: ReadonlyMap<string, number>;
  readonly #sorted: readonly string[];
  readonly #common: number;

  constructor(words: readonly string[], common = 0) {
    this.words = words;
    this.#rank = new Map(words.map((word, index) => [word, index]));
    this.#sorted = [...words].sort();
    this.#common = common;
  }

  static parse(file: string): Vocabulary {
    const lines = file.split('\n').filter(Boolean);
    const header = /^#common (\d+)$/.exec(lines[0] ?? '');
    return header ? new Vocabulary(lines.slice(1), Number(header[1])) : new Vocabulary(lines);
  }

  get size(): number {
    return this.words.length;
  }

  standing(word: string): WordStanding {
    const forms = this.#forms(word);
    if (forms.some((form) => this.#rank.has(form))) return 'exact';
    if (forms.some((form) => this.#startsSome(form))) return 'prefix';
    return 'unknown';
  }

  /** Whether the word (in any of its forms) is on so many pages that it says little. */
  isCommon(word: string): boolean {
    return this.#forms(word).some((form) => (this.#rank.get(form) ?? Infinity) < this.#common);
  }

  #forms(word: string): string[] {
    const stem = word.length > 4 ? word.replace(ENDINGS, '') : word;
    return [...lookupForms(word), ...(stem.length >= 3 ? [stem] : [])];
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
