import { stemPhrase } from './stem.ts';
import { isEnglish, stopWordsOf } from './stop-words.ts';
import type { Thesaurus } from './synonyms.ts';
import { searchWords } from './words.ts';

export const COLOR_WORDS = ['red', 'yellow', 'green'] as const;
export type ColorWord = (typeof COLOR_WORDS)[number];

/** One thing the query asks about: a word or phrase as typed, and the terms that mean the same. */
export interface Concept {
  typed: string;
  /** Search terms, the typed one first (unless it is a phrase never searched: TYPED_ONLY in synonyms.ts). */
  terms: string[];
}

export interface QueryPlan {
  concepts: Concept[];
  /** "red rules", "yellow": the query names only colors, so it is a filter, not words. */
  colors: ColorWord[];
}

// "Show me the red rules": words that, next to a color, still mean "filter by color".
const COLOR_QUERY_WORDS = new Set(['rule', 'rules', 'color', 'colour', 'colors', 'colours', 'all', 'show', 'list', 'only']);

// A loan asked about after "what" is a record of what someone borrowed, not a loan to make: "man
// wants to know what his wife borrowed" had put the borrowing limits first and the rule on other
// people's accounts 3rd (found by a desk trial). A past form needs the "what" a few words before
// it; a present one a "did" too, as "what can I borrow" asks about a loan; neither after "what
// if" or "what happens", which ask about a loan too ("what if he checked out too many books"; found
// by a review). So is someone's "record": "his library record", not "record the meeting".
const BORROWING_RECORD = 'checkouts';
const PAST_LOANS = new Set(['borrowed', 'checked out', 'took out', 'taken out']);
const PRESENT_LOANS = new Set(['borrow', 'check out', 'take out']);
const WHAT_REACH = 4;
const NOT_WHAT_WAS = new Set([
  'if',
  'happens',
  'happen',
  'happened',
  'about',
  'kind',
  'type',
  'sort',
  'can',
  'should',
  'would',
  'will',
  'is',
  'are',
]);
const WHOSE = new Set([
  'his',
  'her',
  'my',
  'their',
  'your',
  'our',
  'library',
  'borrowing',
  'reading',
  'account',
  'patron',
  'member',
  'user',
]);

/**
 * Reads a query the way a person meant it: a query of only color names is a color filter;
 * otherwise phrases a synonym group knows ("pick up", "adult content") stay together, stop-words
 * drop out (unless nothing else is left), and each remaining word or phrase is a concept with
 * its synonyms.
 */
export function planQuery(query: string, thesaurus: Thesaurus, options: { colorFilter: boolean; language?: string }): QueryPlan {
  const words = searchWords(query);
  const isStopWord = stopWordsOf(options.language);
  // Color names are English words: in Spanish "red" is a network, not a color.
  if (options.colorFilter && isEnglish(options.language)) {
    const colors = words.filter((word): word is ColorWord => (COLOR_WORDS as readonly string[]).includes(word));
    if (colors.length > 0 && words.every((word) => colors.includes(word as ColorWord) || COLOR_QUERY_WORDS.has(word) || isStopWord(word))) {
      return { concepts: [], colors: [...new Set(colors)] };
    }
  }
  const concepts: Concept[] = [];
  // Words typed in capitals: an acronym of the glossary so typed ("ILL") means the jargon, and
  // only its plain words are searched; "ill" found rules on being ill first (found by new-user trials).
  const capitals = new Set((query.match(/(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu) ?? []).map((word) => word.toLowerCase()));
  // Where the last concept a synonym group knows ended.
  let joinedAt = -1;
  for (let i = 0; i < words.length;) {
    let matched = false;
    for (let length = Math.min(thesaurus.longest, words.length - i); length >= 1 && !matched; length--) {
      const phrase = words.slice(i, i + length).join(' ');
      const record =
        isEnglish(options.language) && (askedWhatWasBorrowed(words, i, phrase) || someonesRecord(words, i, phrase))
          ? thesaurus.synonymsOf(BORROWING_RECORD)
          : undefined;
      const entry = record ?? thesaurus.synonymsOf(phrase);
      if (!entry || (length === 1 && isStopWord(phrase))) continue;
      const acronym = length === 1 && capitals.has(phrase) && thesaurus.isAcronym(phrase);
      const searched = entry.typedIsSearched === false || acronym || record ? [] : [phrase];
      // Two words of one group side by side ("camera footage") are one thing asked about:
      // counted twice, they outweighed the rest of the query ("cop wants camera footage" put the
      // rule on cameras above the one on police requests). Apart, they are two ("husband asking
      // what his wife checked out").
      const before = concepts.findLast((concept) => !isStopWord(concept.typed));
      if (!(before && joinedAt === i && before.terms.includes(entry.term)))
        concepts.push({
          typed: phrase,
          terms: oneFormEach(
            [...searched, ...(acronym ? [] : [entry.term]), ...entry.synonyms].filter((term) => !acronym || term !== phrase),
          ),
        });
      i += length;
      joinedAt = i;
      matched = true;
    }
    if (matched) continue;
    concepts.push({ typed: words[i]!, terms: [words[i]!] });
    // Stop-words between them keep two words of one group side by side: "pick up my holds" is
    // one thing asked about, and counted twice it put "Picking up items you reserved" above
    // "Collecting items for someone else" for "can my husband pick up my holds" (found by a
    // new-user trial).
    if (joinedAt === i && isStopWord(words[i]!)) joinedAt = i + 1;
    i++;
  }
  // Numbers ("pc 12", "7 year old", "4pm") rarely say which rule: like stop-words, they never
  // decide; nor does a letter on its own (the "e" of an "e-cigarette" no group knows).
  const meaningful = concepts.filter(
    (concept) => !isStopWord(concept.typed) && !/\d/.test(concept.typed) && !/^\p{L}$/u.test(concept.typed),
  );
  return { concepts: dedupe(meaningful.length > 0 ? meaningful : concepts), colors: [] };
}

/** Whether `phrase`, at `words[at]`, asks what someone borrowed: "what his wife borrowed", "what did he check out". */
function askedWhatWasBorrowed(words: readonly string[], at: number, phrase: string): boolean {
  const before = words.slice(Math.max(0, at - WHAT_REACH), at);
  const what = before.lastIndexOf('what');
  if (what === -1 || NOT_WHAT_WAS.has(before[what + 1] ?? '')) return false;
  return PAST_LOANS.has(phrase) || (PRESENT_LOANS.has(phrase) && before.slice(what).includes('did'));
}

/** Whether `phrase`, at `words[at]`, is someone's record: "his record", "her library record"; not "patrons record staff" (found by a review). */
function someonesRecord(words: readonly string[], at: number, phrase: string): boolean {
  const before = words[at - 1] ?? '';
  return phrase === 'record' && WHOSE.has(before);
}

/** One term per stem: "girls" and "girl" are one search to Pagefind, so they are searched once (as typed). */
function oneFormEach(terms: readonly string[]): string[] {
  const seen = new Set<string>();
  return terms.filter((term) => !seen.has(stemPhrase(term)) && seen.add(stemPhrase(term)));
}

function dedupe(concepts: Concept[]): Concept[] {
  const seen = new Set<string>();
  return concepts.filter((concept) => !seen.has(concept.typed) && seen.add(concept.typed));
}

/** The words of a term that a search needs (all of them when all are stop-words). */
export function termWords(term: string, language?: string): string[] {
  const isStopWord = stopWordsOf(language);
  const words = term.split(' ');
  const kept = words.filter((word) => !isStopWord(word));
  return kept.length > 0 ? kept : words;
}

/**
 * A term as Pagefind should get it: a phrase without its stop-words ("borrowing from other
 * libraries" → "borrowing libraries"). A phrase typed as a group knows it (`typed`) whose words
 * are mostly stop-words is searched as written, in quotes ("how many", "how long can i keep"):
 * without them it is a word that says little ("long"), or "how" and "many" anywhere on a page.
 * A synonym's phrase is not: a glossary's plain words ("pay as you go") are a description, not
 * words a page has as they are.
 */
export function searchTerm(term: string, language?: string, typed = false): string {
  return typed && isStopPhrase(term, language) ? `"${term}"` : termWords(term, language).join(' ');
}

/** A phrase of two words or more, most of them stop-words. */
export function isStopPhrase(term: string, language?: string): boolean {
  const words = term.split(' ');
  const isStopWord = stopWordsOf(language);
  return words.length > 1 && words.filter((word) => !isStopWord(word)).length * 2 < words.length;
}
