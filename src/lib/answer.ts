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
  /**
   * What the search metadata holds: `oneLine` without its limit, and the limit's first sentence
   * apart (`limitShort`), which the search page shows on a line of its own, labelled "Limit:".
   * Pagefind searches page metadata too: the label on every yellow page as well as every green
   * one made "limit" a word of most pages, and "circ limit for classroom sets" lost its rule.
   */
  summary: string;
  limitShort?: string;
  /**
   * The one-line answer leaves sentences out ("call 911" after "Stay calm"): lists and search
   * results say so, for staff to open the rule (found by a new-user trial: 30 of 52 answers were
   * cut, and the guide had said the page rarely needs opening).
   */
  more: boolean;
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
    // Search results show the short badge ("Red"), without its meaning: the line says it.
    const oneLine = join('No one can override this.', rule.instead && `Offer instead: ${firstSentence(rule.instead)}`);
    return {
      headline: instead[0] ?? rule.instead?.trim() ?? 'Say no kindly, and give the reason below.',
      detail: instead.length > 1 ? instead.slice(1).join(' ') : undefined,
      rule: rule.rule,
      oneLine,
      summary: oneLine,
      more: instead.length > 1,
    };
  }
  if (rule.color === 'yellow') {
    const headline = askFirst(rule.bend?.ask);
    // Whom to ask, how, and how far, as a green one says: the desk reads the result, not the page.
    return { headline, detail: rule.bend?.how, ...lines(headline, rule.bend?.how, rule.bend?.limit), more: cut(rule) };
  }
  const headline = 'Yes — use your judgment.';
  return { headline, detail: rule.bend?.how, ...lines(headline, rule.bend?.how, rule.bend?.limit), more: cut(rule) };
}

/**
 * A rule that bends: its line, what the search metadata holds of it, and its limit. The summary
 * leaves the limit out: its first sentence goes apart (`limitShort`), for the search page to show
 * on a line of its own, labelled "Limit:". Inside the summary it had been the last of three lines
 * a phone shows of a card, and cut off on every green and yellow card (found by a desk trial).
 */
function lines(
  headline: string,
  how: string | undefined,
  limit: string | undefined,
): Pick<Answer, 'oneLine' | 'summary' | 'limit' | 'limitShort'> {
  const short = firstSentence(limit);
  const oneLine = join(join(headline, firstSentence(how)), short && `Limit: ${short}`);
  const summary = join(headline, firstSentence(how));
  return limit === undefined ? { oneLine, summary } : { oneLine, summary, limit, limitShort: short! };
}

/** Whether a bending rule's one line leaves out sentences of how or how far. */
function cut(rule: Rule): boolean {
  return [rule.bend?.how, rule.bend?.limit].some((text) => text !== undefined && firstSentence(text) !== text.trim());
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

function join(first: string, second: string | undefined): string {
  return second ? `${first} ${second}` : first;
}
