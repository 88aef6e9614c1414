import { ENGLISH_FORBIDDING } from '../forbidding.ts';
import { BUILTIN_JARGON } from '../glossary.ts';
import type { WordingLanguage } from '../language.ts';
import { readingHits } from '../reading-level.ts';

/** English: the check as it has always been (Flesch–Kincaid grade, the English glossary). */
export function english(code: string): WordingLanguage {
  return {
    code,
    // The catalogue's hint already gives the English example.
    forbidding: { phrases: ENGLISH_FORBIDDING, hint: '' },
    jargon: BUILTIN_JARGON,
    readingFormula: 'Flesch–Kincaid',
    readingHits,
  };
}
