// A broken rule stops the build before anything is written, with the check's own report, and
// the site that was there before stays as it was.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

it('refuses to build a book with errors and leaves the previous site alone', () => {
  const out = 'tests/.tmp/previous-site';
  rmSync(out, { recursive: true, force: true });
  // A previous build: the build replaces only folders it made (they hold _headers and pagefind/).
  mkdirSync(`${out}/pagefind`, { recursive: true });
  writeFileSync(`${out}/_headers`, '/*\n');
  writeFileSync(`${out}/index.html`, '<p>the site as it was</p>');

  const result = runCli(['build', '--dir', 'tests/fixtures/broken-book', '--out', out]);
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('tests/fixtures/broken-book/bad-color.yaml:4:8 color: must be one of red, yellow, green (got "amber")');
  expect(result.stdout).toContain('  error (bad-color). Fix: Use red if nobody can override the rule');
  expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('The site was not built; the previous site, if any, is unchanged.');
  expect(readdirSync(out).sort()).toEqual(['_headers', 'index.html', 'pagefind']);
  expect(readFileSync(`${out}/index.html`, 'utf8')).toBe('<p>the site as it was</p>');
  expect(readdirSync('tests/.tmp').filter((name) => name.startsWith('previous-site.'))).toEqual([]);
});
