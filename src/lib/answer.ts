import type { Rule } from './schemas.ts';
import { sentences } from './wording/text.ts';

export interface Answer {
  /** Leads the rule page: the answer to "can I bend this?" */
  headline: string;
  /** How to bend it (yellow, green) or what to offer instead (red). */
  detail?: string;
  /** How far (green, yellow). */
  limit?: string;
  /** Shown in search results, so most questions need no click. */
  oneLine: string;
}

export function answerFor(rule: Rule): Answer {
  if (rule.color === 'red') {
    const detail = rule.instead;
    return {
      headline: 'No one can override this.',
      detail,
      oneLine: join('No one can override this.', detail && `Offer instead: ${firstSentence(detail)}`),
    };
  }
  if (rule.color === 'yellow') {
    const headline = `Check first with ${rule.bend?.ask ?? 'a supervisor'}.`;
    return { headline, detail: rule.bend?.how, limit: rule.bend?.limit, oneLine: join(headline, firstSentence(rule.bend?.how)) };
  }
  const headline = 'Yes — use your judgment.';
  const limit = rule.bend?.limit;
  return {
    headline,
    detail: rule.bend?.how,
    limit,
    oneLine: join(join(headline, firstSentence(rule.bend?.how)), limit && `Limit: ${firstSentence(limit)}`),
  };
}

/** The first sentence, so a search result stays one glance long; the rule page has the rest. */
export function firstSentence(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return sentences(text)[0]?.text ?? text.trim();
}

function join(first: string, second: string | undefined): string {
  return second ? `${first} ${second}` : first;
}
