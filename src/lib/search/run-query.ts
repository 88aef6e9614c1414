import { planQuery, searchTerm, type ColorWord, type Concept } from './plan.ts';
import type { Thesaurus } from './synonyms.ts';
import { closestWord, nearWords } from './typo.ts';

/** What the query layer needs from the index: Pagefind's search, and the book's word list. */
export interface SearchEngine {
  /** Pages with every word of `term`, best first; `score` is the engine's own, higher is better. */
  search(term: string): Promise<{ id: string; score: number }[]>;
  /** The indexed words, most frequent first (fetched only when a word needs correcting). */
  vocabulary(): Promise<readonly string[]>;
}

export interface Correction {
  from: string;
  to: string;
}

export interface QueryResult {
  /** Page ids, best first. */
  ids: string[];
  /** Typos corrected on the way, in query order. */
  corrections: Correction[];
  /** Colors the query asked for by name ("red rules"): apply them as the filter. */
  colors: ColorWord[];
  /** When nothing matched: words near what was typed, to try instead. */
  suggestions: string[];
}

// A synonym's matches count a little less than the word typed: "kid" finds "child" rules, but a
// rule that says "kid" itself is the closer answer.
const SYNONYM_WEIGHT = 0.85;

/**
 * The desk's search on top of an index that only knows "every word": each word (with its
 * synonyms) is searched on its own and the results merged, so one word no rule uses cannot empty
 * the page. Rules that match more of the words, and rarer ones, rank first; a word that matches
 * nothing is corrected to the nearest word of the book. `asTyped` turns correction off (the
 * "Search instead for …" link).
 */
export async function runQuery(query: string, engine: SearchEngine, thesaurus: Thesaurus, options: { pages: number; colorFilter: boolean; asTyped?: boolean }): Promise<QueryResult> {
  const plan = planQuery(query, thesaurus, { colorFilter: options.colorFilter });
  if (plan.concepts.length === 0) return { ids: [], corrections: [], colors: plan.colors, suggestions: [] };

  const matches = await Promise.all(plan.concepts.map((concept) => conceptMatches(concept, engine)));
  const corrections: Correction[] = [];
  if (!options.asTyped && matches.some((found) => found.size === 0)) {
    const vocabulary = await vocabularyWith(engine, thesaurus);
    await Promise.all(
      plan.concepts.map(async (concept, index) => {
        if (matches[index]!.size > 0 || concept.typed.includes(' ')) return;
        const to = closestWord(concept.typed, vocabulary);
        if (to === undefined) return;
        const corrected = { typed: to, terms: [to, ...(thesaurus.synonymsOf(to)?.synonyms ?? [])] };
        const found = await conceptMatches(corrected, engine);
        if (found.size === 0) return;
        matches[index] = found;
        corrections.push({ from: concept.typed, to });
      }),
    );
    corrections.sort((a, b) => query.toLowerCase().indexOf(a.from) - query.toLowerCase().indexOf(b.from));
  }

  const ids = rank(matches, options.pages);
  if (ids.length > 0) return { ids, corrections, colors: [], suggestions: [] };
  const vocabulary = await vocabularyWith(engine, thesaurus);
  const suggestions = [...new Set(plan.concepts.flatMap((concept) => nearWords(concept.typed, vocabulary, 3)))].slice(0, 5);
  return { ids: [], corrections, colors: [], suggestions };
}

/** Every page that matches the concept's word or one of its synonyms, with its best score. */
async function conceptMatches(concept: Concept, engine: SearchEngine): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const lists = await Promise.all(concept.terms.map((term) => engine.search(searchTerm(term))));
  lists.forEach((list, index) => {
    const weight = index === 0 ? 1 : SYNONYM_WEIGHT;
    for (const { id, score } of list) found.set(id, Math.max(found.get(id) ?? 0, score * weight));
  });
  return found;
}

/**
 * Merges each concept's pages: a concept adds its rarity (few pages match it: it says more
 * about the situation) times how well the page matches it, relative to its best page. A page
 * that matches every concept gets the whole query's bonus.
 */
export function rank(matches: readonly ReadonlyMap<string, number>[], pages: number): string[] {
  const totals = new Map<string, { score: number; concepts: number }>();
  for (const found of matches) {
    if (found.size === 0) continue;
    const rarity = Math.log(1 + Math.max(pages, found.size) / found.size);
    const best = Math.max(...found.values()) || 1;
    for (const [id, score] of found) {
      const total = totals.get(id) ?? { score: 0, concepts: 0 };
      total.score += rarity * (0.5 + 0.5 * (score / best));
      total.concepts += 1;
      totals.set(id, total);
    }
  }
  const asked = matches.filter((found) => found.size > 0).length;
  const final = (entry: { score: number; concepts: number }) => entry.score * (entry.concepts === asked && asked > 1 ? 1.5 : 1);
  return [...totals.entries()].sort((a, b) => final(b[1]) - final(a[1])).map(([id]) => id);
}

let cachedVocabulary: { engine: SearchEngine; words: Promise<string[]> } | undefined;

/** The book's words, then the synonym groups' own words (so "bathrom" finds "bathroom"). */
function vocabularyWith(engine: SearchEngine, thesaurus: Thesaurus): Promise<string[]> {
  if (cachedVocabulary?.engine !== engine) {
    cachedVocabulary = { engine, words: engine.vocabulary().then((words) => [...new Set([...words, ...thesaurus.words()])]) };
  }
  return cachedVocabulary.words;
}
