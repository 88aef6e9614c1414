import { isStopPhrase, planQuery, searchTerm, termWords, type ColorWord, type Concept } from './plan.ts';
import { isEnglish, STOP_WORDS, stopWordsOf } from './stop-words.ts';
import { stem } from './stem.ts';
import { escapeRegExp } from '../text-pattern.ts';
import type { Thesaurus } from './synonyms.ts';
import { isSpellingVariant, type EverydayWords } from './everyday-words.ts';
import { allowedEdits, closestWord, nearWords, soundsLike } from './typo.ts';
import type { Vocabulary, WordStanding } from './vocabulary.ts';
import { searchWords, withoutAccents } from './words.ts';

/** What the query layer needs from the index: Pagefind's search, and the book's word list. */
export interface SearchEngine {
  /** Pages with every word of `term`, best first; `score` is the engine's own, higher is better. */
  search(term: string): Promise<{ id: string; score: number }[]>;
  /** The indexed words; empty when the list could not be loaded (then every word is taken as known). */
  vocabulary(): Promise<Vocabulary>;
  /**
   * Words people use every day (everyday-words.ts), never taken for typos: asked for only when a
   * word of an English query would be corrected. Empty when the list could not be loaded.
   */
  everydayWords?(): Promise<EverydayWords>;
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
  /**
   * Words of the query (as corrected) that no rule has, nor any synonym of them, while other
   * words found rules, when they are at least half of its words: the results answer only the rest
   * of the question, and the page says so.
   */
  unmatched: string[];
}

// A synonym's matches count a little less than the word typed: "kid" finds "child" rules, but a
// rule that says "kid" itself is the closer answer.
const SYNONYM_WEIGHT = 0.85;
// A word the book only has as the start of longer words: "cop" in "copies". From this length on
// such a match is usually the same word ("skate" in "skateboard"), below it often a false friend.
const TRUSTED_PREFIX = 5;
// How many first letters a word the list lacks shares, at least, with one it has to be taken for
// another form of it (in a language other than English).
const MIN_SHARED_START = 4;
// A page of results: when the whole query finds this many, no word needs searching on its own.
const ENOUGH = 10;
// A typed phrase on at most this many pages names the rule (see conceptMatches).
const RARE_PHRASE_PAGES = 3;
// How much more a page counts when it matches every concept of the query, not just some.
const WHOLE_QUERY_BONUS = 1.5;
// How much a page's own score for a phrase orders the pages that have it as written (all of which
// count as the best): enough to break their tie, too little to change anything else.
const EXACT_ORDER = 0.01;

/**
 * The desk's search on top of an index that only knows "every word": the whole query first, and
 * when it finds less than a page of rules each word (with its synonyms) on its own, the results
 * merged, so one word no rule uses cannot empty the page. Rules that match more of the words, and rarer ones, rank first; a word the book does
 * not use is corrected to its nearest word. `asTyped` turns correction off (the "Search instead
 * for …" link).
 */
export async function runQuery(query: string, engine: SearchEngine, thesaurus: Thesaurus, options: QueryOptions): Promise<QueryResult> {
  const { onFirst } = options;
  const first =
    onFirst &&
    ((matches: Matches, corrections: Correction[]) =>
      onFirst({ ids: rank(matches), corrections, colors: [], suggestions: [], unmatched: [] }));
  const { concepts, matches, corrections, colors, vocabulary } = await conceptMatches(
    query,
    remembering(engine),
    thesaurus,
    options,
    first,
  );
  if (colors.length > 0 || concepts.length === 0) return { ids: [], corrections: [], colors, suggestions: [], unmatched: [] };
  const ids = rank(matches);
  // One map per concept, unless the whole query found enough on its own (then every word matched).
  const missing =
    matches.length === concepts.length ? concepts.filter((_, index) => matches[index]!.size === 0).map(({ typed }) => typed) : [];
  const unmatched = missing.length > 0 && (await worthNaming(missing, concepts.length, engine, options.language)) ? missing : [];
  if (ids.length > 0) return { ids, corrections, colors: [], suggestions: [], unmatched };
  // From the page's language's words, accents aside: "chien" on a French page had been offered
  // "when, child", words of rules still in English.
  const words = wordsOf(vocabulary, []);
  // Only for a word that may be a slip: a word the book has, one a synonym group knows, or one
  // people use every day is no typo of the book's words a letter away ("smell" had been offered
  // "small, shelf, cell", and "homeless" "wireless"; found by a desk trial). The topics are the
  // way on from there.
  let mayBeSlips = concepts.filter(({ typed }) => !thesaurus.synonymsOf(typed) && vocabulary.standing(typed) !== 'exact');
  if (mayBeSlips.length > 0 && isEnglish(options.language) && engine.everydayWords) {
    const everyday = await engine.everydayWords();
    mayBeSlips = mayBeSlips.filter(({ typed }) => !everyday.has(typed));
  }
  const suggestions = [
    ...new Set(mayBeSlips.flatMap((concept) => nearWords(withoutAccents(concept.typed), words.plain, 3).map(words.written))),
  ].slice(0, 5);
  return { ids: [], corrections, colors: [], suggestions, unmatched: [] };
}

/**
 * Whether the page names the words no rule has. Not when they are only details of the situation
 * ("officer asking if a guy was here yesterday": 14 of the 80 Riverside desk queries had one), or
 * a note under every fourth search would teach the desk to skip it. But a word outside everyday
 * talk is usually what the question is about: "teen vaping in bathroom", in a book with no rule
 * on vaping, had put "The teen space" first with no word of warning (found by a new-user trial).
 * So they are named when they are half the search or more, or when one of them is not among the
 * most used words of spoken English (in English, with that list at hand).
 */
async function worthNaming(missing: readonly string[], concepts: number, engine: SearchEngine, language?: string): Promise<boolean> {
  if (missing.length * 2 >= concepts) return true;
  if (!isEnglish(language) || !engine.everydayWords) return false;
  const everyday = await engine.everydayWords();
  if (everyday.size === 0) return false;
  return missing.some((typed) => typed.split(' ').some((word) => !everyday.isCommon(word)));
}

export interface QueryOptions {
  /** Whether a query of only color names is the color filter. */
  colorFilter: boolean;
  /** Search the words as typed, with no correction. */
  asTyped?: boolean;
  /** The page's language: the English stop-words and color names apply only to English. */
  language?: string;
  /**
   * Called with a first ranking when each word of the query has been searched as typed and
   * their synonyms are still to come: enough to show the likely answer while they run.
   */
  onFirst?: (first: QueryResult) => void;
}

/** Per concept: page id → its best score for the concept's word or a synonym. */
type Matches = readonly ReadonlyMap<string, number>[];

export interface ConceptMatches {
  concepts: Concept[];
  colors: ColorWord[];
  /** Per concept: page id → its best score for the concept's word or a synonym. */
  matches: Map<string, number>[];
  corrections: Correction[];
  vocabulary: Vocabulary;
}

/** Each concept of the query with the pages that match it (its word or a synonym), after correcting typos. */
export async function conceptMatches(
  query: string,
  engine: SearchEngine,
  thesaurus: Thesaurus,
  options: QueryOptions,
  first?: (matches: Matches, corrections: Correction[]) => void,
): Promise<ConceptMatches> {
  const { language } = options;
  const vocabulary = await engine.vocabulary();
  // Typed without its accents, a word is the book's word, searched as the book writes it and
  // with no note of a correction: visitors often type French and Spanish so, and "telephone" was
  // two edits from "téléphone", more than a typo outside English may be.
  const accented = withBookAccents(query, vocabulary, thesaurus, language);
  const plan = planQuery(accented, thesaurus, { colorFilter: options.colorFilter, language });
  const searches = plan.concepts.map((concept) => usableTerms(concept.terms, vocabulary, language));
  // The word list holds words as written, and its stemming is English. In another language
  // Pagefind's own stemmer knows forms the list lacks ("renovación" finds "renovar"): there a word
  // the list does not have is asked of the index before it is taken for a typo.
  if (!isEnglish(language))
    for (const [index, concept] of plan.concepts.entries())
      if (
        searches[index]!.length === 0 &&
        !slipOfAWord(concept.typed, vocabulary.own) &&
        mayBeAFormOf(concept.typed, vocabulary.words, language) &&
        (await engine.search(searchTerm(concept.typed, language))).length > 0
      )
        searches[index] = [concept.typed];
  if (!options.asTyped && searches.some((terms) => terms.length === 0)) {
    // The synonym groups' words are corrected to as well: "bathrom" → "bathroom" → restroom rules.
    const known = [...vocabulary.words, ...thesaurus.words()];
    // Outside English only: on an English page it went unused, and cost a copy of the word list.
    const own = isEnglish(language) ? undefined : wordsOf(vocabulary, thesaurus.words());
    let corrections = plan.concepts.flatMap((concept, index) => {
      if (searches[index]!.length > 0 || concept.typed.includes(' ')) return [];
      // Outside English the book's own words are the only word list: a real word two letters
      // from one of them is likelier than such a typo ("tarjeta perdida" was read as "pedido").
      // Only words of the page's language, and an accent is no letter ("telephne", "téléphone").
      const plain = withoutAccents(concept.typed);
      const to = isEnglish(language)
        ? (soundsLike(concept.typed, known) ?? closestWord(concept.typed, known))
        : mapped(closestWord(plain, own!.plain, Math.min(1, allowedEdits(plain.length))), own!.written);
      return to === undefined ? [] : [{ from: concept.typed, to }];
    });
    // "took" is not a typo of "tool": a word in everyday use stays as typed, unless the book
    // spells it the other side of the Atlantic ("colour" → "color").
    if (corrections.length > 0 && isEnglish(language) && engine.everydayWords) {
      const everyday = await engine.everydayWords();
      corrections = corrections.filter(({ from, to }) => !everyday.has(from) || isSpellingVariant(from, to));
    }
    // Read the corrected query afresh, so a corrected word can join a phrase ("wating list" → "waiting list").
    if (corrections.length > 0) {
      const asCorrected = first && ((matches: Matches) => first(matches, corrections));
      const found = await conceptMatches(corrected(accented, corrections), engine, thesaurus, { ...options, asTyped: true }, asCorrected);
      return { ...found, corrections };
    }
  }
  // The whole query first: when the words as typed find a page of rules together, that is the
  // answer, at the cost of one search; only fewer send each word (and its synonyms) on its own.
  // Not with a word held to whole words: the whole query would find what holding leaves out.
  if (
    plan.concepts.length > 0 &&
    plan.concepts.every((concept, index) => searches[index]![0] === concept.typed && !heldToWholeWords(concept.typed, vocabulary, language))
  ) {
    const whole = await engine.search(plan.concepts.map((concept) => searchTerm(concept.typed, language)).join(' '));
    if (whole.length >= ENOUGH)
      return {
        concepts: plan.concepts,
        colors: plan.colors,
        matches: [new Map(whole.map(({ id, score }) => [id, score]))],
        corrections: [],
        vocabulary,
      };
  }
  // One search at a time: Pagefind answers them one by one in its worker, and run together they
  // only finish later each (on the 10,000-rule bench book, five at once took 1.3-2.1 s, one after
  // the other 0.5-1.3 s). The words as typed go before any synonym: they alone usually rank the
  // answer first, and can be shown while the synonyms still run.
  const matches = searches.map(() => new Map<string, number>());
  const typed = searches.map((terms, index) => terms[0] === plan.concepts[index]!.typed);
  for (const [index, terms] of searches.entries())
    if (typed[index]) addMatches(matches[index]!, await searchWord(engine, terms[0]!, vocabulary, language, true), 1);
  const others = searches.map((terms, index) => (typed[index] ? terms.slice(1) : terms));
  if (first && others.some((terms) => terms.length > 0) && matches.some((found) => found.size > 0)) first(matches, []);
  for (const [index, terms] of others.entries()) {
    // A phrase typed as a few pages of the book have it ("interlibrary loan") is the surest sign
    // there is: no page found only through a synonym of it ranks above the best page that has the
    // phrase itself ("borrowing from other libraries" had put "Borrowing laptops and hotspots"
    // first). A phrase on many pages ("check out") is an everyday one, and its synonyms count.
    const pages = matches[index]!.size;
    const phrase = typed[index] && plan.concepts[index]!.typed.includes(' ') && pages > 0 && pages <= RARE_PHRASE_PAGES;
    const ceiling = phrase ? Math.max(...matches[index]!.values()) : Infinity;
    for (const [place, term] of terms.entries()) {
      // A word the book lacks is stood in for by its first synonym at full weight. A phrase
      // standing in counts at full weight only where the book has it as written: "ILL" stands
      // for "borrowing from other libraries", and its words apart had put "Borrowing laptops"
      // first. Pagefind scores an exact phrase flatly, so those pages get the best score of all.
      const standIn = !typed[index] && place === 0;
      const phraseFirst = standIn && term.includes(' ');
      const exact = phraseFirst ? await engine.search(`"${term}"`) : [];
      const found = await searchWord(engine, term, vocabulary, language);
      const best = Math.max(0, ...found.map(({ score }) => score));
      // Among themselves, the pages with the phrase keep the ranked search's order: "afford"
      // stands in as "payment plan", which the rule on paying over time is about and the rule
      // on late fees only mentions.
      const own = new Map(found.map(({ id, score }) => [id, score]));
      addMatches(
        matches[index]!,
        exact.map(({ id }) => ({ id, score: best + EXACT_ORDER * (own.get(id) ?? 0) })),
        1,
      );
      const weight = standIn && !phraseFirst ? 1 : SYNONYM_WEIGHT;
      addMatches(matches[index]!, found, best > ceiling ? (weight * ceiling) / best : weight);
    }
  }
  return { concepts: plan.concepts, colors: plan.colors, matches, corrections: [], vocabulary };
}

/**
 * The query with each word the book lacks, but has apart from its accents, written as the book
 * writes it ("telephone" → "téléphone"; "ninos" → "niños"): the page's language's words first,
 * then the synonym groups'.
 */
export function withBookAccents(query: string, vocabulary: Vocabulary, thesaurus: Thesaurus, language?: string): string {
  const isStopWord = stopWordsOf(language);
  const accents = searchWords(query).flatMap((word) => {
    if (isStopWord(word) || vocabulary.standing(word) === 'exact' || thesaurus.synonymsOf(word)) return [];
    const plain = withoutAccents(word);
    const to = vocabulary.accented(word) ?? thesaurus.words().find((known) => withoutAccents(known) === plain);
    return to === undefined || to === word ? [] : [{ from: word, to }];
  });
  return corrected(query, accents);
}

interface PlainWords {
  plain: string[];
  written: (plain: string) => string;
}

// Made once per word list (and the synonyms' words beside it): at 10,000 rules the list is tens
// of thousands of words, copied at every pause in typing otherwise (found by a review).
const plainWords = new WeakMap<Vocabulary, Map<string, PlainWords>>();

/** The page's language's words (and `more`) without their accents, and back to each as written. */
function wordsOf(vocabulary: Vocabulary, more: readonly string[]): PlainWords {
  const key = more.join('\n');
  let known = plainWords.get(vocabulary);
  if (!known) plainWords.set(vocabulary, (known = new Map()));
  let words = known.get(key);
  if (!words) {
    const plain = [...vocabulary.ownWithoutAccents, ...more.map(withoutAccents)];
    const written = [...vocabulary.own, ...more];
    const back = new Map<string, string>();
    plain.forEach((word, index) => {
      if (!back.has(word)) back.set(word, written[index]!);
    });
    words = { plain, written: (word) => back.get(word) ?? word };
    known.set(key, words);
  }
  return words;
}

function mapped(plain: string | undefined, written: (plain: string) => string): string | undefined {
  return plain === undefined ? undefined : written(plain);
}

/**
 * Whether a word the list lacks may be a form of one it has, as its beginning is theirs
 * ("renovación", "renovar"). Only such a word is asked of the index: Pagefind answers any other
 * with pieces of other words ("auriculares", on no page, found 38 Spanish rules; found by a
 * new-user trial). A short word of the list vouches for nothing: "la" begins "laptop", which
 * then found 31 Spanish rules by their "la" (found by a second trial).
 */
function mayBeAFormOf(word: string, words: readonly string[], language: string | undefined): boolean {
  const needed = Math.max(MIN_SHARED_START, Math.ceil(word.length / 2));
  const base = withoutArticle(language);
  return words.some((known) => sharedStart(word, base(known)) >= Math.max(MIN_SHARED_START, Math.min(needed, base(known).length)));
}

/**
 * Whether a word the list lacks is one letter off a word it has, inside the word rather than at
 * its end, where forms differ ("préstamo", "préstamos"; "gratuita", "gratuito"): a slip ("tarjta", "tarjeta"), corrected
 * rather than asked of the index, which had answered it with pieces of other words ("tareas",
 * homework help) and no word of a correction (found by a new-user trial).
 */
function slipOfAWord(word: string, words: readonly string[]): boolean {
  const near = closestWord(word, words, Math.min(1, allowedEdits(word.length)));
  // The ending intact: "gratuita" beside "gratuito" is another form, not a slip.
  return near !== undefined && sharedEnd(word, near) >= 2;
}

function sharedEnd(a: string, b: string): number {
  let at = 0;
  while (at < a.length && at < b.length && a[a.length - 1 - at] === b[b.length - 1 - at]) at++;
  return at;
}

// Arabic writes "the", "and the", "with the"… joined to the word: the list has "الطعام" (the food)
// where a reader types "طعام" (food), which then found no rule, though the index has it (found by
// a new-user trial). Its beginnings are compared without them.
const ARABIC_ARTICLE = /^(?:وال|فال|بال|كال|لل|ال)(?=..)/;

function withoutArticle(language: string | undefined): (word: string) => string {
  return isArabic(language) ? (word) => word.replace(ARABIC_ARTICLE, '') : (word) => word;
}

function sharedStart(a: string, b: string): number {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  return at;
}

/**
 * One term's pages. Pagefind matches the start of words, so a short word also finds longer ones
 * that are other words: "man" found "many" and put "How many items you can borrow" first for "man
 * by himself in the picture book corner". Such a word is held to the pages that have it (or a form
 * of it) as a word, which Pagefind's quoted search finds, unranked; the ranked search's scores stay.
 */
async function searchWord(engine: SearchEngine, term: string, vocabulary: Vocabulary, language?: string, typed = false) {
  const asked = searchTerm(term, language, typed);
  const found = await engine.search(asked);
  if (!heldToWholeWords(term, vocabulary, language)) return found;
  const whole = new Set((await engine.search(`"${asked}"`)).map(({ id }) => id));
  return found.filter(({ id }) => whole.has(id));
}

/**
 * Whether searchWord holds the term to the pages that have it as a word. The word list leaves out
 * stop-words, which Pagefind still has: "man" begins "many".
 */
function heldToWholeWords(term: string, vocabulary: Vocabulary, language?: string): boolean {
  return (
    term.length < TRUSTED_PREFIX &&
    !term.includes(' ') &&
    vocabulary.standing(term) === 'exact' &&
    (vocabulary.beginsOtherWords(term) || (isEnglish(language) && beginsAStopWord(term)) || isArabic(language))
  );
}

/**
 * Arabic: Pagefind's stemmer takes a short word's first letters for "and", "with"… ("واي", of
 * "واي فاي", Wi-Fi, lost its "و") and what is left begins words on many pages: "واي فاي" found 16
 * rules (found by a new-user trial). A short word the book has is held to the pages that have it.
 */
function isArabic(language: string | undefined): boolean {
  return language !== undefined && language.split('-')[0] === 'ar';
}

function beginsAStopWord(word: string): boolean {
  const key = stem(word);
  for (const stopWord of STOP_WORDS) if (stopWord.length > word.length && stopWord.startsWith(word) && stem(stopWord) !== key) return true;
  return false;
}

/** The same term is searched once per query (a one-word query is its own whole query). */
function remembering(engine: SearchEngine): SearchEngine {
  const seen = new Map<string, ReturnType<SearchEngine['search']>>();
  return {
    search(term) {
      if (!seen.has(term)) seen.set(term, engine.search(term));
      return seen.get(term)!;
    },
    vocabulary: () => engine.vocabulary(),
    ...(engine.everydayWords && { everydayWords: () => engine.everydayWords!() }),
  };
}

/** The query with each corrected word replaced, as "Showing results for …" shows it. */
export function corrected(query: string, corrections: readonly Correction[]): string {
  let text = query;
  for (const { from, to } of corrections)
    text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}'’])${escapeRegExp(from)}(?![\\p{L}\\p{N}])`, 'iu'), to);
  return text;
}

/**
 * The terms worth asking the index for. Pagefind answers a word it does not have with pieces of
 * other words ("renwe" finds "we're"), so a word the book does not use is not searched at all; and
 * when some terms are words of the book, a short term it has only inside longer words is dropped
 * ("cop" in "copies", when "police" is there).
 */
function usableTerms(typedTerms: readonly string[], vocabulary: Vocabulary, language?: string): string[] {
  if (vocabulary.size === 0) return [...typedTerms];
  // A word the book has in another form is asked for in that form ("shelves" for "shelf"); the
  // word list's stemming is English.
  const terms = isEnglish(language)
    ? typedTerms.map((term) => (term.includes(' ') ? term : (vocabulary.knownForm(term) ?? term)))
    : typedTerms;
  // A synonym on a large share of pages says little and is the costliest to search; the typed word always goes.
  const rated = terms
    .filter((term, index) => index === 0 || !termWords(term, language).every((word) => vocabulary.isCommon(word)))
    // The word list has no stop-words: a typed phrase of them is searched whole (searchTerm), and
    // Pagefind's exact match decides.
    .map((term, index) => ({
      term,
      standing: index === 0 && isStopPhrase(term, language) ? ('exact' as const) : termStanding(term, vocabulary, language),
    }));
  const trusted = rated.filter(({ term, standing }) => standing === 'exact' || (standing === 'prefix' && term.length >= TRUSTED_PREFIX));
  // With nothing better, the word as typed may be the start of longer words ("wif" of "wifi"); a
  // short synonym may not: "loo" (for "toilet") found "Looking for a book" (found by a new-user trial).
  return withoutCovered(
    (trusted.length > 0 ? trusted : rated.filter(({ term, standing }) => standing === 'prefix' && term === terms[0])).map(
      ({ term }) => term,
    ),
    (term) => heldToWholeWords(term, vocabulary, language),
  );
}

/**
 * Drops a synonym that another term already finds: Pagefind matches the start of words, so
 * "print" finds "printing" and "printer" too, and each search costs time on a large book. A term
 * held to whole words finds no longer ones: "teen" does not stand in for "teenager".
 */
function withoutCovered(terms: readonly string[], held: (term: string) => boolean): string[] {
  const single = terms.filter((term) => !term.includes(' ') && !held(term));
  return terms.filter(
    (term, index) =>
      index === 0 || term.includes(' ') || !single.some((other) => other !== term && other.length >= 3 && term.startsWith(other)),
  );
}

function termStanding(term: string, vocabulary: Vocabulary, language?: string): WordStanding {
  const order: WordStanding[] = ['unknown', 'prefix', 'exact'];
  return termWords(term, language).reduce<WordStanding>(
    (worst, word) => (order.indexOf(vocabulary.standing(word)) < order.indexOf(worst) ? vocabulary.standing(word) : worst),
    'exact',
  );
}

/** Adds a term's pages to a concept's, each page keeping its best score (a synonym's counts `weight` of it). */
function addMatches(found: Map<string, number>, results: readonly { id: string; score: number }[], weight: number): void {
  for (const { id, score } of results) found.set(id, Math.max(found.get(id) ?? 0, score * weight));
}

/**
 * Merges each concept's pages: a page adds, per concept, the engine's own score for it. Pagefind's
 * score already weighs how rare the word is in the book, how often the page uses it and where
 * (title and search words count most), so a rare word in a title outweighs a common one in passing,
 * and a synonym of a common word ("time" for "hang onto") cannot drown a rare word. A page that
 * matches every concept gets the whole query's bonus.
 */
export function rank(matches: Matches): string[] {
  const totals = new Map<string, { score: number; concepts: number }>();
  for (const found of matches) {
    for (const [id, score] of found) {
      const total = totals.get(id) ?? { score: 0, concepts: 0 };
      total.score += score;
      total.concepts += 1;
      totals.set(id, total);
    }
  }
  const asked = matches.filter((found) => found.size > 0).length;
  const final = (entry: { score: number; concepts: number }) =>
    entry.score * (entry.concepts === asked && asked > 1 ? WHOLE_QUERY_BONUS : 1);
  return [...totals.entries()].sort((a, b) => final(b[1]) - final(a[1])).map(([id]) => id);
}
