import { syllable } from 'syllable';

export interface Sentence {
  text: string;
  /** Offset in the whole text. */
  start: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

// Unicode's sentence rules (ICU, through Intl): "9 a.m. to 5 p.m." and "$2.50" stay whole, since a
// full stop followed by a lowercase word or a digit does not end a sentence. One segmenter per
// language, made once: "¿…?" in Spanish, "؟" in Arabic end sentences by the same rules.
const sentenceSegmenters = new Map<string, Intl.Segmenter>();
const wordSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(cache: Map<string, Intl.Segmenter>, locale: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  let made = cache.get(locale);
  if (!made) {
    made = new Intl.Segmenter(locale, { granularity });
    cache.set(locale, made);
  }
  return made;
}

/** Splits prose into sentences, with Unicode's sentence boundaries for the language (`locale`). */
export function sentences(text: string, locale = 'en'): Sentence[] {
  const SENTENCES = segmenter(sentenceSegmenters, locale, 'sentence');
  // Unicode ends a sentence at every line break; in a YAML literal block (`|`) a single break only
  // wraps the line, so it reads as a space. A blank line still ends a paragraph. Same length, so
  // offsets still point into `text`.
  const prose = text.replace(/(?<!\n)\n(?!\n)/g, ' ');
  const out: Sentence[] = [];
  for (const { segment, index } of SENTENCES.segment(prose)) {
    const lead = segment.length - segment.trimStart().length;
    const sentence = { text: text.slice(index + lead, index + segment.trimEnd().length), start: index + lead };
    if ((locale === 'en' ? words(sentence.text) : wordsIn(sentence.text, locale)).length > 0) out.push(sentence);
  }
  return out;
}

/** English words: letters and digits, with inner apostrophes and hyphens ("don't", "Wi-Fi"). */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The words of a text in any language, by Unicode's word boundaries for that language (numbers
 * count as words): no English pattern decides what a word is in Spanish or Arabic.
 */
export function wordsIn(text: string, locale: string): string[] {
  const out: string[] = [];
  for (const { segment, isWordLike } of segmenter(wordSegmenters, locale, 'word').segment(text)) if (isWordLike) out.push(segment);
  return out;
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade level: the US school grade needed to read the text easily. */
  grade: number;
}

/** `split` is `sentences(text)` when the caller has it already: a text is split once. */
export function readability(text: string, split: readonly Sentence[] = sentences(text)): Readability {
  const list = words(text);
  const sentenceCount = Math.max(1, split.length);
  // Numbers read as one short word ("25 cents"), whatever their digits.
  const syllables = list.reduce((sum, word) => sum + (/^\d/.test(word) ? 1 : Math.max(1, syllablesOf(word))), 0);
  const wordCount = Math.max(1, list.length);
  const grade = 0.39 * (wordCount / sentenceCount) + 11.8 * (syllables / wordCount) - 15.59;
  return { words: list.length, sentences: sentenceCount, syllables, grade: Math.round(grade * 10) / 10 };
}

// A book repeats the same few thousand words: each is counted once per run.
const syllableCounts = new Map<string, number>();

function syllablesOf(word: string): number {
  let count = syllableCounts.get(word);
  if (count === undefined) {
    count = syllable(word);
    syllableCounts.set(word, count);
  }
  return count;
}
