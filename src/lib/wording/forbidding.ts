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

// "No booking needed", "No library card required": nothing is asked of people (found by a
// reviewer's trial, where they had blocked a pull request as errors).
// Not "No calls unless necessary", "No entry without the required card" (found by a review): the
// words between are what is not needed.
const NOT_BETWEEN = String.raw`(?!(?:unless|without|except|if|when|not|but|the|a|an)\b)`;
const NOTHING_NEEDED = String.raw`${NOT_BETWEEN}[\p{L}'’-]+(?:\s+${NOT_BETWEEN}[\p{L}'’-]+){0,2}\s+(?:needed|required|necessary)\b`;

export const ENGLISH_FORBIDDING: readonly ForbiddingPhrase[] = [
  {
    pattern: new RegExp(String.raw`\bno\s+(?!(?:${WELCOMING_AFTER_NO.join('|')})\b)(?!${NOTHING_NEEDED})[\p{L}]+`, 'giu'),
    word: () => 'no',
  },
  { pattern: /\bnot\s+(?:allowed|permitted)\b/giu, word: (found) => found.toLowerCase().replace(/\s+/g, ' ') },
  // Not "never-ending" (a title: "Never-ending stories"; found by a review).
  { pattern: /\b(?:prohibited|forbidden|banned|strictly)\b(?![-‐‑])/giu, word: (found) => found.toLowerCase() },
  // "Never hesitate to ask" and "never too late" welcome (found by a new-user trial).
  { pattern: /\bnever\b(?![-‐‑])(?!\s+(?:hesitate|too|mind)\b)/giu, word: (found) => found.toLowerCase() },
  { pattern: /\b(?:must\s+not|mustn['’]t|may\s+not)\b/giu, word: asWritten },
  // The commonest sign of all, "Do not eat at the computers", "Please don't bring food upstairs":
  // a sentence that starts by telling people not to. "If you don't have a card" is left alone
  // (found by a new-user trial).
  // "Don't hesitate to ask", "Don't worry", "Don't forget your card" welcome (found by a review).
  {
    pattern: /(?<=^|[.!?;:]\s+)(?:please\s+)?(?:do\s+not|don['’]t)\b(?!\s+(?:hesitate|worry|forget|miss|be\s+shy|be\s+afraid)\b)/giu,
    word: (found) => asWritten(found).replace(/^please /, ''),
  },
  // A sentence that starts "You cannot eat upstairs"; not "If you can't find it" or "months you
  // can't come" (found by a new-user trial).
  { pattern: /(?<=^|[.!?;:]\s+)you\s+(?:cannot|can['’]t|can\s+not)\b/giu, word: asWritten },
];

function asWritten(found: string): string {
  return found.toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
}

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
