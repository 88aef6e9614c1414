// After Pagefind has indexed a site: the words it indexed, read back from its page fragments, as
// the word list the search page corrects typos against. Reading the index (not the rules) keeps
// the list exactly what search can find, and the public edition's list public by construction.
// One list per language, as Pagefind keeps one index per language: a Spanish typo is corrected to
// a Spanish word. The source language's list is `search/words.txt`, another's `es/search/words.txt`.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { VOCABULARY_PATH, vocabularyFile } from '../lib/search/vocabulary.ts';

interface Fragment {
  url?: string;
  content: string;
  meta?: Record<string, string>;
}

/** Writes the site's word lists and returns their size in bytes. */
export function writeSearchVocabulary(site: string): number {
  const folder = join(site, 'pagefind', 'fragment');
  // Pagefind's own list of the languages it indexed (from each page's <html lang>).
  const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  const indexed = new Set(Object.keys(entry.languages));
  const byPrefix = new Map<string, string[]>();
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const fragment = readFragment(readFileSync(join(folder, name)));
    // A page under /<lang>/ belongs to that language's part of the site; every other to the root's.
    const first = /^\/([^/]+)\//.exec(fragment.url ?? '')?.[1]?.toLowerCase();
    const prefix = first !== undefined && indexed.has(first) ? `${first}/` : '';
    const texts = byPrefix.get(prefix) ?? [];
    texts.push([fragment.content, ...Object.values(fragment.meta ?? {})].join('\n'));
    byPrefix.set(prefix, texts);
  }
  let bytes = 0;
  for (const [prefix, texts] of byPrefix) {
    // The root's language is the one no folder is named after (the English stop-words apply to English only).
    const language = prefix ? prefix.slice(0, -1) : [...indexed].find((code) => !byPrefix.has(`${code}/`));
    const file = vocabularyFile(texts, language);
    const target = join(site, prefix, VOCABULARY_PATH);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file);
    bytes += Buffer.byteLength(file);
  }
  return bytes;
}

/** A fragment is gzipped JSON behind Pagefind's "pagefind_dcd" marker. */
function readFragment(bytes: Buffer): Fragment {
  const text = gunzipSync(bytes).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
}
