// A visitor reads the public edition in their own language: Spanish, and Arabic written right to
// left. The sample book is in English, Spanish (most rules) and Arabic (a few): a rule not yet
// translated shows the English text with a notice in the visitor's language.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadBook } from '../../src/lib/load-book.ts';
import { localRule } from '../../src/lib/i18n/local-rule.ts';
import type { Rule } from '../../src/lib/schemas.ts';
import { searchWords } from '../../src/lib/search/words.ts';
import { axeViolations, openAt, pdfPageCount, resultsFor, useBrowser } from '../helpers/browser.ts';

const publicUrl = inject('publicUrl');
const frenchUrl = inject('frenchUrl');
const staffUrl = inject('staffUrl');
const browserOf = useBrowser();
let rules: Rule[];

beforeAll(async () => {
  rules = (await loadBook('policies', { today: '2026-11-25' })).rules.map((rule) => rule.data).filter((rule) => rule.public !== false);
});

const untranslated = (language: string) => rules.find((rule) => rule.translations?.[language] === undefined)!;

describe('a Spanish-speaking visitor', () => {
  it('reads a rule in Spanish: the page says it is Spanish, and every word of the interface is', async () => {
    const page = await openAt(browserOf(), publicUrl, '/es/rules/phone-calls/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('ltr');
    await expect(page.locator('h1').textContent()).resolves.toBe('Llamadas en las salas de lectura');
    await expect(page.locator('.wording').textContent()).resolves.toContain('Puede hablar por teléfono en el vestíbulo');
    await expect(page.locator('h2').allTextContents()).resolves.toEqual(['Por qué lo pedimos', 'Cambios']);
    await expect(page.locator('nav[aria-label="Sitio"] a').allTextContents()).resolves.toEqual([
      'Todos los temas',
      'Buscar',
      'Cambios recientes',
    ]);
    await expect(page.locator('.site-header__org').textContent()).resolves.toBe('Biblioteca Pública de Riverside');
    await page.close();
  });

  it('has hreflang alternates for every language and x-default, and a switcher that names each language in itself', async () => {
    const page = await openAt(browserOf(), publicUrl, '/es/rules/phone-calls/');
    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
      links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
    );
    expect(alternates).toEqual([
      ['en', '/rules/phone-calls/'],
      ['es', '/es/rules/phone-calls/'],
      ['ar', '/ar/rules/phone-calls/'],
      ['x-default', '/rules/phone-calls/'],
    ]);
    const switcher = page.getByRole('navigation', { name: 'Idioma' });
    const links = await switcher
      .locator('a')
      .evaluateAll((anchors) =>
        anchors.map((a) => ({ text: a.textContent, lang: a.getAttribute('lang'), current: a.getAttribute('aria-current') })),
      );
    expect(links).toEqual([
      { text: 'English', lang: 'en', current: null },
      { text: 'Español', lang: 'es', current: 'true' },
      { text: 'العربية', lang: 'ar', current: null },
    ]);
    await page.close();
  });

  it('switches language with the keyboard alone, and lands on the same rule', async () => {
    const page = await openAt(browserOf(), publicUrl, '/es/rules/phone-calls/');
    const arabic = page.getByRole('link', { name: 'العربية' });
    // Tab from the top of the page until the Arabic link has the focus: it is in the tab order.
    for (let step = 0; step < 20 && !(await arabic.evaluate((link) => link === document.activeElement)); step++)
      await page.keyboard.press('Tab');
    await expect(arabic.evaluate((link) => link === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ar\/rules\/phone-calls\/$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ar');
    await page.close();
  });

  it('sees, in a list, which titles are still in English before opening them (found by a new-user trial)', async () => {
    const rule = untranslated('es');
    const translated = rules.find((other) => other.translations?.es)!;
    const page = await openAt(browserOf(), publicUrl, '/es/');
    const item = (id: string) => page.locator('li', { has: page.locator(`a[href="/es/rules/${id}/"]`) }).first();
    if ((await item(rule.id).count()) > 0) await expect(item(rule.id).textContent()).resolves.toContain('(en inglés)');
    if ((await item(translated.id).count()) > 0) await expect(item(translated.id).textContent()).resolves.not.toContain('(en inglés)');
    await page.close();
    const topic = await openAt(browserOf(), publicUrl, `/es/rules/${rule.id}/`);
    await topic.locator('main a[href*="/es/browse/category/"]').first().click();
    await topic.waitForLoadState();
    await expect(topic.locator('.card', { has: topic.locator(`a[href="/es/rules/${rule.id}/"]`) }).textContent()).resolves.toContain(
      '(en inglés)',
    );
    await topic.close();
  });

  it('reads a rule not yet translated in English, marked as English, with a notice in Spanish', async () => {
    const rule = untranslated('es');
    const page = await openAt(browserOf(), publicUrl, `/es/rules/${rule.id}/`);
    await expect(page.locator('.translation-note').textContent()).resolves.toBe('Esto aún no está traducido. Aquí lo tiene en inglés.');
    await expect(page.locator('h1').textContent()).resolves.toBe(rule.title);
    await expect(page.locator('h1').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('.wording').getAttribute('lang')).resolves.toBe('en');
    // The interface around it stays Spanish.
    await expect(page.locator('h2').first().textContent()).resolves.toBe('Por qué lo pedimos');
    await page.close();
  });

  it('names what a topic tile counts to a screen reader, in Spanish and in Arabic (found by an accessibility audit)', async () => {
    const page = await openAt(browserOf(), publicUrl, '/es/browse/');
    await expect(page.getByRole('link', { name: /^Préstamos \d+ normas$/ }).count()).resolves.toBe(1);
    await page.goto(`${publicUrl}ar/browse/`);
    await expect(page.getByRole('link', { name: /^الاستعارة \d+ قواعد$/ }).count()).resolves.toBe(1);
    await page.close();
  });

  it('finds Spanish words with Spanish stemming, in the Spanish index only', async () => {
    const page = await openAt(browserOf(), publicUrl, '/es/search/');
    await page.fill('#q', 'renovación');
    // "renovación" is not on any page: Spanish stemming matches it to "Renovar sus préstamos".
    const results = await resultsFor(page);
    expect(results[0]).toBe('/es/rules/renewals/');
    expect(results.every((path) => path.startsWith('/es/'))).toBe(true);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^\d+ normas? encontradas?\.$/);
    await expect(page.locator('#results .card__title').first().textContent()).resolves.toBe('Renovar sus préstamos');
    await page.close();
  });

  it('marks a result whose title is still in English "(en inglés)", as lists do', async () => {
    const rule = untranslated('es');
    const page = await openAt(browserOf(), publicUrl, `/es/search/?q=${encodeURIComponent(rule.title)}`);
    const results = await resultsFor(page);
    const card = page.locator('#results li').nth(results.indexOf(`/es/rules/${rule.id}/`));
    await expect(card.locator('.in-source').textContent()).resolves.toBe('(en inglés)');
    await expect(card.locator('.card__title').getAttribute('lang')).resolves.toBe('en');
    // A translated title is not marked.
    await page.fill('#q', 'renovación');
    await page.waitForFunction(() => document.querySelector('#results .card__title')?.textContent === 'Renovar sus préstamos');
    await expect(page.locator('#results li').first().locator('.in-source').count()).resolves.toBe(0);
    await expect(page.locator('#results .card__title').first().getAttribute('lang')).resolves.toBe(null);
    await page.close();
  });

  it('does not answer an English word the Spanish pages lack with every rule that says "la" (found by a new-user trial)', async () => {
    const page = await openAt(browserOf(), publicUrl, '/es/search/?q=lanyard');
    expect(await resultsFor(page)).toEqual([]);
    await expect(page.getByRole('link', { name: 'búsquelas en inglés' }).getAttribute('href')).resolves.toBe('/search/?q=lanyard');
    await page.close();
  });

  it("finds translated rules by a Spanish speaker's everyday words, and points to the English search under any results (found by a new-user trial)", async () => {
    for (const [query, rule] of [
      ['impresora', '/es/rules/printing/'],
      ['celular', '/es/rules/phone-calls/'],
      ['¿dónde puedo imprimir?', '/es/rules/printing/'],
      ['¿puedo comer aquí?', '/es/rules/food-and-drink/'],
    ]) {
      const page = await openAt(browserOf(), publicUrl, `/es/search/?q=${encodeURIComponent(query!)}`);
      expect((await resultsFor(page))[0], query).toBe(rule);
      // No accent taken away from a word spelt right ("¿dónde" is no typo of "donde").
      await expect(page.locator('.search-correction').count()).resolves.toBe(0);
      // Some rules are only in English so far: the answer may be one of them.
      await expect(page.getByRole('link', { name: 'búsquelas en inglés' }).count()).resolves.toBe(1);
      await page.close();
    }
  });

  it("finds a rule still in English by a Spanish speaker's words, with Spanish rules first (found by a visitors' trial)", async () => {
    // Lost cards and lost items are not in Spanish yet: "perdí mi carnet" had found card sign-up,
    // and the English search it was offered knew no Spanish word.
    for (const [query, rule] of [
      ['perdi mi carnet', '/es/rules/lost-card/'],
      ['se perdio el libro', '/es/rules/lost-items/'],
      // "cuanto" is "cuánto" typed without its accent, no typo of "cuento" (storytime).
      ['cuanto cuesta imprimir', '/es/rules/printing/'],
    ]) {
      const page = await openAt(browserOf(), publicUrl, `/es/search/?q=${encodeURIComponent(query!)}`);
      expect((await resultsFor(page))[0], query).toBe(rule);
      await expect(page.locator('.search-correction').count(), query).resolves.toBe(0);
      await page.close();
    }
  });

  it("lists each rule once a day on Recently updated, where an update says no more than its day (found by a visitors' trial)", async () => {
    const html = await (await fetch(new URL('/es/updates/', publicUrl))).text();
    const listed = [...html.matchAll(/<li><p><time datetime="[^"]*">([^<]*)<\/time> ·\s*<a href="([^"]*)"/g)].map(
      ([, day, rule]) => `${day} ${rule}`,
    );
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.filter((item, index) => listed.indexOf(item) !== index)).toEqual([]);
  });

  it('keeps the search when switching language on the search page (found by a new-user trial)', async () => {
    const page = await openAt(browserOf(), publicUrl, '/search/?q=wifi');
    await resultsFor(page);
    await page.fill('#q', 'wifi gratis');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'wifi gratis');
    await page.getByRole('link', { name: 'Español' }).click();
    await page.waitForURL(/\/es\/search\/\?q=wifi\+gratis$/);
    await resultsFor(page);
    await expect(page.locator('#q').inputValue()).resolves.toBe('wifi gratis');
    await page.close();
  });

  it('says in Spanish when nothing is found, and finds a Spanish word', async () => {
    const page = await openAt(browserOf(), publicUrl, '/es/search/?q=zqxwv');
    await resultsFor(page);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('No encontramos ninguna norma para «zqxwv».');
    await page.fill('#q', 'comida');
    await page.waitForFunction(() => document.body.dataset.search === 'done' && document.querySelectorAll('#results li').length > 0);
    const paths = await resultsFor(page);
    expect(paths).toContain('/es/rules/food-and-drink/');
    await page.close();
  });

  it('leaves a real Spanish word alone, and offers the English search for rules not translated yet (found by a new-user trial)', async () => {
    // "perdida" is two letters from "pedido", a word of the book: it was "corrected" to it.
    const page = await openAt(browserOf(), publicUrl, '/es/search/?q=tarjeta%20perdida');
    await resultsFor(page);
    await expect(page.locator('.search-correction').count()).resolves.toBe(0);
    // In English words: the Spanish ones had found nothing there, or "Unblocking a website" for
    // "un" (found by a visitor's trial).
    const inEnglish = page.getByRole('link', { name: 'búsquelas en inglés' });
    await expect(inEnglish.getAttribute('href')).resolves.toBe('/search/?q=card+lost');
    await page.close();
    const book = await openAt(browserOf(), publicUrl, `/es/search/?q=${encodeURIComponent('perdí un libro')}`);
    await resultsFor(book);
    await expect(book.getByRole('link', { name: 'búsquelas en inglés' }).getAttribute('href')).resolves.toBe('/search/?q=lost+item');
    await book.close();
  });

  it('corrects typos against the Spanish word list, not the English one', async () => {
    const words = async (path: string) => (await (await fetch(new URL(path, publicUrl))).text()).split('\n');
    const spanish = await words('/es/search/words.txt');
    expect(spanish).toEqual(expect.arrayContaining(['renovar', 'biblioteca']));
    // English words of the wordings that are translated, which no Spanish page shows (its
    // untranslated texts are in English, so only words missing from those prove anything).
    const shownInEnglish = new Set(
      rules.flatMap((rule) => {
        const local = localRule(rule, 'es', 'en');
        return [local.title, local.wording, local.why].filter((text) => text.lang === 'en').flatMap((text) => searchWords(text.text));
      }),
    );
    // (Words both languages spell alike, "videos", "color", are in the Spanish text too.)
    const inSpanish = new Set(
      rules.flatMap((rule) => Object.values(rule.translations?.es ?? {}).flatMap((text) => searchWords(String(text)))),
    );
    const translatedAway = rules
      .filter((rule) => rule.translations?.es)
      .flatMap((rule) => searchWords(rule.public_wording!))
      .filter((word) => word.length > 4 && !shownInEnglish.has(word) && !inSpanish.has(word));
    expect(translatedAway.length).toBeGreaterThan(10);
    expect(spanish.filter((word) => translatedAway.includes(word))).toEqual([]);
    expect(await words('/search/words.txt')).not.toContain('biblioteca');
  });

  it('Spanish pages have no axe violations', async () => {
    for (const path of ['/es/rules/phone-calls/', `/es/rules/${untranslated('es').id}/`, '/es/', '/es/search/?q=tarjeta']) {
      const page = await openAt(browserOf(), publicUrl, path, undefined, { axe: true });
      if (path.includes('?q=')) await resultsFor(page);
      expect(await axeViolations(page), path).toEqual([]);
      await page.close();
    }
  });
});

describe("a French-speaking visitor's search (a small book: three rules translated, one still in English)", () => {
  const search = async (query: string) => {
    const page = await openAt(browserOf(), frenchUrl, `/fr/search/?q=${encodeURIComponent(query)}`);
    const results = await resultsFor(page);
    const corrections = await page.locator('.search-correction').count();
    const unmatched = await page.locator('.search-unmatched').count();
    const offered = await page.$$eval('#search-note p:first-child a', (links) => links.map((link) => link.textContent));
    await page.close();
    return { results, corrections, unmatched, offered };
  };

  it("finds words typed without their accents as the book's, with no correction to note (found by a volunteer's trial)", async () => {
    const found = await search('telephone');
    expect(found.results[0]).toBe('/fr/rules/phone-calls/');
    expect(found.corrections).toBe(0);
  });

  it("reads a visitor's question by the words that say what it is about, none of them corrected (found by a volunteer's trial)", async () => {
    for (const [query, rule] of [
      ['est-ce que je peux manger ici', '/fr/rules/food-and-drink/'],
      ['ou manger', '/fr/rules/food-and-drink/'],
      ['amendes', '/fr/rules/late-fees/'],
      ['portable', '/fr/rules/phone-calls/'],
      ['mon téléphone', '/fr/rules/phone-calls/'],
    ]) {
      const found = await search(query!);
      expect(found.results[0], query).toBe(rule);
      expect(found.corrections, query).toBe(0);
      expect(found.unmatched, query).toBe(0);
    }
    // "mon" is no start of "money", in the rule still in English.
    expect((await search('mon téléphone')).results).not.toContain('/fr/rules/lost-items/');
  });

  it("offers and corrects to French words, not the English of a rule not translated yet (found by a volunteer's trial)", async () => {
    const words = (await (await fetch(new URL('/fr/search/words.txt', frenchUrl))).text()).split('\n');
    const french = new Set(words.filter((line) => !line.includes('\t')));
    // "suitible" had been "corrected" to "suitable", a word of the rule still in English.
    for (const query of ['suitible', 'chien']) {
      const found = await search(query);
      expect(found.results, query).toEqual([]);
      expect(found.corrections, query).toBe(0);
      expect(
        found.offered.filter((word) => !french.has(word!)),
        query,
      ).toEqual([]);
    }
    // The rule still in English is found by its English words.
    expect((await search('replacement')).results).toEqual(['/fr/rules/lost-items/']);
  });
});

describe('an Arabic-speaking visitor (right to left)', () => {
  it('reads the page right to left at 360 px: no sideways scrolling, text aligned to the right', async () => {
    const page = await openAt(browserOf(), publicUrl, '/ar/rules/phone-calls/', { width: 360, height: 740 });
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ar');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The heading's text hugs its box's right edge, not its left.
    const edges = await page.locator('h1').evaluate((heading) => {
      const range = document.createRange();
      range.selectNodeContents(heading);
      const text = range.getBoundingClientRect();
      const box = heading.getBoundingClientRect();
      return { right: box.right - text.right, left: text.left - box.left, direction: getComputedStyle(heading).direction };
    });
    expect(edges.direction).toBe('rtl');
    expect(edges.right).toBeLessThan(2);
    await expect(page.locator('.wording').textContent()).resolves.toContain('يسعدنا أن تُجري مكالماتك');
    await page.close();
  });

  it('finds a word the rule has with "the" joined to it, and offers words with an Arabic comma (found by a new-user trial)', async () => {
    const page = await openAt(browserOf(), publicUrl, '/ar/search/');
    // The rule is "الطعام والمشروبات" (the food and the drinks): a reader types "طعام" (food).
    await page.fill('#q', 'طعام');
    expect((await resultsFor(page))[0]).toBe('/ar/rules/food-and-drink/');
    // Three letters too many: no rule, and the words near it offered.
    await page.goto(`${publicUrl}ar/search/?q=${encodeURIComponent('المشروباتتت')}`);
    await page.waitForSelector('body[data-search="done"]');
    await expect(page.locator('#search-note p').first().textContent()).resolves.toBe('جرّب: المشروبات، والمشروبات');
    // No English word of a rule not translated yet is offered there (they had been; found by a
    // volunteer's trial in French); a word offered in Latin letters would be marked English (found
    // by an accessibility audit).
    await page.goto(`${publicUrl}ar/search/?q=wifi`);
    await page.waitForSelector('body[data-search="done"]');
    const offered = await page.$$eval('#search-note p:first-child a', (links) =>
      links.map((link) => [link.textContent, link.getAttribute('lang')]),
    );
    expect(offered.filter(([word]) => /[a-z]/i.test(word!))).toEqual([]);
    for (const [word, lang] of offered) expect(lang, word!).toBe(/[a-z]/i.test(word!) ? 'en' : null);
    await page.close();
  });

  it('finds "واي فاي" (Wi-Fi) on its own rule, not on every rule with a word Pagefind stems to its last letters (found by a new-user trial)', async () => {
    const page = await openAt(browserOf(), publicUrl, `/ar/search/?q=${encodeURIComponent('واي فاي')}`);
    expect(await resultsFor(page)).toEqual(['/ar/rules/wifi/']);
    await page.goto(`${publicUrl}ar/search/?q=${encodeURIComponent('واي')}`);
    expect(await resultsFor(page)).toEqual(['/ar/rules/wifi/']);
    await page.close();
  });

  it('reads a result not translated yet in English: its answer and passage marked English, left to right (found by an accessibility audit)', async () => {
    const rule = untranslated('ar');
    const page = await openAt(browserOf(), publicUrl, `/ar/search/?q=${encodeURIComponent(rule.title)}`);
    const results = await resultsFor(page);
    const card = page.locator('#results li').nth(results.indexOf(`/ar/rules/${rule.id}/`));
    const answer = card.locator('p').first().locator('span[lang]').first();
    await expect(answer.getAttribute('lang')).resolves.toBe('en');
    await expect(answer.getAttribute('dir')).resolves.toBe('ltr');
    await expect(answer.textContent()).resolves.toBe(rule.public_wording!.trim());
    // A passage of its English text that the words matched in: marked English too (found by a review: this had checked no passage).
    await page.fill('#q', 'quiet');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'quiet' && document.body.dataset.search === 'done');
    const passages = page.locator('#results li', { has: page.locator('.card__title[lang="en"]') }).locator('p.excerpt:not(:last-child)');
    expect(await passages.count()).toBeGreaterThan(0);
    for (const passage of await passages.all()) await expect(passage.getAttribute('lang')).resolves.toBe('en');
    // A translated rule's answer is the page's language: nothing marked.
    await page.fill('#q', 'طعام');
    await page.waitForFunction(() => document.querySelector('#results .card__title')?.getAttribute('href')?.endsWith('/food-and-drink/'));
    await expect(page.locator('#results li').first().locator('[lang]').count()).resolves.toBe(0);
    await page.close();
  });

  it('an Arabic page has no axe violations, nor one with English text in it', async () => {
    for (const path of ['/ar/rules/phone-calls/', `/ar/rules/${untranslated('ar').id}/`, '/ar/']) {
      const page = await openAt(browserOf(), publicUrl, path, { width: 360, height: 740 }, { axe: true });
      expect(await axeViolations(page), path).toEqual([]);
      await page.close();
    }
  });

  it('English text on an Arabic page is marked English and left to right', async () => {
    const page = await openAt(browserOf(), publicUrl, `/ar/rules/${untranslated('ar').id}/`);
    await expect(page.locator('h1').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('h1').getAttribute('dir')).resolves.toBe('ltr');
    await expect(page.locator('.translation-note').textContent()).resolves.toContain('الإنجليزية');
    await page.close();
  });
});

describe('signs and the staff edition in every language', () => {
  it('a Spanish sign, and a bilingual English and Spanish one, each print on one sheet of Letter and of A4', async () => {
    for (const path of ['/signs/phone-calls/es/', '/signs/phone-calls/en-es/', '/signs/phone-calls/en-ar/']) {
      const page = await openAt(browserOf(), staffUrl, path);
      await page.emulateMedia({ media: 'print' });
      expect(pdfPageCount(await page.pdf({ format: 'Letter' })), path).toBe(1);
      expect(pdfPageCount(await page.pdf({ format: 'A4' })), path).toBe(1);
      await page.close();
    }
  });

  it('a Spanish sign says no reason rather than the English one of a rule whose reason is not translated (found by a new-user trial)', async () => {
    // unattended-children is in Spanish, but its reason is its English intent.
    const spanish = await openAt(browserOf(), staffUrl, '/signs/unattended-children/es/');
    await expect(spanish.locator('.sign__why').count()).resolves.toBe(0);
    await expect(spanish.locator('.sign__wording').textContent()).resolves.toContain('pequeños lectores');
    await spanish.close();
    // The bilingual sign says it once, in English.
    const both = await openAt(browserOf(), staffUrl, '/signs/unattended-children/en-es/');
    await expect(both.locator('.sign__why').allTextContents()).resolves.toEqual([expect.stringMatching(/^Why we ask: /)]);
    await both.close();
  });

  it("a topic's signs print in Spanish at once: its translated rules, one sheet each, and the page says how many are left out", async () => {
    const spaces = rules.filter((rule) => rule.category === 'Spaces' && rule.public !== false);
    const translated = spaces.filter((rule) => rule.translations?.es);
    const index = await openAt(browserOf(), staffUrl, '/signs/');
    await index
      .getByRole('link', { name: `Spanish (${translated.length})` })
      .first()
      .click();
    await index.waitForURL(/\/signs\/category\/[^/]+\/es\/$/);
    await index.close();
    const page = await openAt(browserOf(), staffUrl, '/signs/category/spaces/es/');
    const signs = await page.locator('.sign').evaluateAll((elements) => elements.map((sign) => sign.getAttribute('lang')));
    expect(signs).toEqual(translated.map(() => 'es'));
    const left = spaces.length - translated.length;
    if (left > 0) await expect(page.locator('.sheet-note').last().textContent()).resolves.toContain(`${left} rule`);
    await page.emulateMedia({ media: 'print' });
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(translated.length);
    await page.close();
  });

  it('every bilingual sign of the book fits one sheet, however long its two texts', async () => {
    const longest = rules
      .filter((rule) => rule.translations?.es)
      .sort(
        (a, b) =>
          b.public_wording!.length +
          b.translations!.es!.public_wording.length -
          (a.public_wording!.length + a.translations!.es!.public_wording.length),
      )[0]!;
    const page = await openAt(browserOf(), staffUrl, `/signs/${longest.id}/en-es/`);
    expect(pdfPageCount(await page.pdf({ format: 'Letter' }))).toBe(1);
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
    await page.close();
  });

  it('a bilingual sign marks each half with its language; an Arabic half reads right to left', async () => {
    const page = await openAt(browserOf(), staffUrl, '/signs/phone-calls/en-ar/', undefined, { axe: true });
    // Its heading, on an English page, names the languages in English (it had "العربية" unmarked; found by an accessibility audit).
    await expect(page.locator('h1').textContent()).resolves.toMatch(/^Sign \(English \+ Arabic\): /);
    const faces = await page
      .locator('.sign__face')
      .evaluateAll((elements) => elements.map((face) => [face.getAttribute('lang'), face.getAttribute('dir')]));
    expect(faces).toEqual([
      ['en', 'ltr'],
      ['ar', 'rtl'],
    ]);
    await expect(page.locator('.sign__face').nth(1).locator('.sign__wording').textContent()).resolves.toContain('يسعدنا');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("the staff rule page shows what visitors are told in each language, marked with its language, and links each language's sign", async () => {
    const page = await openAt(browserOf(), staffUrl, '/rules/phone-calls/');
    await expect(page.locator('.visitor-translations [lang="es"] .quote').first().textContent()).resolves.toBe(
      'Llamadas en las salas de lectura',
    );
    await expect(page.locator('.visitor-translations [lang="ar"]').getAttribute('dir')).resolves.toBe('rtl');
    // Each language's name in itself, marked with its language (found by an accessibility audit).
    await expect(
      page.getByRole('link', { name: 'Printable sign: Español', exact: true }).locator('[lang="es"]').textContent(),
    ).resolves.toBe('Español');
    await expect(page.getByRole('link', { name: 'Printable sign: العربية' }).locator('[lang="ar"]').getAttribute('dir')).resolves.toBe(
      'rtl',
    );
    // A bilingual sign's link too: "Español" in "English + Español" (found by an accessibility audit).
    await expect(
      page.getByRole('link', { name: 'Printable sign: English + العربية' }).locator('[lang="ar"]').getAttribute('dir'),
    ).resolves.toBe('rtl');
    await expect(page.getByRole('link', { name: 'Printable sign: English + Español' }).locator('[lang="es"]').textContent()).resolves.toBe(
      'Español',
    );
    await page.getByRole('link', { name: 'Printable sign: English + Español' }).click();
    await page.waitForURL(/\/signs\/phone-calls\/en-es\/$/);
    await page.close();
  });
});

describe('the staff translations page', () => {
  it("lists every public rule's status in each language, from git history", async () => {
    const page = await openAt(browserOf(), staffUrl, '/translations/', undefined, { axe: true });
    await expect(page.locator('thead th').allTextContents()).resolves.toEqual(['Rule', 'Spanish (es)', 'Arabic (ar)']);
    await expect(page.locator('tbody tr').count()).resolves.toBe(rules.length);
    const row = (id: string) => page.locator('tbody tr').filter({ has: page.locator(`a[href="/rules/${id}/"]`) });
    await expect(
      row('phone-calls')
        .locator('td')
        .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-state'))),
    ).resolves.toEqual(['current', 'current']);
    const missing = untranslated('es');
    await expect(row(missing.id).locator('td').first().textContent()).resolves.toContain('Missing');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('names the rules whose "Why we ask" stays in English, having no public_why, which the table calls current (found by a translator\'s trial)', async () => {
    const page = await openAt(browserOf(), staffUrl, '/translations/');
    const without = rules.filter((rule) => rule.public_why === undefined);
    const note = page.locator('details.why-untranslated');
    await expect(note.locator('summary').textContent()).resolves.toBe(
      `${without.length} public rules have no public_why: their "Why we ask" is the intent, in English on every language's page`,
    );
    await expect(note.locator('li a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).resolves.toEqual(
      expect.arrayContaining(without.map((rule) => `/rules/${rule.id}/`)),
    );
    await expect(note.locator('li').count()).resolves.toBe(without.length);
    await page.close();
  });

  it('is linked from every staff page, beside the editing guide in the footer', async () => {
    const page = await openAt(browserOf(), staffUrl, '/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Translations' }).click();
    await page.waitForURL(/\/translations\/$/);
    await page.close();
  });
});
