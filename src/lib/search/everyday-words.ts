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
 * The list as the search page reads it: one word per line, in alphabetical order (it compresses
 * best). Only words typo correction would look at: letters only, at least MIN_TYPO_LENGTH long.
 */
export function everydayWordsFile(counts: Iterable<WordCount>): string {
  const words = new Set<string>();
  for (const { word, count } of counts) {
    const lower = word.toLowerCase();
    if (count >= MIN_EVERYDAY_COUNT && lower.length >= MIN_TYPO_LENGTH && /^[a-z]+$/.test(lower)) words.add(lower);
  }
  return [...words]
    .sort()
    .map((word) => `${word}\n`)
    .join('');
}

export function parseEverydayWords(file: string): ReadonlySet<string> {
  return new Set(file.split('\n').filter(Boolean));
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
