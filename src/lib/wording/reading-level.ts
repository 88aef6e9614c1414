import type { Hit } from './hit.ts';
import { readability, sentences, words } from './text.ts';

export interface ReadingTargets {
  grade: number;
  longSentence: number;
}

// The Flesch–Kincaid formula needs some text to mean anything: a five-word title has no grade.
const MIN_WORDS_FOR_GRADE = 12;

/** A reading grade above the target, and sentences too long to take in at a glance. */
export function readingHits(text: string, targets: ReadingTargets): Hit[] {
  const hits: Hit[] = [];
  const all = sentences(text);
  const score = readability(text, all);
  if (score.words >= MIN_WORDS_FOR_GRADE && score.grade > targets.grade) {
    const first = all[0];
    hits.push({
      check: 'reading-level',
      code: 'reading-level',
      match: first ? firstWords(first.text) : text,
      index: first?.start ?? 0,
      message: `reads at grade ${score.grade}, above the target of grade ${targets.grade}`,
    });
  }
  for (const sentence of all) {
    const count = words(sentence.text).length;
    if (count <= targets.longSentence) continue;
    hits.push({
      check: 'long-sentence',
      code: 'long-sentence',
      match: firstWords(sentence.text),
      index: sentence.start,
      message: `a sentence of ${count} words (the target is ${targets.longSentence} or fewer)`,
    });
  }
  return hits;
}

/** The first three words of a sentence: enough to point at it without underlining a paragraph. */
function firstWords(sentence: string): string {
  return sentence.split(/\s+/).slice(0, 3).join(' ');
}
