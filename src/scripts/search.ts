// The search page: runs the desk's query layer (src/lib/search) on Pagefind as the person types,
// and shows each rule's color badge and its one-line answer, so most questions are answered
// without opening a page. The query and filters live in the URL (?q=…&color=…&category=…), so a
// search can be shared and every page's plain form leads here.
import { countMessage, fill, parts } from '../lib/i18n/format.ts';
import { en } from '../lib/i18n/messages/en.ts';
import { cardExcerpt, excerptAddsSomething, markedLength, withoutShownSentences } from '../lib/search/excerpt.ts';
import { planQuery, searchTerm, type ColorWord } from '../lib/search/plan.ts';
import { inSourceWords } from '../lib/search/source-terms.ts';
import { corrected, runQuery, type Correction, type QueryResult, type SearchEngine } from '../lib/search/run-query.ts';
import { Thesaurus, type SynonymGroup } from '../lib/search/synonyms.ts';
import { VOCABULARY_PATH, Vocabulary } from '../lib/search/vocabulary.ts';
import { EVERYDAY_WORDS_PATH, parseEverydayWords, type EverydayWords } from '../lib/search/everyday-words.ts';
import { langAttr, nameIn } from '../lib/i18n/languages.ts';
import type { Pagefind, PagefindResult, PagefindResultData } from './pagefind-types.ts';

// Each shown result fetches its own small fragment: ten keep the first answer quick on a phone.
const MAX_RESULTS = 10;
// The edition's base path (`/`, or `/rules/` on a project site): the index and word list live under it.
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

// How long the full ranking may take before the first answer is shown. Typing to the best result
// at 10,000 rules was the same with it as without (bench/search-latency.ts, median of 3: 126-203
// ms against 118-227): the full ranking is mostly in by then.
const FIRST_ANSWER_GRACE_MS = 120;

/** A ranking to show: the results best first, and what the page says about them. */
interface Found {
  results: PagefindResult[];
  corrections: Correction[];
  suggestions: string[];
  /** Words no rule has: the results answer the rest of the search. */
  unmatched: string[];
}

/** What the page tells the script about its book (data-search on the form). */
export interface SearchPageData {
  synonyms: SynonymGroup[];
  /** The glossary's acronyms in lower case ("ill" for "ILL"): typed in capitals, they mean the jargon. */
  acronyms?: string[];
  /** Whether this edition filters by color ("red rules" becomes the filter). */
  colors: boolean;
  topics: { name: string; href: string }[];
  /**
   * The page's language and its part of the site (`es/`; '' for the source language). Pagefind
   * picks the index of <html lang> itself; the word list and the query layer follow this.
   */
  language?: {
    code: string;
    prefix: string;
    /**
     * In another language than the source, when some rules are not translated into it: the source
     * language's search page, and the words of this page's groups as it says them (source-terms.ts).
     */
    source?: { name: string; href: string; lang: string; words?: Record<string, string> };
  };
  /** The interface words in the page's language (English where one is missing). */
  messages?: Readonly<Record<string, string>>;
  /** The language `messages` are in: the page's, or `en` when it has no catalogue (names of languages follow it). */
  messagesLanguage?: string;
  /** Served by the live preview (`rules-clarity dev`), which has no search index: `start` builds and serves the book. */
  preview?: { start: string };
}

export function startSearch(): void {
  const form = document.getElementById('search') as HTMLFormElement;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const note = document.getElementById('search-note')!;
  const announcer = document.getElementById('search-announce')!;
  const list = document.getElementById('results')!;
  const page = JSON.parse(form.dataset.search!) as SearchPageData;
  const thesaurus = new Thesaurus(page.synonyms, undefined, page.acronyms);
  const language = page.language ?? { code: 'en', prefix: '' };
  // Languages are named in the messages' language, as lists name them.
  const namesLanguage = page.messagesLanguage ?? language.code;
  const messages: Readonly<Record<string, string>> = { ...en, ...page.messages };
  const t: Translate = (key, values) => fill(messages[key] ?? en[key], values);
  // Back from a result draws the list again: where the reader had scrolled to is kept with the
  // page's history entry, and gone back to once the list is whole (the list had come back at its
  // top; found by a new-user trial).
  let returnTo = (history.state as { scrollY?: number } | null)?.scrollY;
  addEventListener('pagehide', () => history.replaceState({ scrollY }, ''));
  const settled = () => {
    document.body.dataset.search = 'done';
    if (returnTo !== undefined) scrollTo(0, returnTo);
    returnTo = undefined;
  };
  let pagefind: Promise<Pagefind> | undefined;
  let vocabulary: Promise<Vocabulary> | undefined;
  let everyday: Promise<EverydayWords> | undefined;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  // Whether the last thing the person did was type in the box (a filter or Enter is said at once).
  let typedLast = false;
  // "Search instead for …": the query exactly as typed, with no correction, until it is edited.
  let asTyped = new URLSearchParams(location.search).has('as_typed');

  readUrl(form);

  function load(): Promise<Pagefind> {
    pagefind ??= (async () => {
      void words();
      const module = (await import(/* @vite-ignore */ new URL(`${BASE}pagefind/pagefind.js`, location.href).href)) as Pagefind;
      // Titles and search words carry more weight through data-pagefind-weight; these settings keep
      // short rules from outranking the one whose title matches. Result URLs are paths from the
      // site's folder: `baseUrl` puts them under the edition's base path.
      await module.options({ baseUrl: BASE, ranking: { pageLength: 0.3, termFrequency: 0.8 } });
      await module.init();
      // The first search needs the filter index too; fetch it now, while the person types.
      const filters = await module.filters();
      // A first search through Pagefind's WebAssembly is slow (measured at 10,000 rules: about
      // 400 ms to the first result, against 160 to 290 once it has run). One search on a filter
      // alone warms it without fetching a word's index chunk.
      const [name, values] = Object.entries(filters)[0] ?? [];
      const value = Object.keys(values ?? {})[0];
      if (name !== undefined && value !== undefined) await module.search(null, { filters: { [name]: value } });
      document.body.dataset.searchReady = 'true';
      return module;
    })().catch((error: unknown) => {
      pagefind = undefined; // try again on the next search
      throw error;
    });
    return pagefind;
  }

  // The book's words: fetched with Pagefind, as every query needs them to tell a word the book
  // uses from a typo. Without them (a dev server, a failed fetch) search still runs, uncorrected.
  function words(): Promise<Vocabulary> {
    vocabulary ??= fetchList(VOCABULARY_PATH, () => (vocabulary = undefined)).then(Vocabulary.parse);
    return vocabulary;
  }

  // Only when an English word would be corrected, or a word finds no rule: most searches never
  // need it. Without it (a dev server, a failed fetch) a typo is corrected as before.
  function everydayWords(): Promise<EverydayWords> {
    everyday ??= fetchList(EVERYDAY_WORDS_PATH, () => (everyday = undefined)).then(parseEverydayWords);
    return everyday;
  }

  /** A list of this language's part of the site as text: empty when it is not there (forget, to ask again next time, when the fetch failed). */
  function fetchList(path: string, forget: () => void): Promise<string> {
    return fetch(new URL(`${BASE}${language.prefix}${path}`, location.href))
      .then((response) => (response.ok ? response.text() : ''))
      .catch(() => {
        forget();
        return '';
      });
  }

  /** `typing`: run by a pause in typing, so the box holds words on their way somewhere. */
  async function run(typing = false): Promise<void> {
    const query = input.value.trim();
    const data = new FormData(form);
    const colors = data.getAll('color').map(String);
    const category = String(data.get('category') ?? '');
    writeUrl(query, colors, category, asTyped);
    const current = ++generation;
    note.replaceChildren();
    if (!query && colors.length === 0 && !category) {
      list.replaceChildren();
      status.textContent = '';
      announce('');
      document.body.dataset.search = 'idle';
      return;
    }
    document.body.dataset.search = 'busy';
    const filters: Record<string, unknown> = {};
    if (colors.length > 0) filters.color = { any: colors };
    if (category) filters.category = category;
    const filtered = colors.length > 0 || category !== '';
    const show = shower(() => current === generation, query, filtered);
    try {
      const engine = await load();
      if (current !== generation) return;
      if (query) {
        // Each page's result, and the term whose search found it.
        const byId = new Map<string, { result: PagefindResult; term: string | null }>();
        const adapter: SearchEngine = {
          async search(term) {
            const search = await engine.search(term, { filters });
            // The first search that finds a page keeps it: the words as typed go first, and its
            // excerpt is about them ("napping" shows the search words that have it). The same word
            // searched as a whole word takes over from its search as the start of longer ones:
            // "man" had shown "many" and "manager" (found by the second review).
            const startOf = term?.startsWith('"') ? term.slice(1, -1) : undefined;
            for (const result of search.results) {
              const found = byId.get(result.id);
              if (!found || (startOf !== undefined && found.term === startOf)) byId.set(result.id, { result, term });
            }
            return search.results;
          },
          vocabulary: words,
          everydayWords,
        };
        const asFound = (answer: QueryResult): Found => ({
          results: answer.ids.map((id) => byId.get(id)!.result),
          corrections: answer.corrections,
          suggestions: answer.suggestions,
          unmatched: answer.unmatched,
        });
        // The likely answer once each word has been searched as typed, when the full ranking,
        // with the synonyms, is not in soon after; it replaces it (only where it differs). Shown
        // at once, the first answer had been replaced a blink later in 8 of a desk trial's 60
        // searches, its top result with another.
        let early: Promise<void> = Promise.resolve();
        let skipEarly = () => {};
        const answer = await runQuery(query, adapter, thesaurus, {
          colorFilter: page.colors,
          asTyped,
          language: language.code,
          onFirst: (first) => {
            early = new Promise<void>((done, fail) => {
              const timer = setTimeout(() => {
                skipEarly = () => {};
                show(asFound(first), false).then(done, fail);
              }, FIRST_ANSWER_GRACE_MS);
              skipEarly = () => {
                clearTimeout(timer);
                done();
              };
            });
            early.catch(() => {}); // a failure is handled where it is awaited
          },
        }).finally(() => skipEarly());
        if (current !== generation) return;
        if (answer.colors.length > 0) {
          // "red" on the way to "reduced fees", or "green" to "greenhouse": show that color's
          // rules, but never take the box's words or tick a filter while they are typed; the
          // typing had gone on into an emptied box (found by an accessibility audit).
          if (typing) {
            const ofColor = await engine.search(null, { filters: { ...filters, color: { any: answer.colors } } });
            return await show({ results: ofColor.results, corrections: [], suggestions: [], unmatched: [] }, true);
          }
          applyColors(form, answer.colors);
          input.value = '';
          return run();
        }
        await early;
        await show(asFound(answer), true);
      } else {
        await show({ results: (await engine.search(null, { filters })).results, corrections: [], suggestions: [], unmatched: [] }, true);
      }
    } catch {
      if (current !== generation) return;
      list.replaceChildren();
      // The live preview (`npm run dev`) has no index: it says so to the person editing the book,
      // in English as the tool's other messages to them (found by a new-user trial).
      status.textContent = page.preview
        ? `Search needs a built site: the live preview has no search index. Run \`${page.preview.start}\` to search.`
        : t('search.failed');
      announce(status.textContent);
      document.body.dataset.search = 'failed';
    }
  }

  /**
   * Shows a ranking: the best match as soon as its fragment is in (at the desk, the top result is
   * usually the answer), then the rest. A later ranking for the same search replaces an earlier
   * one; one that shows the same rules only marks the search done. Throws when a fragment fails.
   */
  function shower(current: () => boolean, query: string, filtered: boolean): (found: Found, final: boolean) => Promise<void> {
    const fragments = new Map<string, Promise<PagefindResultData>>();
    let latest = 0;
    let shownIds = '';
    let chosen: string | undefined;
    /** Focus back on the chosen result once it is drawn; `last`: the list is whole, so on its first result if the chosen one left it. */
    const refocus = (last: boolean) => {
      if (chosen === undefined || document.activeElement !== document.body) return;
      const links = titles();
      const link = links.find((candidate) => candidate.href === chosen) ?? (last ? links[0] : undefined);
      if (link) link.focus();
      else if (last) input.focus();
      if (last) chosen = undefined;
    };
    return async (found, final) => {
      const mine = ++latest;
      const fresh = () => current() && mine === latest;
      const top = found.results.slice(0, MAX_RESULTS);
      const ids = [
        found.results.length,
        ...top.map((result) => result.id),
        ...found.corrections.map(({ to }) => to),
        ...found.unmatched.map((word) => `-${word}`),
      ].join(' ');
      if (ids === shownIds) {
        if (final && fresh()) {
          say(found, query, filtered);
          settled();
        }
        return;
      }
      const pending = top.map((result) => {
        if (!fragments.has(result.id)) fragments.set(result.id, result.data());
        return fragments.get(result.id)!;
      });
      for (const fragment of pending) fragment.catch(() => {}); // failures are handled where awaited
      const first = await pending[0];
      if (!fresh()) return;
      shownIds = ids;
      // The count and the notes are said once, for the final ranking: a screen reader had heard
      // "1 rule found." then "21 rules found" a moment later on every search (found by an
      // accessibility audit). The first answer shows the results only.
      if (final) say(found, query, filtered);
      else {
        status.textContent = '';
        note.replaceChildren();
      }
      // The result the person had moved to (with ↓) stays theirs when the list is drawn again: the
      // full ranking replaces the first one a moment later, and focus had dropped to the page, so
      // ↓ did nothing more and Enter opened nothing (found by a new-user trial). Until it is back,
      // focus rests on the page: moved anywhere else, it is the person's again.
      if (list.contains(document.activeElement)) chosen = (document.activeElement as HTMLAnchorElement).href;
      else if (document.activeElement !== document.body) chosen = undefined;
      list.replaceChildren(...(first ? [resultItem(first, t, language.code, namesLanguage)] : []));
      refocus(false);
      if (pending.length > 1) {
        document.body.dataset.search = 'first';
        const rest = await Promise.all(pending.slice(1));
        if (!fresh()) return;
        list.append(...rest.map((result) => resultItem(result, t, language.code, namesLanguage)));
      }
      refocus(true);
      if (final) settled();
      else document.body.dataset.search = 'first';
    };
  }

  /** The query in the source language's words, for its search (source-terms.ts). */
  function inSource(query: string): string {
    const words = language.source?.words;
    if (!words) return query;
    const { concepts } = planQuery(query, thesaurus, { colorFilter: false, language: language.code });
    return concepts.length > 0 ? inSourceWords(concepts, words) : query;
  }

  /** The status line (the count) and the notes under it (corrections, words no rule has, where else to look), shown and then said. */
  function say(found: Found, query: string, filtered: boolean): void {
    const total = found.results.length;
    const notes: HTMLElement[] = [];
    let text: string;
    if (total === 0) {
      text = [query ? t('search.noneFor', { query }) : t('search.none'), ...(filtered ? [t('search.removeFilter')] : [])].join(' ');
      notes.push(...noResultsHelp(query, found.suggestions, page.topics, t, language.code, language.source));
      if (query && language.source) notes.push(inSourceNote(inSource(query), language.source, t));
    } else {
      text =
        total > MAX_RESULTS
          ? t('search.foundBest', { count: total.toLocaleString(language.code), max: MAX_RESULTS.toLocaleString(language.code) })
          : countMessage(messages, language.code, 'search.found', total);
      if (found.corrections.length > 0) notes.push(correctionNote(query, found.corrections, t));
      if (found.unmatched.length > 0) notes.push(unmatchedNote(found.unmatched, language.code, t));
      // Under any results: the answer may be a rule not translated yet, which words of this
      // language do not find ("perdí mi tarjeta" listed 14 rules, none the one on lost cards,
      // with no word of it; found by a new-user trial).
      if (language.source) notes.push(inSourceNote(inSource(query), language.source, t));
    }
    status.textContent = text;
    note.replaceChildren(...notes);
    announce([text, ...notes.map((element) => element.textContent)].join(' '));
  }

  /**
   * Says what a search found, through a live region of its own: at once for a search asked for
   * (Enter, a link), and for one run as the person types only once they have stopped. The status
   * line had been the live region, and a screen reader read a count out at every pause in the
   * typing, over the letters being echoed (found by a new-user trial). 1.2 s, as GOV.UK's
   * accessible autocomplete waits.
   */
  function announce(text: string): void {
    clearTimeout(announceTimer);
    // Set even when the text is the last search's: a screen reader hears that this one finished.
    const speak = () => (announcer.textContent = text);
    if (typedLast && text) announceTimer = setTimeout(speak, 1200);
    else speak();
  }

  function soon(typing = false): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run(typing), 60);
  }

  input.addEventListener('input', () => {
    asTyped = false;
    typedLast = true;
    clearTimeout(announceTimer); // still typing: what the last pause found goes unsaid
    // Start fetching the index chunks for the words typed so far while the pause for typing runs.
    // Only each concept's first term (the words as typed, or for a phrase never searched its
    // group's word): they are searched first, and a dozen synonyms' chunks would queue in
    // Pagefind's worker ahead of the search itself.
    const query = input.value.trim();
    if (query) {
      const terms = planQuery(query, thesaurus, { colorFilter: false, language: language.code }).concepts.map((concept) =>
        searchTerm(concept.terms[0] ?? concept.typed, language.code),
      );
      load().then(
        (engine) => Promise.all(terms.map((term) => engine.preload(term))),
        () => {},
      );
    }
    soon(true);
  });
  // The filters search when changed; the box already did as it was typed in, and its `change`
  // on leaving it (Tab, ↓ to the results) had run the search again, redrawing the list under the
  // person moving into it (found by an accessibility audit). A color word left in the box stays
  // words there too: only Enter (or a link) makes it the filter (found by a review).
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    typedLast = false;
    soon(true);
  });
  // Arrow keys go from the box to the results' titles and between them, past the filters that
  // Tab meets first (five stops on the staff page); Up from the first title goes back to the box.
  const titles = () => [...list.querySelectorAll<HTMLAnchorElement>('a.card__title')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = titles()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = titles();
    const at = all.indexOf(event.target as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]!.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    typedLast = false;
    clearTimeout(timer);
    void run();
  });
  // Load Pagefind as soon as the person is in the search box; `autofocus` may have put them
  // there before this script ran, in which case no focus event will come.
  if (document.activeElement === input) void load().catch(() => {});
  else input.addEventListener('focus', () => void load().catch(() => {}), { once: true });
  void run();
}

/** A message of the page's language, filled in. */
type Translate = (key: keyof typeof en, values?: Record<string, string | number>) => string;

function resultItem(result: PagefindResultData, t: Translate, pageLanguage: string, messagesLanguage: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card';
  const link = document.createElement('a');
  link.className = 'card__title';
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const answer = document.createElement('p');
  const color = result.filters.color?.[0] ?? '';
  const badge = document.getElementById(`badge-${color}`) as HTMLTemplateElement | null;
  if (badge) answer.append(badge.content.cloneNode(true), ' ');
  // An answer not translated yet is in its own language, for the voice a screen reader reads it
  // in (it had read English in the Arabic voice, the full stop on the wrong side; found by an
  // accessibility audit), and so is the passage it matched in when the title is too.
  const summaryLanguage = result.filters.summary_language?.[0];
  const summary = document.createElement('span');
  summary.textContent = result.meta.summary ?? '';
  if (summaryLanguage !== undefined) setLanguage(summary, summaryLanguage, pageLanguage);
  answer.append(summary.hasAttribute('lang') ? summary : (result.meta.summary ?? ''));
  // How far, on a line of its own, so a phone shows it (answer.ts); its label is not in the
  // metadata Pagefind searches.
  let limit: HTMLParagraphElement | undefined;
  if (result.meta.limit) {
    limit = document.createElement('p');
    limit.className = 'card__limit';
    const label = document.createElement('strong');
    label.textContent = t('search.limit');
    const text = document.createElement('span');
    text.textContent = result.meta.limit;
    if (summaryLanguage !== undefined) setLanguage(text, summaryLanguage, pageLanguage);
    limit.append(label, ' ', text.hasAttribute('lang') ? text : result.meta.limit);
  }
  if (result.meta.more) {
    const more = document.createElement('span');
    more.className = 'card__more';
    more.textContent = t('search.more');
    (limit ?? answer).append(' ', more);
  }
  item.append(link);
  // A title still in the source language, on another language's search page: said, as lists say it.
  const titleLanguage = result.filters.title_language?.[0];
  if (titleLanguage !== undefined) item.append(' ', inSourceMark(link, titleLanguage, pageLanguage, messagesLanguage, t));
  item.append(answer);
  if (limit) item.append(limit);
  // A translation whose source text changed after it, as lists say (its page says more).
  if (result.filters.out_of_date) {
    const stale = document.createElement('p');
    stale.className = 'card__stale';
    const mark = document.createElement('span');
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = '! ';
    stale.append(mark, t('list.outOfDate'));
    setLanguage(stale, messagesLanguage, pageLanguage);
    item.append(stale);
  }
  const shown = `${result.meta.title ?? ''} ${result.meta.summary ?? ''} ${result.meta.limit ?? ''}`;
  if (excerptAddsSomething(result.excerpt, shown)) {
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    const label = document.createElement('span');
    label.textContent = t('search.searchWords');
    excerpt.innerHTML = cardExcerpt(
      withoutShownSentences(onlyMarks(result.excerpt), shown),
      result.content ?? '',
      markedLength(result.meta.search_words),
      label.innerHTML,
    );
    if (summaryLanguage !== undefined && summaryLanguage === titleLanguage) setLanguage(excerpt, summaryLanguage, pageLanguage);
    item.append(excerpt);
  }
  if (result.meta.category) {
    const category = document.createElement('p');
    category.className = 'excerpt card__topic';
    category.textContent = t('search.resultTopic', { topic: result.meta.category });
    item.append(category);
  }
  return item;
}

/** "(en inglés)" beside a result's title in the source language, which gets its `lang` (as InSource.astro). */
function inSourceMark(
  title: HTMLElement,
  titleLanguage: string,
  pageLanguage: string,
  messagesLanguage: string,
  t: Translate,
): HTMLSpanElement {
  setLanguage(title, titleLanguage, pageLanguage);
  const mark = document.createElement('span');
  mark.className = 'in-source';
  // Named in the messages' language, as lists name it: "(in English)" on a page whose messages are English.
  mark.textContent = t('list.inSource', { source: nameIn(titleLanguage, messagesLanguage) });
  return mark;
}

/** Marks text written in `language` on a page in `pageLanguage` (`lang`, and `dir` where the direction differs). */
function setLanguage(element: HTMLElement, language: string, pageLanguage: string): void {
  for (const [name, value] of Object.entries(langAttr(language, pageLanguage))) element.setAttribute(name, value);
}

/** "Showing results for unattended child. Search instead for unatended child", as web search says it. */
function correctionNote(query: string, corrections: readonly Correction[], t: Translate): HTMLParagraphElement {
  const note = document.createElement('p');
  note.className = 'search-correction';
  const shown = document.createElement('strong');
  shown.textContent = corrected(query, corrections);
  const original = document.createElement('a');
  original.href = `?${new URLSearchParams({ q: query, as_typed: '1' })}`;
  original.textContent = query;
  // The message's own word order: {corrected} and {typed} become the bold word and the link.
  const places: Record<string, HTMLElement> = { corrected: shown, typed: original };
  note.append(...parts(t('search.correction')).map((piece) => (typeof piece === 'string' ? piece : (places[piece.place] ?? ''))));
  return note;
}

/**
 * "No rule mentions “llama”. These rules match the rest of your search.": a count of rules found
 * must not read as an answer to a word no rule has.
 */
function unmatchedNote(words: readonly string[], language: string, t: Translate): HTMLParagraphElement {
  const note = document.createElement('p');
  note.className = 'search-unmatched';
  const quoted = words.map((word) => t('search.quoted', { word }));
  note.textContent = t('search.unmatched', { words: new Intl.ListFormat(language, { type: 'disjunction' }).format(quoted) });
  return note;
}

/**
 * "Some rules are only in English so far: search them in English.": a rule not yet translated
 * reads in the source language, and words of the page's language do not find it.
 */
function inSourceNote(query: string, source: { name: string; href: string }, t: Translate): HTMLParagraphElement {
  const note = document.createElement('p');
  const link = document.createElement('a');
  link.href = `${source.href}?${new URLSearchParams({ q: query })}`;
  link.textContent = t('search.inSourceLink', { source: source.name });
  note.append(...parts(t('search.inSource', { source: source.name })).map((piece) => (typeof piece === 'string' ? piece : link)));
  return note;
}

/** Whether `word` is written in Latin letters while `language` is written in another script (Arabic, Cyrillic…). */
function foreignScript(word: string, language: string): boolean {
  if (!/\p{Script=Latin}/u.test(word)) return false;
  try {
    return new Intl.Locale(language).maximize().script !== 'Latn';
  } catch {
    return false;
  }
}

/** When nothing is found: words of the book near what was typed, and the topics to browse. */
function noResultsHelp(
  query: string,
  suggestions: readonly string[],
  topics: SearchPageData['topics'],
  t: Translate,
  language: string,
  source?: { lang: string },
): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (suggestions.length > 0) {
    const near = document.createElement('p');
    near.append(`${t('search.try')} `);
    suggestions.forEach((word, index) => {
      const link = document.createElement('a');
      link.href = `?${new URLSearchParams({ q: word })}`;
      link.textContent = word;
      // A word of a rule not translated yet, in the source language's letters on a page in
      // another script (English words offered on the Arabic page): said as that language
      // (found by an accessibility audit).
      if (source && foreignScript(word, language)) link.lang = source.lang;
      near.append(...(index > 0 ? [t('search.tryBetween')] : []), link);
    });
    parts.push(near);
  }
  if (topics.length > 0) {
    const heading = document.createElement('p');
    heading.textContent = query ? t('search.orBrowse') : t('search.browse');
    const links = document.createElement('ul');
    links.className = 'topic-links';
    for (const topic of topics) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = topic.href;
      link.textContent = topic.name;
      item.append(link);
      links.append(item);
    }
    parts.push(heading, links);
  }
  return parts;
}

function applyColors(form: HTMLFormElement, colors: readonly ColorWord[]): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="color"]')) box.checked = colors.includes(box.value as ColorWord);
}

/** Pagefind escapes excerpts and adds <mark>; keep only those marks, whatever the text holds. */
export function onlyMarks(excerpt: string): string {
  return excerpt.replace(/<(?!\/?mark>)/g, '&lt;');
}

function readUrl(form: HTMLFormElement): void {
  const params = new URLSearchParams(location.search);
  (form.elements.namedItem('q') as HTMLInputElement).value = params.get('q') ?? '';
  const colors = new Set(params.getAll('color'));
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="color"]')) box.checked = colors.has(box.value);
  (form.elements.namedItem('category') as HTMLSelectElement).value = params.get('category') ?? '';
}

function writeUrl(query: string, colors: string[], category: string, asTyped: boolean): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const color of colors) params.append('color', color);
  if (category) params.set('category', category);
  if (asTyped && query) params.set('as_typed', '1');
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
  // The same search in another language: switching had opened an empty search page (found by a
  // new-user trial). Not the topic: its name is the page's language's.
  const carried = new URLSearchParams(params);
  carried.delete('category');
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.language-switcher a[hreflang]')) {
    const url = new URL(link.href);
    url.search = carried.toString();
    link.href = url.href;
  }
}
