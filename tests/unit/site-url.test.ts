// Where each edition is published: `public_url` / `staff_url` in _site.yaml or the CI's
// environment, a clear finding for an address that is not one, and the server a desk computer
// uses answering under the same path.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBook } from '../../src/lib/load-book.ts';
import { editionLocation, parseEditionUrl, withBase } from '../../src/lib/site-url.ts';
import { serveStatic } from '../../src/server/static-server.ts';
import { shortAddress } from '../../src/lib/short-address.ts';
import { runCli } from '../helpers/run-cli.ts';

describe('an edition address', () => {
  it('splits into the origin (Astro `site`) and the path (Astro `base`), with or without the last slash', () => {
    expect(parseEditionUrl('https://example.github.io/rules')).toEqual({
      url: 'https://example.github.io/rules/',
      site: 'https://example.github.io',
      base: '/rules/',
    });
    expect(parseEditionUrl('https://staff.riverside.org/')).toEqual({
      url: 'https://staff.riverside.org/',
      site: 'https://staff.riverside.org',
      base: '/',
    });
  });

  it('gives Astro a folder with an accented letter or a space as it reads, and links it as an address has it (found by a new-user trial)', () => {
    expect(parseEditionUrl('https://example.org/biblioteca/normas-niños/')).toEqual({
      url: 'https://example.org/biblioteca/normas-ni%C3%B1os/',
      site: 'https://example.org',
      base: '/biblioteca/normas-niños/',
    });
    expect(parseEditionUrl('https://example.org/Library%20Rules/')).toMatchObject({ base: '/Library Rules/' });
    expect(withBase('/browse/', '/biblioteca/normas-niños/')).toBe('/biblioteca/normas-ni%C3%B1os/browse/');
    expect(parseEditionUrl('https://example.org/rules%E0/')).toBe(
      'has a % that starts no character (got "https://example.org/rules%E0/"): write the folder\'s name as it reads',
    );
  });

  it("prints a sign's address as it reads, not as punycode and percent signs (found by a new-user trial)", () => {
    expect(shortAddress('https://xn--bibliothque-59a.example/normas-ni%C3%B1os/rules/animals/')).toBe(
      'bibliothèque.example/normas-niños/rules/animals',
    );
    expect(shortAddress('http://localhost:4321/rules/noise/')).toBe('localhost:4321/rules/noise');
  });

  it.each([
    ['example.github.io/rules/', 'is not a full web address (got "example.github.io/rules/")'],
    ['ftp://example.org/rules/', 'must start with https:// (got "ftp://example.org/rules/")'],
    ['https://example.org/rules/?page=1', 'must be a plain address, without ? or # (got "https://example.org/rules/?page=1")'],
    ['https://staff:secret@example.org/', 'must not hold a user name or password (got "https://staff:secret@example.org/")'],
    // Copied from the browser's bar on the home page (found by a new-user trial).
    [
      'https://rules.riverside.org/rules/index.html',
      'must be the folder the site is served from, not a page in it: leave out "index.html" (got "https://rules.riverside.org/rules/index.html")',
    ],
  ])('refuses %s, saying why', (text, why) => {
    expect(parseEditionUrl(text)).toBe(why);
  });

  it('comes from the environment first (CI passes the host’s address), then from the settings', () => {
    const settings = { public_url: 'https://riverside.example/rules/', staff_url: 'https://intranet.example/guide/' };
    expect(editionLocation('public', settings, { RULES_PUBLIC_URL: 'https://riverside.github.io/policies/' })?.base).toBe('/policies/');
    expect(editionLocation('public', settings, { RULES_PUBLIC_URL: '' })?.base).toBe('/rules/');
    expect(editionLocation('staff', settings, { RULES_PUBLIC_URL: 'https://riverside.github.io/policies/' })?.base).toBe('/guide/');
    expect(editionLocation('staff', {}, {})).toBeUndefined();
    expect(() => editionLocation('public', {}, { RULES_PUBLIC_URL: 'riverside.github.io' })).toThrow(
      'RULES_PUBLIC_URL is not a full web address (got "riverside.github.io"). Write the full address',
    );
  });

  it('prefixes internal links written from the root with the base path', () => {
    expect(withBase('/rules/phone-calls/', '/rules/')).toBe('/rules/rules/phone-calls/');
    expect(withBase('/', '/rules/')).toBe('/rules/');
    expect(withBase('/search/', '/')).toBe('/search/');
    expect(() => withBase('rules/', '/')).toThrow('an internal link starts with one "/"');
  });
});

describe('a bad address in _site.yaml', () => {
  const site = (url: string) => ({
    file: 'policies/_site.yaml',
    bytes: new TextEncoder().encode(`organisation: Riverside\ncategories: [Spaces]\npublic_url: ${url}\n`),
  });

  it('is an error at its line and column, with the fix', () => {
    const { findings } = checkBook(site('riverside.github.io/rules/'), [], { today: '2026-11-27' });
    expect(findings).toEqual([
      {
        code: 'bad-site-url',
        severity: 'error',
        file: 'policies/_site.yaml',
        line: 3,
        column: 13,
        endLine: 3,
        endColumn: 39,
        field: 'public_url',
        message: 'is not a full web address (got "riverside.github.io/rules/")',
        hint: 'Write the full address where the edition is published, starting with https:// and without ? or #, e.g. https://example.github.io/rules/.',
      },
    ]);
  });

  it('a good one passes', () => {
    expect(checkBook(site('https://riverside.github.io/rules/'), [], { today: '2026-11-27' }).findings).toEqual([]);
  });
});

describe('publishing with an address from the environment', () => {
  it('a bad RULES_PUBLIC_URL stops the build before anything is built, naming the variable', () => {
    const out = mkdtempSync(join(tmpdir(), 'rules-url-'));
    try {
      const result = runCli(['build', '--edition', 'public', '--out', join(out, 'site')], { env: { RULES_PUBLIC_URL: 'github.io/rules' } });
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('RULES_PUBLIC_URL is not a full web address (got "github.io/rules").');
      expect(result.stdout).toContain('The site was not built');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('the static server under a base path', async () => {
  const root = mkdtempSync(join(tmpdir(), 'rules-served-'));
  mkdirSync(join(root, 'rules', 'late-fees'), { recursive: true });
  writeFileSync(join(root, 'index.html'), 'home');
  writeFileSync(join(root, 'rules', 'late-fees', 'index.html'), 'late fees');
  writeFileSync(join(root, '404.html'), 'not found page');
  const site = await serveStatic(root, { basePath: '/rules/' });
  afterAll(async () => {
    await site.close();
    rmSync(root, { recursive: true, force: true });
  });
  const get = (path: string) => fetch(new URL(path, site.url), { redirect: 'manual' });

  it('serves the site under the path only, and leads there from the root', async () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/rules\/$/);
    expect(await (await get('/rules/')).text()).toBe('home');
    expect(await (await get('/rules/rules/late-fees/')).text()).toBe('late fees');
    expect((await get('/')).headers.get('location')).toBe('/rules/');
    expect((await get('/rules')).headers.get('location')).toBe('/rules/');
    expect((await get('/rules/rules/late-fees')).headers.get('location')).toBe('/rules/rules/late-fees/');
    const missing = await get('/rules/nothing/');
    expect([missing.status, await missing.text()]).toEqual([404, 'not found page']);
    expect((await get('/late-fees/')).status).toBe(404);
  });
});
