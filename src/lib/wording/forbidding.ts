import type { Hit } from './hit.ts';

// "No charge" and "no need to book" welcome people; "No food" forbids. These words after "no"
// make a welcoming phrase.
const WELCOMING_AFTER_NO = [
  'charge',
  'cost',
  'fee',
  'fees',
  'need',
  'problem',
  'matter',
  'worries',
  'worry',
  'appointment',
  'wait',
  'card',
  'questions',
  'limit',
  'time',
];

/** A forbidding phrase of one language, and how `wording_ok.word` names what it found. */
export interface ForbiddingPhrase {
  pattern: RegExp;
  word: (found: string) => string;
}

export const ENGLISH_FORBIDDING: readonly ForbiddingPhrase[] = [
  { pattern: new RegExp(`\\bno\\s+(?!(?:${WELCOMING_AFTER_NO.join('|')})\\b)[\\p{L}]+`, 'giu'), word: () => 'no' },
  { pattern: /\bnot\s+(?:allowed|permitted)\b/giu, word: (found) => found.toLowerCase().replace(/\s+/g, ' ') },
  // Not "never-ending" (a title: "Never-ending stories"; found by a review).
  { pattern: /\b(?:prohibited|forbidden|banned|never|strictly)\b(?![-‐‑])/giu, word: (found) => found.toLowerCase() },
  { pattern: /\b(?:must\s+not|mustn['’]t|may\s+not)\b/giu, word: (found) => found.toLowerCase().replace(/\s+/g, ' ').replace('’', "'") },
];

/**
 * Forbidding phrasing ("No food", "not allowed", "never"): signs that say what people cannot do.
 * English unless given another language's phrases, and the hint with that language's example.
 */
export function forbiddingHits(text: string, phrases: readonly ForbiddingPhrase[] = ENGLISH_FORBIDDING, hint?: string): Hit[] {
  return phrases.flatMap(({ pattern, word }) =>
    [...text.matchAll(pattern)].map((match) => ({
      check: 'forbidding' as const,
      code: 'forbidding-wording' as const,
      word: word(match[0]),
      match: match[0],
      index: match.index,
      message: `"${match[0]}" tells people what they cannot do`,
      // The finding's own words first: the example alone, about phone calls, had read as off the
      // point on a rule about reserved items (found by a new-user trial).
      hint:
        hint ??
        `Say what people can do, and where or when, rather than "${match[0]}": for example "You're welcome to take calls in the lobby" rather than "No phone calls".`,
    })),
  );
}
