import { stopWordsOf } from './stop-words.ts';
import { stem } from './stem.ts';
import { lookupForms, searchWords, stemmedApartForms, withoutAccents } from './words.ts';

/** Where the search page finds the book's words, relative to the site's root. */
export const VOCABULARY_PATH = 'search/words.txt';

// A word on more than half the pages says little about a situation, and costs the most to
// search: a synonym that common is not searched (a word the person typed always is). In a large
// book a word on hundreds of pages is common in that sense too: each page gains little from it,
// and one search for it costs hundreds of milliseconds (a synonym on 3,333 of the 10,000-rule
// bench book's pages took 0.3-1 s on a busy two-core machine).
const COMMON_SHARE = 0.5;
const COMMON_PAGES = 500;

/**
 * The words of the indexed pages (letters only, no stop-words), one per line, those on the most
 * pages first; the first line says how many lead the list as common words. What a typo is
 * corrected to, and how the search tells a word the book uses from one it does not. A word seen
 * only in text still in the source language (an untranslated rule on a French page) is followed
 * by a tab and that language: searchable, but no French word is corrected to it or offered it.
 */
export function vocabularyFile(pages: Iterable<string>, language?: string): string {
  return vocabularyOfWords(
    (function* () {
      for (const text of pages) yield searchWords(text);
    })(),
    language,
  );
}

/**
 * A page's words, and those of its twin in the source language (the same rule at the root of the
 * site): a word both have may be the source's text left untranslated.
 */
export interface PageText {
  words: readonly string[];
  twin?: ReadonlySet<string>;
}

/** The same from each page's words as searchWords reads them (the build keeps them per page). */
export function vocabularyOfWords(pages: Iterable<readonly string[] | PageText>, language?: string, source?: string): string {
  const isStopWord = stopWordsOf(language);
  const stats = new Map<string, { pages: number; uses: number }>();
  // Words seen on some page without its twin having them: the page's language's own.
  const own = new Set<string>();
  // Whether a word is listed, once per word: the same words come back on page after page.
  const listed = new Map<string, boolean>();
  const isListed = (word: string) => word.length >= 2 && /^\p{L}+$/u.test(word) && !isStopWord(word);
  let pageCount = 0;
  for (const page of pages) {
    const { words, twin } = 'words' in page ? page : { words: page, twin: undefined };
    pageCount++;
    const seen = new Set<string>();
    for (const word of words) {
      let known = listed.get(word);
      if (known === undefined) listed.set(word, (known = isListed(word)));
      if (!known) continue;
      if (!twin?.has(word)) own.add(word);
      let entry = stats.get(word);
      if (!entry) stats.set(word, (entry = { pages: 0, uses: 0 }));
      entry.uses++;
      if (!seen.has(word)) {
        entry.pages++;
        seen.add(word);
      }
    }
  }
  const ranked = [...stats.entries()].sort((a, b) => b[1].pages - a[1].pages || b[1].uses - a[1].uses || (a[0] < b[0] ? -1 : 1));
  const common = ranked.filter(([, entry]) => entry.pages > Math.min(pageCount * COMMON_SHARE, COMMON_PAGES)).length;
  const line = (word: string) => (source === undefined || own.has(word) ? `${word}\n` : `${word}\t${source}\n`);
  return `#common ${common}\n${ranked.map(([word]) => line(word)).join('')}`;
}

/** How a word stands in the book: used as it is (or as its stem), only as the start of longer words, or not at all. */
export type WordStanding = 'exact' | 'prefix' | 'unknown';

export class Vocabulary {
  /** On the most pages first. */
  readonly words: readonly string[];
  /** Each word's stem, with the rank of its most common word: Pagefind matches by stem. */
  readonly #stems = new Map<string, number>();
  /**
   * The words of the page's language, on the most pages first: without those seen only in text
   * left in the source language, which a French word is never corrected to ("portable" had been
   * offered "possible, suitable, table").
   */
  readonly own: readonly string[];
  readonly #sorted: readonly string[];
  readonly #common: number;
  #accented: Map<string, string> | undefined;
  #folded: string[] | undefined;

  constructor(words: readonly string[], common = 0, borrowed: ReadonlySet<string> = new Set()) {
    this.words = words;
    this.own = borrowed.size === 0 ? words : words.filter((word) => !borrowed.has(word));
    words.forEach((word, index) => {
      const key = stem(word);
      if (!this.#stems.has(key)) this.#stems.set(key, index);
    });
    this.#sorted = [...words].sort();
    this.#common = common;
  }

  static parse(file: string): Vocabulary {
    const lines = file.split('\n').filter(Boolean);
    const header = /^#common (\d+)$/.exec(lines[0] ?? '');
    const entries = (header ? lines.slice(1) : lines).map((line) => line.split('\t'));
    const borrowed = new Set(entries.filter((entry) => entry.length > 1).map(([word]) => word!));
    return new Vocabulary(
      entries.map(([word]) => word!),
      header ? Number(header[1]) : 0,
      borrowed,
    );
  }

  /**
   * The word of the page's language that `word` is apart from its accents ("telephone" is
   * "téléphone"), the most used one if several are; undefined when it has none.
   */
  accented(word: string): string | undefined {
    if (!this.#accented) {
      this.#accented = new Map();
      for (const known of this.own) if (!this.#accented.has(withoutAccents(known))) this.#accented.set(withoutAccents(known), known);
    }
    return this.#accented.get(withoutAccents(word));
  }

  /** `own` without accents, word for word: a typo is measured without counting them. */
  get ownWithoutAccents(): readonly string[] {
    this.#folded ??= this.own.map(withoutAccents);
    return this.#folded;
  }

  get size(): number {
    return this.words.length;
  }

  /**
   * The word, or the first of its other forms (lookupForms, stemmedApartForms) whose stem the
   * book uses: Pagefind finds "shelf" for "shelves" only when asked for "shelf". Undefined when
   * the book has none.
   */
  knownForm(word: string): string | undefined {
    return [...lookupForms(word), ...stemmedApartForms(word)].find((form) => this.#stems.has(stem(form)));
  }

  standing(word: string): WordStanding {
    if (this.#stems.has(stem(word))) return 'exact';
    // Only the word as typed (or its singular) may be the start of a longer word, as Pagefind
    // reads it: "skate" in "skateboard". Its stem may not: "wating" is not "water".
    if (lookupForms(word).some((form) => this.#startsSome(form))) return 'prefix';
    return 'unknown';
  }

  /**
   * Whether a search for the word finds so many pages that it says little. Pagefind matches the
   * start of words too, so "child" is as common as "children" (on 1,429 of the bench book's pages).
   */
  isCommon(word: string): boolean {
    const key = stem(word);
    return this.words.slice(0, this.#common).some((common) => common.startsWith(key) || stem(common) === key);
  }

  /**
   * Whether the book has longer words that begin with this one and are not forms of it ("many"
   * and "manager" for "man"): Pagefind, which matches the start of words, finds those too.
   */
  beginsOtherWords(word: string): boolean {
    const key = stem(word);
    for (let at = this.#firstFrom(word); this.#sorted[at]?.startsWith(word); at++) if (stem(this.#sorted[at]!) !== key) return true;
    return false;
  }

  #startsSome(prefix: string): boolean {
    return this.#sorted[this.#firstFrom(prefix)]?.startsWith(prefix) ?? false;
  }

  /** The place of the first word, in alphabetical order, that is not before `prefix`. */
  #firstFrom(prefix: string): number {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.#sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
