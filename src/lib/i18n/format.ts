// Filling in messages: plain functions with no catalogue, so the search script can use them on
// the messages its page hands it without bundling every language.

export type Values = Readonly<Record<string, string | number>>;

/** `fill('Page {page} of {pages}', { page: 2, pages: 5 })` → "Page 2 of 5"; an unknown place stays. */
export function fill(text: string, values: Values = {}): string {
  return text.replace(/\{(\w+)\}/g, (place, name: string) => (name in values ? String(values[name]) : place));
}

/**
 * The places a message writes, in order, each once: `placesOf('{page} of {pages}')` → ['page',
 * 'pages']. Letters of any script count, so a place a translator renamed (`{catégorie}`) is read
 * as one, though `fill` would leave it as written.
 */
export function placesOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([\p{L}\p{N}_]+)\}/gu)].map((match) => match[1]!))];
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
 * A day (YYYY-MM-DD) as `language` writes dates: "27 de noviembre de 2026" in Spanish, where
 * 2026-11-27 reads backwards. Read as UTC, so no time zone moves it to the day before.
 */
export function writtenDay(day: string, language: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  const parts = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).formatToParts(date);
  // French writes the first of the month as an ordinal, "1er décembre", which Intl does not (found
  // by a French volunteer: "Mis à jour le 1 décembre").
  const first = baseOf(language) === 'fr';
  return parts.map((part) => (first && part.type === 'day' && Number(part.value) === 1 ? `${part.value}er` : part.value)).join('');
}

/**
 * "Riverside Library: Recently updated", a label and its text joined by a colon as the language
 * prints one: French puts a no-break space before it ("Bibliothèque\u00A0: Mises à jour").
 */
export function withColon(label: string, text: string, language: string): string {
  return `${label}${baseOf(language) === 'fr' ? '\u00A0' : ''}: ${text}`;
}

// Kept here rather than imported: the search script bundles this file alone.
const baseOf = (language: string) => language.split('-')[0]!.toLowerCase();

/**
 * A message around elements (a link, a <time>): its text split at the places, so a page can put
 * each element where that language's word order wants it.
 * `parts('Last updated {date}')` → ['Last updated ', { place: 'date' }, ''].
 */
export function parts(text: string): (string | { place: string })[] {
  return text.split(/(\{\w+\})/).map((piece) => (/^\{\w+\}$/.test(piece) ? { place: piece.slice(1, -1) } : piece));
}

/** A list as the language writes it ("A, B and C"), in parts: each item with its index, and the words between. */
export function listParts(items: readonly string[], lang: string): ({ item: number; value: string } | { literal: string })[] {
  let next = 0;
  return new Intl.ListFormat(lang, { type: 'conjunction' })
    .formatToParts(items)
    .map((part) => (part.type === 'element' ? { item: next++, value: part.value } : { literal: part.value }));
}
