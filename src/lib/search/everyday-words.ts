// Words people use every day, which search never takes for typos. The book's own words are the
// only list typo correction has, so a common word the book happens not to use was "corrected" to
// the nearest one it does: "someone took my seat" became "tool", "tried" became "tired", "wife"
// became "wide". With this list such a word is left as typed: the page says no rule mentions it,
// and the rest of the query answers. English only: it is the list of the book's source language
// when that is English (another language keeps its stricter one-letter rule, run-query.ts).
import { MIN_TYPO_LENGTH } from './typo.ts';

/** Where an English index's list is, relative to the root of its language's part of the site. */
export const EVERYDAY_WORDS_PATH = 'search/everyday-words.txt';

/**
 * How often a word must occur in SUBTLEX-US (51 million words of film and TV subtitles, spoken
 * English as a desk hears it) to count. Below it are misspellings and rare names the subtitles
 * keep, which would block real corrections: "charing" (10, for "charging"), "parkin" (13).
 */
export const MIN_EVERYDAY_COUNT = 30;

export interface WordCount {
  word: string;
  count: number;
}

/**
 * How many of the most used words of spoken English count as the everyday details of a
 * situation ("yesterday", "huge", "till", "dollars": ranks 546-1,345 in SUBTLEX-US). A word no
 * rule has is named on the results page when it is not one of them ("vaping", "petition",
 * "volunteer": the question itself), or when such words are half the search (run-query.ts).
 */
export const DETAIL_WORD_COUNT = 2000;

/**
 * The list as the search page reads it: a first line `#common <n>`, then the DETAIL_WORD_COUNT
 * most used words (of any length), then the others typo correction would look at (letters only,
 * at least MIN_TYPO_LENGTH long), one per line, each part in alphabetical order (it compresses
 * best so).
 */
export function everydayWordsFile(counts: Iterable<WordCount>): string {
  const ranked = new Map<string, number>();
  for (const { word, count } of counts) {
    const lower = word.toLowerCase();
    if (count >= MIN_EVERYDAY_COUNT && /^[a-z]+$/.test(lower)) ranked.set(lower, (ranked.get(lower) ?? 0) + count);
  }
  const byUse = [...ranked.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  const common = byUse.slice(0, DETAIL_WORD_COUNT);
  const rest = byUse.slice(DETAIL_WORD_COUNT).filter((word) => word.length >= MIN_TYPO_LENGTH);
  const lines = (words: string[]) => [...words].sort().map((word) => `${word}\n`);
  return [`#common ${common.length}\n`, ...lines(common), ...lines(rest)].join('');
}

/** Everyday English words, and which of them are the most used. */
export class EverydayWords {
  readonly #all: ReadonlySet<string>;
  readonly #common: ReadonlySet<string>;

  constructor(all: Iterable<string>, common: Iterable<string>) {
    this.#all = new Set(all);
    this.#common = new Set(common);
  }

  get size(): number {
    return this.#all.size;
  }

  has(word: string): boolean {
    return this.#all.has(word);
  }

  /** One of the DETAIL_WORD_COUNT most used words: a detail of a situation, not its subject. */
  isCommon(word: string): boolean {
    return this.#common.has(word);
  }
}

export function parseEverydayWords(file: string): EverydayWords {
  const lines = file.split('\n').filter(Boolean);
  const header = /^#common (\d+)$/.exec(lines[0] ?? '');
  const words = header ? lines.slice(1) : lines;
  return new EverydayWords(words, header ? words.slice(0, Number(header[1])) : []);
}

/**
 * Whether two words are one word in British and American spelling ("colour" and "color",
 * "centre" and "center", "programme" and "program", "catalogue" and "catalog"). The everyday
 * list has both spellings, yet a book written in one is searched in the other: such a word is
 * still corrected (found by a review: "community centre" had lost its correction).
 */
export function isSpellingVariant(a: string, b: string): boolean {
  return a !== b && spelledOneWay(a) === spelledOneWay(b);
}

function spelledOneWay(word: string): string {
  return word
    .replace(/our/g, 'or')
    .replace(/re(s?)$/, 'er$1')
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/ys(e|ed|es|ing)$/, 'yz$1')
    .replace(/mme(s?)$/, 'm$1')
    .replace(/ogue(s?)$/, 'og$1')
    .replace(/ence(s?)$/, 'ense$1')
    .replace(/ll/g, 'l')
    .replace(/ae|oe/g, 'e');
}
