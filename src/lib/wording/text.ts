import { syllable } from 'syllable';

export interface Sentence {
  text: string;
  /** Offset in the whole text. */
  start: number;
}

const SENTENCE = /[^.!?]+(?:[.!?]+["'”’)]*|$)/g;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Splits prose into sentences at . ! ? (a decimal point like 2.50 does not end one). */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let pending: Sentence | undefined;
  for (const match of text.matchAll(SENTENCE)) {
    const piece = match[0];
    const start = match.index;
    // "$2.50": the piece ends in a digit + '.', and the next starts with a digit: same sentence.
    if (pending && /\d[.]$/.test(pending.text) && /^\d/.test(piece)) {
      pending.text += piece;
      continue;
    }
    if (pending) out.push(pending);
    pending = { text: piece, start };
  }
  if (pending) out.push(pending);
  return out
    .map((sentence) => {
      const lead = sentence.text.length - sentence.text.trimStart().length;
      return { text: sentence.text.trim(), start: sentence.start + lead };
    })
    .filter((sentence) => words(sentence.text).length > 0);
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade level: the US school grade needed to read the text easily. */
  grade: number;
}

export function readability(text: string): Readability {
  const list = words(text);
  const sentenceCount = Math.max(1, sentences(text).length);
  // Numbers read as one short word ("25 cents"), whatever their digits.
  const syllables = list.reduce((sum, word) => sum + (/^\d/.test(word) ? 1 : Math.max(1, syllable(word))), 0);
  const wordCount = Math.max(1, list.length);
  const grade = 0.39 * (wordCount / sentenceCount) + 11.8 * (syllables / wordCount) - 15.59;
  return { words: list.length, sentences: sentenceCount, syllables, grade: Math.round(grade * 10) / 10 };
}
