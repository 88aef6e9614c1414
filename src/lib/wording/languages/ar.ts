import type { ForbiddingPhrase } from '../forbidding.ts';
import type { WordingLanguage } from '../language.ts';
import { easeHits } from '../reading-ease.ts';

// How Arabic signs forbid: ممنوع ("forbidden"), يُمنع ("it is forbidden"), لا يُسمح ("not
// allowed"), محظور ("prohibited"), غير مسموح ("not permitted"). The short vowel marks are optional
// in writing, so each pattern allows them. Arabic joins "and" (و) to the next word: no left edge.
const MARKS = '[\\u064B-\\u0652]*';
const spelled = (word: string) => [...word].join(MARKS);
const FORBIDDING: readonly ForbiddingPhrase[] = [
  { pattern: new RegExp(spelled('ممنوع'), 'gu'), word: () => 'ممنوع' },
  { pattern: new RegExp(spelled('يمنع'), 'gu'), word: () => 'يمنع' },
  { pattern: new RegExp(`${spelled('لا')}\\s+${spelled('يسمح')}`, 'gu'), word: () => 'لا يسمح' },
  { pattern: new RegExp(spelled('محظور'), 'gu'), word: () => 'محظور' },
  { pattern: new RegExp(`${spelled('غير')}\\s+${spelled('مسموح')}`, 'gu'), word: () => 'غير مسموح' },
];

/** Arabic: forbidding phrasing and long sentences; no standard reading-level formula is built in. */
// Words of nearly every Arabic sentence.
const FUNCTION_WORDS: ReadonlySet<string> = new Set('في من على إلى عن مع هذا هذه أن لا ما هو هي نحن يمكنك يمكن التي الذي'.split(' '));

export function arabic(code: string): WordingLanguage {
  return {
    code,
    functionWords: FUNCTION_WORDS,
    forbidding: {
      phrases: FORBIDDING,
      hint: 'Say what people can do and where: "يسعدنا أن تُجري مكالماتك في الردهة" ("you are welcome to take calls in the lobby") rather than "ممنوع استخدام الهاتف".',
    },
    jargon: {},
    readingHits: (text, targets) => easeHits(text, targets, code, undefined),
  };
}
