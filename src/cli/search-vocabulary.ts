// After Pagefind has indexed a site: the words it indexed, read back from its page fragments, as
// the word list the search page corrects typos against. Reading the index (not the rules) keeps
// the list exactly what search can find, and the public edition's list public by construction.
// One list per language, as Pagefind keeps one index per language: a Spanish typo is corrected to
// a Spanish word. The source language's list is `search/words.txt`, another's `es/search/words.txt`.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { VOCABULARY_PATH, vocabularyFile } from '../lib/search/vocabulary.ts';
import type { IndexFile } from './index-files.ts';

interface Fragment {
  url?: string;
  content: string;
  meta?: Record<string, string>;
}

/** A word list as written: where, and its bytes. */
export interface WrittenList {
  path: string;
  content: Buffer;
}

/**
 * Writes the word lists of `site`, whose index Pagefind gave as `index` (its files as written,
 * so they are not read back from the disk), and returns them.
 */
export function writeSearchVocabulary(site: string, index: IndexFile[]): WrittenList[] {
  // Pagefind's own list of the languages it indexed (from each page's <html lang>).
  const entryFile = index.find((file) => file.path === 'pagefind-entry.json');
  if (!entryFile) throw new Error('Pagefind wrote no pagefind-entry.json');
  const entry = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as { languages: Record<string, unknown> };
  const indexed = new Set(Object.keys(entry.languages));
  const byPrefix = new Map<string, string[]>();
  for (const { path, content } of index) {
    if (!path.startsWith('fragment/') || !path.endsWith('.pf_fragment')) continue;
    const fragment = readFragment(content);
    // A page under /<lang>/ belongs to that language's part of the site; every other to the root's.
    const first = /^\/([^/]+)\//.exec(fragment.url ?? '')?.[1]?.toLowerCase();
    const prefix = first !== undefined && indexed.has(first) ? `${first}/` : '';
    const texts = byPrefix.get(prefix) ?? [];
    texts.push([fragment.content, ...Object.values(fragment.meta ?? {})].join('\n'));
    byPrefix.set(prefix, texts);
  }
  const written: WrittenList[] = [];
  for (const [prefix, texts] of byPrefix) {
    // The root's language is the one no folder is named after (the English stop-words apply to English only).
    const language = prefix ? prefix.slice(0, -1) : [...indexed].find((code) => !byPrefix.has(`${code}/`));
    const content = Buffer.from(vocabularyFile(texts, language));
    const path = join(site, prefix, VOCABULARY_PATH);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    written.push({ path, content });
  }
  return written;
}

/** A fragment is gzipped JSON behind Pagefind's "pagefind_dcd" marker. */
function readFragment(bytes: Uint8Array): Fragment {
  const text = gunzipSync(bytes).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
}
