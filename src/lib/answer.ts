import { askFirst } from './ask-phrase.ts';
import type { Rule } from './schemas.ts';
import { sentences } from './wording/text.ts';

export interface Answer {
  /** Leads the rule page: what staff can do. The color badge above it already says whether the
   *  rule bends, so a red headline is what to offer instead, not "No one can override". */
  headline: string;
  /** How to bend it (yellow, green), or the rest of what to offer instead (red). */
  detail?: string;
  /** Red: the rule itself, next to the headline, so its key fact ("children under 9") shows at once. */
  rule?: string;
  /** How far (green, yellow). */
  limit?: string;
  /** Shown in search results, so most questions need no click. */
  oneLine: string;
}

/**
 * What staff can do, for a rule's page and every list it is on. Made once per rule (a book's rules
 * are not changed once read): at 10,000 rules a rule is shown on three or four pages.
 */
export function answerFor(rule: Rule): Answer {
  let answer = answers.get(rule);
  if (!answer) answers.set(rule, (answer = answerOf(rule)));
  return answer;
}

const answers = new WeakMap<Rule, Answer>();

function answerOf(rule: Rule): Answer {
  if (rule.color === 'red') {
    const instead = rule.instead === undefined ? [] : sentences(rule.instead).map((sentence) => sentence.text);
    return {
      headline: instead[0] ?? rule.instead?.trim() ?? 'Say no kindly, and give the reason below.',
      detail: instead.length > 1 ? instead.slice(1).join(' ') : undefined,
      rule: rule.rule,
      // Search results show the short badge ("Red"), without its meaning: the line says it.
      oneLine: join('No one can override this.', rule.instead && `Offer instead: ${firstSentence(rule.instead)}`),
    };
  }
  if (rule.color === 'yellow') {
    const headline = askFirst(rule.bend?.ask);
    const limit = rule.bend?.limit;
    // Whom to ask, how, and how far, as a green one says: the desk reads the result, not the page.
    return { headline, detail: rule.bend?.how, limit, oneLine: join(join(headline, firstSentence(rule.bend?.how)), limitLine(limit)) };
  }
  const headline = 'Yes — use your judgment.';
  const limit = rule.bend?.limit;
  return {
    headline,
    detail: rule.bend?.how,
    limit,
    oneLine: join(join(headline, firstSentence(rule.bend?.how)), limitLine(limit)),
  };
}

/** The first sentence, so a search result stays one glance long; the rule page has the rest. */
export function firstSentence(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let first = firstSentences.get(text);
  if (first === undefined) firstSentences.set(text, (first = sentences(text)[0]?.text ?? text.trim()));
  return first;
}

/**
 * Each text's first sentence, found once: a rule's texts are shown on its page, its sign and in
 * every list it is on, and splitting them into sentences took 0.6 s of a 10,000-rule build's
 * 18 s of page generation. A few megabytes at that size.
 */
const firstSentences = new Map<string, string>();

function limitLine(limit: string | undefined): string | undefined {
  return limit && `Limit: ${firstSentence(limit)}`;
}

function join(first: string, second: string | undefined): string {
  return second ? `${first} ${second}` : first;
}
