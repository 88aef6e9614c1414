import { shownText } from './shown-text.ts';

/** A text's one amount, raised or lowered ("$20" to "$200", "2 hours" to "4 hours"), or taken out. */
export type AmountChange =
  | {
      direction: 'raised' | 'lowered';
      /** As written: `$20`, `2 hours`. */
      from: string;
      to: string;
      /** The words around it changed too ("per visit" made "per year"): the redline says how. */
      reworded?: true;
    }
  | { direction: 'taken out'; from: string };

// A number with a currency sign before it, or a number with the word after it taken for its unit
// ("2 hours", "10 items", "20%"). Not inside a word or another number ("A4", "2026-05-01").
const AMOUNT =
  /(?<![\p{L}\p{N}.,-])(?:(?<currency>[$£€¥])\s?(?<money>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)|(?<number>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:\s?(?<unit>%|\p{L}+))?)(?![\p{N}-])/gu;

interface Amount {
  text: string;
  kind: string;
  value: number;
}

// Amounts written in words: a text with one of them has an amount the pattern above does not see.
const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozen|half|once|twice)\b/iu;

/**
 * Which way a text's amount moved, when each side has exactly one amount, of the same kind (the
 * same currency, or the same unit); or that the one amount was taken out, with no number left in
 * any form ("Waive up to $30." made "Use your judgment."). Otherwise undefined: "Up to $20"
 * against "Two items or $50" says nothing of a direction. A raised limit had been shown as any
 * other edit, the same as a cut; then a raise that also dropped "above that, ask the supervisor"
 * had been, while the bare raise needed sign-off (both found by reviewers' trials).
 */
export function amountChange(before: string, after: string): AmountChange | undefined {
  const was = oneAmount(before);
  if (!was) return undefined;
  if (!hasAmount(after) && !NUMBER_WORD.test(after)) return { direction: 'taken out', from: was.amount.text };
  const is = oneAmount(after);
  if (!is || was.amount.kind !== is.amount.kind || was.amount.value === is.amount.value) return undefined;
  return {
    direction: is.amount.value > was.amount.value ? 'raised' : 'lowered',
    from: was.amount.text,
    to: is.amount.text,
    ...(was.around === is.around ? {} : { reworded: true as const }),
  };
}

function hasAmount(text: string): boolean {
  return !text.matchAll(AMOUNT).next().done;
}

/** The text's only amount, and the text around it (the amount taken out), or undefined when it has none or several. */
function oneAmount(text: string): { amount: Amount; around: string } | undefined {
  const found = [...text.matchAll(AMOUNT)];
  if (found.length !== 1) return undefined;
  const match = found[0]!;
  const { currency, money, number, unit } = match.groups ?? {};
  const digits = money ?? number ?? '';
  // "1.000 €" is a thousand in much of Europe and one in English: no direction told (found by a review).
  if (/^\d{1,3}\.\d{3}$/.test(digits)) return undefined;
  const kind = currency ?? singular((unit ?? '').toLowerCase());
  const around = shownText(`${text.slice(0, match.index)}#${text.slice(match.index + match[0].length)}`);
  return { amount: { text: match[0].trim(), kind, value: Number(digits.replace(/,/g, '')) }, around };
}

/** "hours" and "hour" are one unit. */
function singular(unit: string): string {
  return unit.length > 3 && unit.endsWith('s') ? unit.slice(0, -1) : unit;
}
