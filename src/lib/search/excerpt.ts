import { searchWords } from './words.ts';

/**
 * Whether Pagefind's excerpt tells the reader something the card does not already say: it must
 * highlight a word that the title and one-line answer do not show, and be mostly other words
 * than theirs. Otherwise a card shows the same sentence twice, ten lines for one rule on a phone.
 */
export function excerptAddsSomething(excerptHtml: string, shownText: string): boolean {
  const shown = new Set(searchWords(shownText));
  const marked = [...excerptHtml.matchAll(/<mark>(.*?)<\/mark>/gs)].flatMap((match) => searchWords(plain(match[1]!)));
  if (!marked.some((word) => !shown.has(word))) return false;
  const words = searchWords(plain(excerptHtml));
  const repeated = words.filter((word) => shown.has(word)).length;
  return repeated / words.length < 0.6;
}

function plain(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&(?:#\d+|#x[\da-f]+|[a-z]+);/gi, ' ');
}

/**
 * Marks where Pagefind's excerpt cuts a sentence, as web search does: "… when spoken to. Wake the
 * …". An excerpt is a window of words around the match, and read without the marks its first
 * words look like the start of what the rule says.
 */
export function withEllipses(excerptHtml: string): string {
  const text = plain(excerptHtml).trim();
  if (text === '') return excerptHtml;
  const cutBefore = /^[\p{Ll}\p{N},;:)]/u.test(text);
  const cutAfter = !/[.!?…"”»)]$/u.test(text);
  return `${cutBefore ? '… ' : ''}${excerptHtml.trim()}${cutAfter ? ' …' : ''}`;
}

/**
 * The excerpt without the sentences the card already shows: Pagefind's window of words often
 * starts inside the wording shown just above it ("…accept the terms. We're happy to help you
 * connect. So everyone…"). A sentence goes when its words are all on the card and none of its
 * marked words is new. The cut is marked as one (withEllipses).
 */
export function withoutShownSentences(excerptHtml: string, shownText: string): string {
  const shown = new Set(searchWords(shownText));
  const kept = excerptHtml.split(/(?<=[.!?])\s+/).filter((sentence) => {
    const words = searchWords(plain(sentence));
    return words.length === 0 || !words.every((word) => shown.has(word));
  });
  return kept.join(' ');
}

/**
 * An excerpt as a card shows it (withEllipses), saying so when it runs into a rule's search words
 * (`tags`, the last thing its page indexes, a list with no full stop): "Search words: closing
 * time, pickup, ride home". Unlabelled, one card in six of a desk trial's top three had ended in
 * such a list, read as junk (found by a desk trial). When the words the search matched are
 * before the list, the list is left out.
 */
export function cardExcerpt(excerptHtml: string, content: string, labelHtml: string): string {
  const end = /[.!?]["”’)]?\s+(?=[^.!?]*$)/u.exec(content);
  const list = squeezed(end ? content.slice(end.index + end[0].length) : '');
  if (!list.includes(',') || /[.!?]["”’)]?$/u.test(list)) return withEllipses(excerptHtml);
  const cut = /(?<=[.!?]["”’)]?)\s+(?=(?:(?![.!?]\s).)*$)/su.exec(excerptHtml);
  const head = cut ? excerptHtml.slice(0, cut.index) : '';
  const tail = cut ? excerptHtml.slice(cut.index + cut[0].length).trim() : excerptHtml.trim();
  const tailText = squeezed(tail.replace(/<\/?mark>/g, ''));
  if (tailText === '' || !list.includes(tailText)) return withEllipses(excerptHtml);
  if (head.includes('<mark>')) return withEllipses(head);
  const before = list.startsWith(tailText) ? '' : '… ';
  const after = list.endsWith(tailText) ? '' : ' …';
  return `<span class="excerpt__label">${labelHtml}</span> ${before}${tail}${after}`;
}

function squeezed(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
