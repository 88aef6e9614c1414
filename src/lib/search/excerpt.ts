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

// Pagefind searches metadata too, and the search words must not count twice: their length is
// written in characters that are no word to it (not digits, nor ":" and "," of its syntax).
const LENGTH_DIGITS = '!#$%&()*+./;<=>?@[]^{|}~';

/** A length as metadata that no search matches: base 24 in LENGTH_DIGITS. */
export function lengthMark(length: number): string {
  let mark = '';
  let left = Math.max(0, Math.floor(length));
  do {
    mark = LENGTH_DIGITS[left % LENGTH_DIGITS.length]! + mark;
    left = Math.floor(left / LENGTH_DIGITS.length);
  } while (left > 0);
  return mark;
}

/** The length a lengthMark wrote, or undefined for anything else. */
export function markedLength(mark: string | undefined): number | undefined {
  if (!mark) return undefined;
  let length = 0;
  for (const digit of mark) {
    const value = LENGTH_DIGITS.indexOf(digit);
    if (value < 0) return undefined;
    length = length * LENGTH_DIGITS.length + value;
  }
  return length;
}

/**
 * An excerpt as a card shows it (withEllipses), saying so where it runs into a rule's search
 * words, the last `searchWords` characters of the page's indexed `content`: "Search words:
 * closing time, pickup, ride home". Unlabelled, one card in six of a desk trial's top three had
 * ended in such a list, read as junk (found by a desk trial). When the words the search matched
 * are before the list, the list is left out. The length comes from the page (lengthMark), never
 * from punctuation: a reason or a response without a full stop is no list.
 */
export function cardExcerpt(excerptHtml: string, content: string, searchWords: number | undefined, labelHtml: string): string {
  if (!searchWords) return withEllipses(excerptHtml);
  const text = squeezed(content);
  const list = squeezed([...content.trimEnd()].slice(-searchWords).join(''));
  const shown = htmlText(excerptHtml);
  const at = text.lastIndexOf(shown.text);
  const into = text.length - list.length - at;
  if (shown.text === '' || at < 0 || list === '' || into >= shown.text.length) return withEllipses(excerptHtml);
  const cut = into <= 0 ? 0 : shown.htmlAt(into);
  const head = excerptHtml.slice(0, cut).trim();
  const tail = excerptHtml.slice(cut).trim();
  if (head.includes('<mark>')) return withEllipses(head);
  const before = into < 0 ? '… ' : '';
  const after = at + shown.text.length < text.length ? ' …' : '';
  return `<span class="excerpt__label">${labelHtml}</span> ${before}${tail}${after}`;
}

/**
 * The text of an excerpt (Pagefind's: text with `<mark>`s, `&`, `<` and `>` escaped), its white
 * space squeezed as `squeezed` does, and where in the HTML each of its characters begins.
 */
function htmlText(html: string): { text: string; htmlAt: (offset: number) => number } {
  let text = '';
  const starts: number[] = [];
  for (let at = 0; at < html.length;) {
    if (html[at] === '<') {
      at = html.indexOf('>', at) + 1 || html.length;
      continue;
    }
    const entity = html[at] === '&' ? /^&(?:#\d+|#x[\da-f]+|[a-z]+);/i.exec(html.slice(at)) : null;
    const char = entity ? decodeEntity(entity[0]) : html[at]!;
    if (/\s/.test(char)) {
      if (text !== '' && !text.endsWith(' ')) {
        starts.push(at);
        text += ' ';
      }
    } else {
      starts.push(at);
      text += char;
    }
    at += entity ? entity[0].length : 1;
  }
  const trimmed = text.trimEnd();
  return { text: trimmed, htmlAt: (offset) => starts[offset] ?? html.length };
}

function decodeEntity(entity: string): string {
  const named: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };
  if (named[entity]) return named[entity];
  const code = entity.startsWith('&#x') ? parseInt(entity.slice(3, -1), 16) : parseInt(entity.slice(2, -1), 10);
  return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
}

function squeezed(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
