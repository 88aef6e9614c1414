import type { Concept } from './plan.ts';
import { stem } from './stem.ts';
import type { SynonymGroup } from './synonyms.ts';
import { searchWords } from './words.ts';

/**
 * Each word of a language's synonym groups, as the source language's search would say it: the
 * group's own word for its thing in the source language, which it ends with ("perro" … "dog",
 * "pet" is "dog"; "comer" … "food", "drink" is "food"), for the rules not translated yet. A word
 * the source language has too ("animal", "pc") stays itself; the first of them stood for its
 * group, and "tomar fotos" had been "video", the cameras' word (found by a review). Known means
 * written in a public rule's source text, or in a group of the source language's search, in any form.
 */
export function sourceWords(
  groups: readonly SynonymGroup[],
  sourceTexts: Iterable<string>,
  sourceGroups: readonly SynonymGroup[],
): Record<string, string> {
  // By stem, as the search finds them: "photo" is known from "Photos".
  const known = new Set<string>();
  for (const text of sourceTexts) for (const word of searchWords(text)) known.add(stem(word));
  for (const term of sourceGroups.flat()) for (const word of searchWords(term)) known.add(stem(word));
  const isKnown = (term: string) => searchWords(term).every((word) => known.has(stem(word)));
  const words: Record<string, string> = {};
  for (const group of groups) {
    let head = group.length;
    while (head > 0 && isKnown(group[head - 1]!)) head--;
    // The first of the source words it ends with; or, where its last word is not in this book, the last it has.
    const headword = group[head] ?? group.findLast(isKnown);
    if (headword === undefined) continue;
    for (const term of group) words[term] ??= isKnown(term) ? term : headword;
  }
  return words;
}

/**
 * A query in the page's language, said in the source language's words where a group knows them:
 * "perdí un libro" is "lost item" on the English search. The link "search them in English" had
 * sent the Spanish words to the English search, which found 7 rules, none of them on lost items,
 * led by "Unblocking a website" ("un"; found by a visitor's trial). A word no group knows (a name,
 * "wifi") goes as typed; the page's stop-words ("un", "si") are already out of the concepts.
 */
export function inSourceWords(concepts: readonly Concept[], words: Readonly<Record<string, string>>): string {
  // Own keys only: "constructor" is no word of a group (found by the second review).
  const wordOf = (term: string) => (Object.hasOwn(words, term) ? words[term] : undefined);
  return concepts.map((concept) => wordOf(concept.typed) ?? concept.terms.map(wordOf).find(Boolean) ?? concept.typed).join(' ');
}
