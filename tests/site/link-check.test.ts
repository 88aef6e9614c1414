// A fresh clone publishing to a GitHub Pages project site (`public_url: https://example.github.io/rules/`)
// and staff reaching their edition in an intranet folder: both editions of the sample book are
// served under their path only. Every page is reached from the home page, every link and file
// answers, nothing points outside the prefix, and search works in a real Chromium.
import { describe, expect, inject, it } from 'vitest';
import { META_CONTENT_SECURITY_POLICY } from '../../src/lib/security-headers.ts';
import { openAt, resultsFor, useBrowser } from '../helpers/browser.ts';
import { PREFIXED_PUBLIC_URL, PREFIXED_STAFF_URL } from '../setup/built-site.ts';

const browserOf = useBrowser();

interface Crawl {
  /** Pages reached from the home page, as paths. */
  pages: Set<string>;
  /** Every link and file the pages name on this host (href, src, form action), as paths with their query. */
  links: Map<string, number>;
  /** Addresses on other hosts (canonical and og:url point at the published site). */
  external: Set<string>;
  html: Map<string, string>;
  /** How many href, src and action values the pages hold in all (each distinct one is fetched once). */
  references: number;
}

/** `href`, `src` and form `action` values of a page, entities decoded. */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&').replace(/&#38;/g, '&'));
}

/** Follows every link from the home page, page by page, and fetches every file named once. */
async function crawl(home: string): Promise<Crawl> {
  const result: Crawl = { pages: new Set(), links: new Map(), external: new Set(), html: new Map(), references: 0 };
  const origin = new URL(home).origin;
  const queue = [home];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const page = queue.shift()!;
    const response = await fetch(page);
    const path = new URL(page).pathname + new URL(page).search;
    result.links.set(path, response.status);
    if (!response.headers.get('content-type')?.startsWith('text/html')) {
      await response.arrayBuffer();
      continue;
    }
    const html = await response.text();
    result.pages.add(path);
    result.html.set(path, html);
    for (const reference of references(html)) {
      if (reference.startsWith('#')) continue;
      result.references += 1;
      const url = new URL(reference, page);
      url.hash = '';
      if (url.origin !== origin) {
        result.external.add(url.href);
        continue;
      }
      if (seen.has(url.href)) continue;
      seen.add(url.href);
      queue.push(url.href);
    }
  }
  return result;
}

const editions = [
  { edition: 'public', published: PREFIXED_PUBLIC_URL, served: () => inject('prefixedPublicUrl') },
  { edition: 'staff', published: PREFIXED_STAFF_URL, served: () => inject('prefixedStaffUrl') },
] as const;

describe.each(editions)('the $edition edition published at $published', ({ edition, served }) => {
  let crawled: Crawl | undefined;
  const site = async () => (crawled ??= await crawl(served()));

  it('every page is reached from the home page, and every href, src and form action answers 200 under the prefix', async () => {
    const { pages, links, references: total } = await site();
    const prefix = new URL(served()).pathname;
    const broken = [...links].filter(([, status]) => status !== 200);
    const outside = [...links.keys()].filter((path) => !path.startsWith(prefix));
    expect(broken).toEqual([]);
    expect(outside).toEqual([]);
    // The sample book: 48 public pages, well over a hundred staff pages (rules, signs, guides).
    expect(pages.size).toBeGreaterThan(edition === 'public' ? 40 : 100);
    console.log(
      `${edition} edition under ${prefix}: ${pages.size} pages crawled, ${total} links followed, ${links.size} distinct addresses answered 200`,
    );
  });

  it('every page carries the Content-Security-Policy in a meta tag, without what only a header can carry', async () => {
    const { html } = await site();
    const missing = [...html].filter(
      ([, text]) => !text.includes(`<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">`),
    );
    expect(missing.map(([path]) => path)).toEqual([]);
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('an unknown address shows the 404 page, whose links stay under the prefix', async () => {
    const response = await fetch(new URL('no-such-rule/', served()));
    expect(response.status).toBe(404);
    const html = await response.text();
    // (The public page's words come from the message catalogue, so Astro escapes the apostrophe.)
    expect(html.replaceAll('&#39;', "'")).toContain(
      edition === 'public' ? "We couldn't find that page" : 'The rule may have been renamed or removed.',
    );
    // A mistyped Spanish address gets the same page (hosts serve one 404): it offers the way on in Spanish.
    if (edition === 'public') {
      const spanish = await (await fetch(new URL('es/no-existe/', served()))).text();
      expect(spanish).toMatch(
        new RegExp(
          `<section lang="es"[^>]*><h2>No encontramos esa página</h2><p><a href="${new URL(served()).pathname}es/browse/">Todos los temas</a>`,
        ),
      );
    }
    for (const reference of references(html).filter((value) => !value.startsWith('#'))) {
      const url = new URL(reference, response.url);
      if (url.origin !== new URL(served()).origin) continue;
      expect(url.pathname.startsWith(new URL(served()).pathname), reference).toBe(true);
      expect((await fetch(url)).status, reference).toBe(200);
    }
  });

  it('carries .nojekyll, so GitHub Pages publishes _astro/ from a branch too; the offline copy does not fetch it (found by a new-user trial)', async () => {
    const base = served();
    // Pushed to a branch, Jekyll would drop every folder starting with "_": the styles and scripts.
    expect((await fetch(new URL('.nojekyll', base))).status).toBe(200);
    if (edition === 'staff') expect(await (await fetch(new URL('offline.json', base))).text()).not.toContain('nojekyll');
  });

  it('search finds a rule in Chromium, and its result opens the rule under the prefix', async () => {
    const page = await openAt(browserOf(), served(), 'search/?q=late%20fees');
    const prefix = new URL(served()).pathname;
    const results = await resultsFor(page);
    expect(results[0]).toBe(`${prefix}rules/late-fees/`);
    await page.locator('#results .card__title').first().click();
    await page.waitForURL(new URL('rules/late-fees/', served()).href);
    await expect(page.locator('h1').textContent()).resolves.toContain('Late fees');
    await page.close();
  });
});

describe('what crawlers read', () => {
  it('the public edition: canonical addresses at public_url, a sitemap of every page, robots.txt pointing at it', async () => {
    const served = inject('prefixedPublicUrl');
    const { pages, html, external } = await crawl(served);
    const sitemap = await (await fetch(new URL('sitemap.xml', served))).text();
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    // Every page a visitor can reach is listed, at its published address, and nothing else, but
    // for a rule's page in a language it is not translated into: its English text is listed once,
    // at the English page (found by a new-user trial).
    const unlisted = (path: string) => html.get(path)?.includes('<meta name="robots" content="noindex');
    const reachable = [...pages]
      .filter((path) => !path.includes('?') && !unlisted(path))
      .map((path) => new URL(path.slice(1), 'https://example.github.io/').href);
    expect(listed.sort()).toEqual(reachable.sort());
    const untranslated = [...pages].filter((path) => path.startsWith('/rules/ar/rules/') && unlisted(path));
    expect(untranslated.length).toBeGreaterThan(0);
    expect(untranslated).not.toContain('/rules/ar/rules/phone-calls/');
    // Nor do search engines hear of it from its other languages' pages.
    expect(html.get(untranslated[0]!.replace('/rules/ar/', '/rules/'))).not.toMatch(/<link rel="alternate" hreflang="ar"/);
    expect(html.get('/rules/rules/phone-calls/')).toMatch(/<link rel="alternate" hreflang="ar"/);
    for (const [path, text] of html) {
      if (path.includes('?') || unlisted(path)) continue;
      expect(text, path).toContain(`<link rel="canonical" href="https://example.github.io${path}">`);
    }
    expect([...external].every((url) => url.startsWith(PREFIXED_PUBLIC_URL))).toBe(true);
    const robots = await (await fetch(new URL('robots.txt', served))).text();
    expect(robots).toContain(`Sitemap: ${PREFIXED_PUBLIC_URL}sitemap.xml`);
    expect(robots).not.toMatch(/Disallow: \//);
  });

  it('a rule page previews with its public title and wording (Open Graph), and a favicon', async () => {
    const html = await (await fetch(new URL('rules/late-fees/', inject('prefixedPublicUrl')))).text();
    expect(html).toContain('<meta property="og:title" content="Late fees and overdue fines">');
    expect(html).toMatch(/<meta property="og:description" content="Running late\? Bring your items back when you can\./);
    expect(html).toContain('<meta property="og:url" content="https://example.github.io/rules/rules/late-fees/">');
    expect(html).toContain('<link rel="icon" href="/rules/favicon.svg" type="image/svg+xml">');
  });

  it('each feed links with full addresses under its edition’s path, as feed readers need', async () => {
    const updates = await (await fetch(new URL('updates.xml', inject('prefixedPublicUrl')))).text();
    expect(updates).toContain(`<link rel="self" type="application/atom+xml" href="${PREFIXED_PUBLIC_URL}updates.xml"/>`);
    expect(updates).toContain(`<link rel="alternate" type="text/html" href="${PREFIXED_PUBLIC_URL}updates/"/>`);
    const changes = await (await fetch(new URL('changes.xml', inject('prefixedStaffUrl')))).text();
    // As an address has it: the folder's "í" is written %C3%AD.
    expect(changes).toContain(`<link rel="self" type="application/atom+xml" href="${new URL('changes.xml', PREFIXED_STAFF_URL).href}"/>`);
    expect(changes).toContain('href="https://intranet.example.org/staff/gu%C3%ADa-de-normas/changes/"');
  });

  it('the staff edition: noindex on every page, robots.txt turns every crawler away, no sitemap', async () => {
    const served = inject('prefixedStaffUrl');
    const { html } = await crawl(served);
    const indexable = [...html].filter(([, text]) => !text.includes('<meta name="robots" content="noindex, nofollow">'));
    expect(indexable.map(([path]) => path)).toEqual([]);
    expect(await (await fetch(new URL('robots.txt', served))).text()).toMatch(/User-agent: \*\nDisallow: \/\n/);
    expect((await fetch(new URL('sitemap.xml', served))).status).toBe(404);
    expect([...html.values()].some((text) => text.includes('rel="canonical"'))).toBe(false);
  });
});

describe('the 404 page in the public edition', () => {
  it("puts the way on in the reader's language first, at a mistyped address of that language (found by a new-user trial)", async () => {
    const page = await openAt(browserOf(), inject('prefixedPublicUrl'), 'es/no-existe/');
    await expect(page.locator('main > :first-child').getAttribute('lang')).resolves.toBe('es');
    // It is then the page's main heading to a screen reader too, and the English one comes second
    // (an h2 had come before the h1; found by an accessibility audit).
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('No encontramos esa página');
    await expect(page.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe("We couldn't find that page");
    // Its search box searches in Spanish, in Spanish words: it had sent the words to the English
    // search, which found nothing (found by a publishing trial).
    const box = page.locator('header form[role="search"]');
    await expect(box.getAttribute('lang')).resolves.toBe('es');
    await expect(box.locator('button').textContent()).resolves.toBe('Buscar');
    await box.locator('input').fill('renovar préstamos');
    await box.locator('input').press('Enter');
    await page.waitForURL(/\/es\/search\/\?q=renovar/);
    await page.goto(new URL('no-such-rule/', inject('prefixedPublicUrl')).href);
    await expect(page.locator('main > :first-child').evaluate((element) => element.tagName)).resolves.toBe('H1');
    await page.close();
  });
});
