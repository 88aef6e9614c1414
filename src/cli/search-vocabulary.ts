// After Pagefind has indexed a site: the words it indexed, read back from its page fragments, as
// the word list the search page corrects typos against. Reading the index (not the rules) keeps
// the list exactly what search can find, and the public edition's list public by construction.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { VOCABULARY_PATH, vocabularyFile } from '../lib/search/vocabulary.ts';

interface Fragment {
  content: string;
  meta?: Record<string, string>;
}

/** Writes the site's word list and returns its size in bytes. */
export function writeSearchVocabulary(site: string): number {
  const folder = join(site, 'pagefind', 'fragment');
  const pages = function* (): Generator<string> {
    for (const name of readdirSync(folder)) {
      if (!name.endsWith('.pf_fragment')) continue;
      const fragment = readFragment(readFileSync(join(folder, name)));
      yield [fragment.content, ...Object.values(fragment.meta ?? {})].join('\n');
    }
  };
  const file = vocabularyFile(pages());
  const target = join(site, VOCABULARY_PATH);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file);
  return Buffer.byteLength(file);
}

/** A fragment is gzipped JSON behind Pagefind's "pagefind_dcd" marker. */
function readFragment(bytes: Buffer): Fragment {
  const text = gunzipSync(bytes).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
}
