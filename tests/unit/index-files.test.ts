// Pagefind's index written over the index of the site a build replaces (src/cli/index-files.ts):
// the folder ends up holding exactly the new index, whether the old files' bytes were read while
// Pagefind worked or are read now, and only the files that changed are written.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readIndexFiles, writeIndexFiles, type IndexFile } from '../../src/cli/index-files.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** An index folder holding these files. */
function indexWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'rules-clarity-index-'));
  folders.push(folder);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

const file = (path: string, text: string): IndexFile => ({ path, content: Buffer.from(text) });
const old = { 'pagefind-entry.json': '{"v":1}', 'fragment/en_1.pf_fragment': 'parking', 'fragment/en_2.pf_fragment': 'quiet' };
const now = [
  file('pagefind-entry.json', '{"v":2}'),
  file('fragment/en_1.pf_fragment', 'parking'),
  file('fragment/en_3.pf_fragment', 'chess'),
];

describe('writing an index over the one it replaces', () => {
  it.each([
    ['read while Pagefind worked', (folder: string) => readIndexFiles(folder)],
    ['read now', () => new Map<string, Uint8Array>()],
  ])('holds exactly the new index, and writes only what changed, with the old bytes %s', (_, earlier) => {
    const folder = indexWith(old);
    expect(writeIndexFiles(folder, now, earlier(folder))).toBe(2);
    expect(readIndexFiles(folder)).toEqual(new Map(now.map(({ path, content }) => [path, content])));
    expect(existsSync(join(folder, 'fragment/en_2.pf_fragment'))).toBe(false);
  });

  it('reads a file it was not given the old bytes of, rather than taking it as unchanged', () => {
    const folder = indexWith(old);
    const earlier = readIndexFiles(folder);
    earlier.delete('pagefind-entry.json');
    writeIndexFiles(folder, now, earlier);
    expect(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')).toBe('{"v":2}');
  });

  it('takes the old bytes it is given for what the files hold, without reading them again', () => {
    const folder = indexWith(old);
    // Said to hold the new entry already: it is taken at its word, and only the new fragment is written.
    const earlier = new Map([...readIndexFiles(folder), ['pagefind-entry.json', Buffer.from('{"v":2}')]]);
    expect(writeIndexFiles(folder, now, earlier)).toBe(1);
  });

  it('reads no index where there is none yet', () => {
    expect(readIndexFiles(join(indexWith({}), 'pagefind')).size).toBe(0);
  });
});
