import type { Concept } from './plan.ts';
import type { SynonymGroup } from './synonyms.ts';
import { searchWords } from './words.ts';

/**
 * The words of a language's synonym groups that the source language's search knows: each group
 * holds the source language's words for its thing ("perro" … "dog", "pet"), for the rules not
 * translated yet. Known means written in a public rule's source text, or in a group of the source
 * language's search.
 */
export function sourceTerms(
  groups: readonly SynonymGroup[],
  sourceTexts: Iterable<string>,
  sourceGroups: readonly SynonymGroup[],
): string[] {
  const known = new Set<string>();
  for (const text of sourceTexts) for (const word of searchWords(text)) known.add(word);
  for (const term of sourceGroups.flat()) for (const word of searchWords(term)) known.add(word);
  return [...new Set(groups.flat().filter((term) => searchWords(term).every((word) => known.has(word))))];
}

/**
 * A query in the page's language, said in the source language's words where a group knows them:
 * "perdí un libro" is "lost item" on the English search. The link "search them in English" had
 * sent the Spanish words to the English search, which found 7 rules, none of them on lost items,
 * led by "Unblocking a website" ("un"; found by a visitor's trial). A word no group knows (a name,
 * "wifi") goes as typed; the page's stop-words ("un", "si") are already out of the concepts.
 */
export function inSourceWords(concepts: readonly Concept[], terms: ReadonlySet<string>): string {
  return concepts.map((concept) => concept.terms.find((term) => terms.has(term)) ?? concept.typed).join(' ');
}
