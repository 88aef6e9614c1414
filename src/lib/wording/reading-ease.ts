import type { Hit } from './hit.ts';
import type { ReadingTargets } from './reading-level.ts';
import { sentences, wordsIn } from './text.ts';

/** A reading-ease formula on Flesch's 0–100 scale (higher is easier), and the syllables it counts. */
export interface EaseFormula {
  name: string;
  score(counts: { words: number; sentences: number; syllables: number }): number;
  syllables(word: string): number;
}

/**
 * Flesch's own table (1948) from reading ease to the US school grade that reads it easily: the
 * book's `wording.reading_grade` target is one number for every language, and each language's
 * formula is held to the ease of that grade.
 */
const EASE_OF_GRADE: readonly { upTo: number; ease: number; label: string }[] = [
  { upTo: 5, ease: 90, label: 'very easy' },
  { upTo: 6, ease: 80, label: 'easy' },
  { upTo: 7, ease: 70, label: 'fairly easy' },
  { upTo: 9, ease: 60, label: 'plain' },
  { upTo: 12, ease: 50, label: 'fairly difficult' },
  { upTo: 16, ease: 30, label: 'difficult' },
  { upTo: Infinity, ease: 0, label: 'very difficult' },
];

/** The lowest reading ease that a reader of `grade` reads easily. */
export function minimumEase(grade: number): number {
  return EASE_OF_GRADE.find((step) => grade <= step.upTo)!.ease;
}

/** Flesch's words for a score: "fairly difficult". */
export function easeLabel(score: number): string {
  return EASE_OF_GRADE.find((step) => score >= step.ease)?.label ?? 'very difficult';
}

// A formula needs some text to mean anything: a five-word title has no reading level.
const MIN_WORDS_FOR_EASE = 12;

/**
 * Reading ease below the target grade's, and sentences too long to take in at a glance, in any
 * language: sentences and words by Unicode's rules for `locale`, syllables by the formula's own
 * rules. Without a formula only the sentence lengths are checked.
 */
export function easeHits(text: string, targets: ReadingTargets, locale: string, formula: EaseFormula | undefined): Hit[] {
  const hits: Hit[] = [];
  const all = sentences(text, locale);
  const perSentence = all.map((sentence) => wordsIn(sentence.text, locale));
  const words = perSentence.flat();
  if (formula && words.length >= MIN_WORDS_FOR_EASE) {
    const syllables = words.reduce((sum, word) => sum + formula.syllables(word), 0);
    // The scale runs from 0 to 100; a text past either end reads as that end.
    const raw = formula.score({ words: words.length, sentences: Math.max(1, all.length), syllables });
    const score = Math.min(100, Math.max(0, Math.round(raw)));
    const wanted = minimumEase(targets.grade);
    if (score < wanted)
      hits.push({
        check: 'reading-level',
        code: 'reading-level',
        match: firstWords(all[0]?.text ?? text, locale),
        index: all[0]?.start ?? 0,
        message: `reads at ${score} on the ${formula.name} scale (${easeLabel(score)}), below ${wanted}, the ease of the target grade ${targets.grade}`,
      });
  }
  all.forEach((sentence, index) => {
    const count = perSentence[index]!.length;
    if (count <= targets.longSentence) return;
    hits.push({
      check: 'long-sentence',
      code: 'long-sentence',
      match: firstWords(sentence.text, locale),
      index: sentence.start,
      message: `a sentence of ${count} words (the target is ${targets.longSentence} or fewer)`,
    });
  });
  return hits;
}

/** The sentence up to its third word: enough to point at it without underlining a paragraph. */
function firstWords(sentence: string, locale: string): string {
  let end = 0;
  for (const word of wordsIn(sentence, locale).slice(0, 3)) end = sentence.indexOf(word, end) + word.length;
  return end === 0 ? sentence : sentence.slice(0, end);
}

/**
 * Fernández-Huerta (1959), Flesch's formula fitted to Spanish, as corrected by Law (2011): the
 * published version read "sentences per 100 words" where Flesch's has words per sentence.
 */
export function fernandezHuerta(syllables: (word: string) => number): EaseFormula {
  return {
    name: 'Fernández-Huerta',
    score: ({ words, sentences: count, syllables: total }) => 206.84 - 60 * (total / words) - 1.02 * (words / count),
    syllables,
  };
}

/** Kandel & Moles (1958), Flesch's formula fitted to French. */
export function kandelMoles(syllables: (word: string) => number): EaseFormula {
  return {
    name: 'Kandel–Moles',
    score: ({ words, sentences: count, syllables: total }) => 207 - 1.015 * (words / count) - 73.6 * (total / words),
    syllables,
  };
}
