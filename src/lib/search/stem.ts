// Pagefind stems each word it indexes, and each word it is asked for, with the Snowball English
// stemmer (Porter2): "renewing", "renewals" and "renew" are one word to it. The query layer reads
// words the same way, so it knows which words the book really has ("living" is there as "lives",
// "wating" is not there as "water") and finds a synonym group from any form ("lifting" → "lift").
import porter2 from 'wink-porter2-stemmer';

export function stem(word: string): string {
  return porter2(word);
}

/** A word or phrase with each word stemmed: how the synonym groups are looked up. */
export function stemPhrase(phrase: string): string {
  return phrase.split(' ').map(stem).join(' ');
}
