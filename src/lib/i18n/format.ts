// Filling in messages: plain functions with no catalogue, so the search script can use them on
// the messages its page hands it without bundling every language.

export type Values = Readonly<Record<string, string | number>>;

/** `fill('Page {page} of {pages}', { page: 2, pages: 5 })` → "Page 2 of 5"; an unknown place stays. */
export function fill(text: string, values: Values = {}): string {
  return text.replace(/\{(\w+)\}/g, (place, name: string) => (name in values ? String(values[name]) : place));
}

/**
 * A counted message: `messages[base.<form>]` for the plural form `count` takes in `language`
 * (Arabic has six), else `base.other`; `{count}` written the way the language writes numbers.
 */
export function countMessage(
  messages: Readonly<Record<string, string>>,
  language: string,
  base: string,
  count: number,
  values: Values = {},
): string {
  const form = new Intl.PluralRules(language).select(count);
  const text = messages[`${base}.${form}`] ?? messages[`${base}.other`] ?? base;
  return fill(text, { count: count.toLocaleString(language), ...values });
}

/**
 * A message around elements (a link, a <time>): its text split at the places, so a page can put
 * each element where that language's word order wants it.
 * `parts('Last updated {date}')` → ['Last updated ', { place: 'date' }, ''].
 */
export function parts(text: string): (string | { place: string })[] {
  return text.split(/(\{\w+\})/).map((piece) => (/^\{\w+\}$/.test(piece) ? { place: piece.slice(1, -1) } : piece));
}
