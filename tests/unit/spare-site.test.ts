// A rebuild starts from the site the build before it replaced (src/cli/spare-site.ts), two edits
// behind: a page changed in between must not come back from it, a page of a deleted rule must
// not stay, and the result must be the very site a clean build of the same rules gives: its
// search index too, begun from the site in place while Astro built (src/cli/read-ahead.ts).
import { cpSync, readdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { editRule, siteFiles } from '../helpers/book-edits.ts';
import { runCli } from '../helpers/run-cli.ts';

const root = resolve('tests/.tmp/spare-site');
const book = join(root, 'policies');

// A fixed build date makes two builds of the same rules the same to the byte. With CI set Astro
// restored no page in the incremental-build test: a desk's rebuild is what is tested here.
function build(out: string, cache: string, expectFailure = false): string {
  const env = { RULES_CACHE_DIR: join(root, cache), SOURCE_DATE_EPOCH: '1795824000', CI: '' };
  const result = runCli(['build', '--dir', book, '--out', join(root, out), '--timings'], { env });
  if ((result.status !== 0) !== expectFailure) throw new Error(`${result.stdout}${result.stderr}`);
  return result.stdout;
}

const edit = (file: string, from: string, to: string) => editRule(book, file, from, to);

function folders(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

it('a rebuild from the replaced site gives the same site as a clean build', { timeout: 400_000 }, () => {
  rmSync(root, { recursive: true, force: true });
  cpSync('policies', book, { recursive: true });
  build('site', 'cache');
  // A page no edit below reaches: the same file (inode) all through shows it was kept, not copied.
  const untouched = join(root, 'site', 'rules', 'printing', 'index.html');
  const firstInode = statSync(untouched).ino;
  // Shown on its own page, in other rules' related lists and in the lists by category and color.
  edit('computers/wifi.yaml', 'title: Free Wi-Fi', 'title: Free Wi-Fi for everyone');
  unlinkSync(join(book, 'spaces', 'animals.yaml'));
  build('site', 'cache');

  // A build the check stops: the spare (the first site) goes back for the next build.
  edit('spaces/noise.yaml', 'intent: >-', 'intent: [unclosed');
  build('site', 'cache', true);
  edit('spaces/noise.yaml', 'intent: [unclosed', 'intent: >-');

  // The spare site is the first one: Wi-Fi's old title is in it, the deleted rule's page, and the
  // noise rule as it still is. The site in place, read for search while Astro builds (on Linux),
  // is the second: it holds the same rule pages as the new one; the noise rule's is read again.
  edit('spaces/noise.yaml', 'a quiet place', 'a calm, quiet place');
  const log = build('site', 'cache');
  const kept = Number(/(\d+) pages of the staff site it replaced/.exec(log)?.[1]);
  expect(kept).toBeGreaterThan(80);
  const [, readAhead, readAgain] = /(\d+) pages read from the replaced site during Astro, (\d+) read again/.exec(log) ?? [];
  if (process.platform === 'linux') {
    expect(Number(readAhead)).toBeGreaterThan(40);
    expect(Number(readAgain)).toBeGreaterThan(0);
  }
  expect(statSync(untouched).ino).toBe(firstInode);

  build('clean', 'clean-cache');
  const site = siteFiles(join(root, 'site'));
  const clean = siteFiles(join(root, 'clean'));
  expect([...site.keys()].sort()).toEqual([...clean.keys()].sort());
  const differing = [...clean].filter(([path, bytes]) => !site.get(path)!.equals(bytes)).map(([path]) => path);
  expect(differing).toEqual([]);
  expect(folders(join(root, 'site'))).toEqual(folders(join(root, 'clean')));
  expect(site.get('rules/wifi/index.html')!.toString()).toContain('Free Wi-Fi for everyone');
  expect(site.has('rules/animals/index.html')).toBe(false);
  // The replaced site is kept in the tool's cache folder: nothing is left beside the output.
  expect(readdirSync(root).filter((name) => name.startsWith('site.'))).toEqual([]);
  rmSync(root, { recursive: true, force: true });
});
