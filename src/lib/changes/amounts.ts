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
  /** `from`: the one amount it had; absent for several ("2 hours, or 3 with a pass"), which the redline shows. */
  | { direction: 'taken out'; from?: string };

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
  const amounts = [...before.matchAll(AMOUNT)].map((match) => match[0].trim());
  if (amounts.length === 0) return undefined;
  // Every amount taken out, however many there were ("2 hours a day, or 3 with a pass"; found by a review).
  if (!hasAmount(after) && !NUMBER_WORD.test(after))
    return { direction: 'taken out', ...(amounts.length === 1 ? { from: amounts[0] } : {}) };
  const [was, is] = [oneAmount(before), oneAmount(after)];
  if (!was || !is || was.amount.kind !== is.amount.kind || was.amount.value === is.amount.value) return undefined;
  const raised = is.amount.value > was.amount.value;
  // A smaller number in other words may be looser ("$20 per visit" made "$15 per item, any
  // number of items"; found by a review): only a raise is told whatever its words.
  if (was.around !== is.around && !raised) return undefined;
  return {
    direction: raised ? 'raised' : 'lowered',
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

// A sum of money, its sign before or after it ("$5", "5 €"): the same in every language of a rule.
const MONEY =
  /(?<![\p{L}\p{N}.,])(?:(?<before>[$£€¥])\s?(?<first>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:[.,]\d{1,2})?)|(?<second>\d+(?:[.,]\d{1,2})?)\s?(?<after>[$£€¥]))(?![\p{N}]|[.,]\p{N})/gu;

// The texts that say the rule itself, to staff and to visitors: not what staff may waive or offer
// (`bend`, `instead`), whose sums are other sums ("waive up to $20" of a "$5 a day" fine).
const SAYING_FIELDS = /^(?:title|rule|public_wording|public_why|translations\.[^.]+\.(?:title|public_wording|public_why))$/;

/** An amount a change took out of some texts of a rule and left as it was in others. */
export interface AmountLeft {
  /** As the text that still has it writes it: `$5`. */
  amount: string;
  /** The fields it went from (`rule`), and those that still say it, unchanged (`public_wording`). */
  goneFrom: string[];
  stillIn: string[];
}

/**
 * The sums of money a change took out of a rule's texts while other texts of the rule, left as
 * they were, still say them: the fine cap raised from $5 to $10 in `rule`, the public wording still
 * "$5". Both had passed the check and the report as one more edit (found by a deputy director's
 * trial). By field: `fieldTexts` of the rule before and after.
 */
export function amountsLeft(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): AmountLeft[] {
  const changed = new Set(
    [...before.keys(), ...after.keys()].filter((field) => SAYING_FIELDS.test(field) && before.get(field) !== after.get(field)),
  );
  const was = memo((field: string) => moneyIn(before.get(field) ?? ''));
  const is = memo((field: string) => moneyIn(after.get(field) ?? ''));
  // An amount moved from one changed text into another is still said: one a text newly says (found
  // by a review). One a text kept saying is still the old one (found by the second review).
  const gained = new Set([...changed].flatMap((field) => [...is(field).keys()].filter((key) => !was(field).has(key))));
  const gone = new Map<string, string[]>();
  for (const field of changed)
    for (const key of was(field).keys()) if (!is(field).has(key) && !gained.has(key)) gone.set(key, [...(gone.get(key) ?? []), field]);
  return [...gone].flatMap(([key, goneFrom]) => {
    const still = [...after.keys()].filter((field) => SAYING_FIELDS.test(field) && is(field).has(key) && was(field).has(key));
    if (still.length === 0) return [];
    return [{ amount: is(still[0]!).get(key)!, goneFrom, stillIn: still }];
  });
}

/** `read`, each field read once. */
function memo<T>(read: (field: string) => T): (field: string) => T {
  const known = new Map<string, T>();
  return (field) => {
    if (!known.has(field)) known.set(field, read(field));
    return known.get(field)!;
  };
}

/** The sums of money a text says, by their sign and value ("$5" and "$5.00" are one), as first written. */
function moneyIn(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(MONEY)) {
    const { before, first, second, after } = match.groups ?? {};
    const digits = (first ?? second ?? '').replace(/,(?=\d{3})/g, '').replace(',', '.');
    const key = `${before ?? after}${Number(digits)}`;
    if (!found.has(key)) found.set(key, match[0]);
  }
  return found;
}
