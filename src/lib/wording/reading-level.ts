import { occurrenceAt, type Hit } from './hit.ts';
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
  const score = readability(text);
  if (score.words >= MIN_WORDS_FOR_GRADE && score.grade > targets.grade) {
    const start = sentences(text)[0]?.text.split(/\s+/).slice(0, 3).join(' ') ?? text;
    hits.push({
      check: 'reading-level',
      code: 'reading-level',
      match: start,
      occurrence: 0,
      message: `reads at grade ${score.grade}, above the target of grade ${targets.grade}`,
    });
  }
  for (const sentence of sentences(text)) {
    const count = words(sentence.text).length;
    if (count <= targets.longSentence) continue;
    const start = sentence.text.split(/\s+/).slice(0, 3).join(' ');
    hits.push({
      check: 'long-sentence',
      code: 'long-sentence',
      match: start,
      occurrence: occurrenceAt(text, start, sentence.start),
      message: `a sentence of ${count} words (the target is ${targets.longSentence} or fewer)`,
    });
  }
  return hits;
}
