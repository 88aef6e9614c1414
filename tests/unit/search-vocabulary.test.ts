// The word list the build writes from Pagefind's fragments (src/cli/search-vocabulary.ts), when
// it reuses the fragments of the index it replaces: a fragment is reused only when its bytes are
// the same, so an edited page's words are never the old ones, and a damaged old index is no
// reason for the build to fail.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { readIndexFiles } from '../../src/cli/index-files.ts';
import { FragmentWords, writeSearchVocabulary } from '../../src/cli/search-vocabulary.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const made = mkdtempSync(join(tmpdir(), 'rules-clarity-words-'));
  folders.push(made);
  return made;
}

/** A fragment as Pagefind writes one: gzipped JSON behind its marker. */
const fragment = (url: string, content: string, title: string) =>
  gzipSync(`pagefind_dcd:${JSON.stringify({ url, content, meta: { title } })}`);

const entry = { path: 'pagefind-entry.json', content: Buffer.from('{"languages":{"en":{}}}') };
const name = 'fragment/en_1a2b.pf_fragment';

function earlierIndex(files: Record<string, Uint8Array>): FragmentWords {
  const index = folder();
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(join(index, path, '..'), { recursive: true });
    writeFileSync(join(index, path), bytes);
  }
  const words = new FragmentWords();
  words.readEarlier(readIndexFiles(index));
  return words;
}

const list = (index: { path: string; content: Uint8Array }[], fragments?: FragmentWords) => {
  const [written] = writeSearchVocabulary(folder(), index, fragments);
  return readFileSync(written!.path, 'utf8').split('\n').slice(1).filter(Boolean);
};

describe('the word list with the fragments of the index it replaces', () => {
  it('uses a page’s new words when its fragment kept its name but not its bytes', () => {
    const earlier = earlierIndex({ [name]: fragment('/rules/parking/', 'Park in the visitor lot.', 'Parking') });
    const now = [entry, { path: name, content: fragment('/rules/parking/', 'Bikes go in the rack.', 'Bicycles') }];
    expect(list(now, earlier)).toEqual(list(now));
    expect(list(now, earlier)).toContain('bikes');
    expect(list(now, earlier)).not.toContain('visitor');
  });

  it('gives the same list from reused fragments as from reading them all', () => {
    const same = fragment('/rules/parking/', 'Park in the visitor lot.', 'Parking');
    const now = [
      entry,
      { path: name, content: same },
      { path: 'fragment/en_3c4d.pf_fragment', content: fragment('/rules/quiet/', 'Quiet study upstairs.', 'Quiet') },
    ];
    expect(list(now, earlierIndex({ [name]: same }))).toEqual(list(now));
    expect(list(now)).toEqual(expect.arrayContaining(['visitor', 'quiet', 'study']));
  });

  it('reads a damaged old fragment as no help, not as a failure', () => {
    const now = [entry, { path: name, content: fragment('/rules/parking/', 'Park in the visitor lot.', 'Parking') }];
    const earlier = earlierIndex({ [name]: Buffer.from('not gzip at all') });
    expect(list(now, earlier)).toEqual(list(now));
  });
});

describe("another language's word list", () => {
  it('marks the words a page shows only where its source text is left untranslated, against the same rule in the source language', () => {
    const index = [
      { path: 'pagefind-entry.json', content: Buffer.from('{"languages":{"en":{},"fr":{}}}') },
      { path: 'fragment/en_1.pf_fragment', content: fragment('/rules/parking/', 'Park in the visitor lot.', 'Parking') },
      // Translated title, English wording.
      { path: 'fragment/fr_1.pf_fragment', content: fragment('/fr/rules/parking/', 'Park in the visitor lot.', 'Stationnement') },
    ];
    const written = writeSearchVocabulary(folder(), index);
    const french = readFileSync(written.find(({ path }) => path.includes('/fr/'))!.path, 'utf8');
    expect(french.split('\n')).toEqual(expect.arrayContaining(['stationnement', 'visitor\ten', 'park\ten']));
    const english = readFileSync(written.find(({ path }) => !path.includes('/fr/') && path.endsWith('words.txt'))!.path, 'utf8');
    expect(english).not.toContain('\t');
  });
});
