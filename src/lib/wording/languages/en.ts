import { ENGLISH_FORBIDDING } from '../forbidding.ts';
import { BUILTIN_JARGON } from '../glossary.ts';
import type { WordingLanguage } from '../language.ts';
import { readingHits } from '../reading-level.ts';

/** English: the check as it has always been (Flesch–Kincaid grade, the English glossary). */
// Words of nearly every English sentence that French, Spanish or Arabic text never has.
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'the and you is are to of for with your we our please in at it can if us this that or be have will when an by not from any all'.split(
    ' ',
  ),
);

export function english(code: string): WordingLanguage {
  return {
    code,
    functionWords: FUNCTION_WORDS,
    // The catalogue's hint already gives the English example.
    forbidding: { phrases: ENGLISH_FORBIDDING, hint: '' },
    jargon: BUILTIN_JARGON,
    readingFormula: 'Flesch–Kincaid',
    readingHits,
  };
}
