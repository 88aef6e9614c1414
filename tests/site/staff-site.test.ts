// A staff member at the desk, mid-conversation, looks up a rule: these tests do what they do, in a
// real Chromium, against the real build of the sample rule book (Astro + Pagefind).
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { catalogue } from '../../src/lib/catalogue.ts';
import { schemaFields } from '../../src/lib/schema-fields.ts';
import { axeViolations, openAt, resultsFor, searchBoxFocused, useBrowser } from '../helpers/browser.ts';

const base = inject('staffUrl');
const browserOf = useBrowser();

const openPage = (
  path: string,
  viewport?: { width: number; height: number },
  options?: { axe?: boolean; colorScheme?: 'light' | 'dark' },
) => openAt(browserOf(), base, path, viewport, options);

describe('searching from the home page', () => {
  it.each([
    ['cell phone', '/rules/phone-calls/'],
    ['mobile', '/rules/phone-calls/'],
    ['fines', '/rules/late-fees/'],
    ['sleep', '/rules/sleeping/'],
    ['kids alone', '/rules/unattended-children/'],
  ])('I type "%s" and the right rule comes first', async (words, expected) => {
    const page = await openPage('/');
    // The search box is focused as the page opens: typing goes straight into it.
    await searchBoxFocused(page, 'home-search');
    await page.keyboard.type(words);
    await page.keyboard.press('Enter');
    const results = await resultsFor(page);
    expect(results[0]).toBe(expected);
    await page.close();
  });

  it('each result shows the color badge and the one-line answer', async () => {
    const page = await openPage('/search/?q=kids%20alone');
    await resultsFor(page);
    const first = page.locator('#results .card').first();
    await expect(first.locator('.badge').textContent()).resolves.toContain('Red');
    await expect(first.textContent()).resolves.toContain('No one can override this. Offer instead:');
    await page.close();
  });
});

describe('filters', () => {
  it('the color filter narrows the results to that color', async () => {
    const page = await openPage('/search/?q=children');
    const all = await resultsFor(page);
    await page.getByLabel('Red').check();
    await page.waitForFunction((count) => document.querySelectorAll('#results .card').length !== count, all.length);
    const badges = await page.$$eval('#results .card .badge', (elements) => elements.map((element) => element.getAttribute('data-color')));
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.length).toBeLessThan(all.length);
    expect(new Set(badges)).toEqual(new Set(['red']));
    expect(new URL(page.url()).searchParams.getAll('color')).toEqual(['red']);
    await page.close();
  });

  it('the topic filter with no words lists that topic', async () => {
    const page = await openPage('/search/?category=Fees');
    const results = await resultsFor(page);
    expect(results).toContain('/rules/late-fees/');
    expect(results).toHaveLength(6);
    await page.close();
  });
});

describe('a rule page leads with the answer', () => {
  it.each([
    ['/rules/unattended-children/', 'red', 'Stay with the child in an open, visible spot with a second staff member.', 'The rule'],
    ['/rules/sleeping/', 'yellow', 'Check first with the supervisor on duty.', 'How'],
    ['/rules/late-fees/', 'green', 'Yes — use your judgment.', 'How far'],
  ])('%s (%s)', async (path, color, headline, row) => {
    const page = await openPage(path);
    const answer = page.locator('.answer');
    await expect(answer.getAttribute('class')).resolves.toContain(`answer--${color}`);
    await expect(answer.locator('.answer__headline').textContent()).resolves.toContain(headline);
    await expect(answer.locator('h3').allTextContents()).resolves.toContain(row);
    // The color is never the only signal: a word and a shape go with it.
    await expect(answer.locator('.badge__label').textContent()).resolves.toBe(color[0]!.toUpperCase() + color.slice(1));
    await expect(answer.locator('.badge svg polygon, .badge svg circle').count()).resolves.toBe(1);
    // The red badge says no one can override the rule; the headline says what to do instead.
    if (color === 'red') await expect(answer.locator('.answer__headline').textContent()).resolves.not.toMatch(/override/i);
    // Rule pages carry one script only: the offline copy's (its worker and the footer's status).
    const scripts = await page.$$eval('script', (elements) => elements.map((element) => element.getAttribute('src') ?? 'inline'));
    expect(scripts).toEqual([expect.stringMatching(/\/_astro\/OfflineCopy\.[^/]*\.js$/)]);
    await page.close();
  });

  it('shows related rules in both directions', async () => {
    // borrowing-limits lists renewals; renewals does not list it back, but its page still links it.
    const page = await openPage('/rules/renewals/');
    const related = await page.$$eval('#related-heading + ul a', (links) => links.map((link) => link.getAttribute('href')));
    expect(related).toContain('/rules/borrowing-limits/');
    await page.close();
  });
});

describe('who approved a rule, and when it last changed', () => {
  it('shows the adoption, the approval and the last change of the sample book, dated as git has it', async () => {
    const file = 'policies/children/unattended-children.yaml';
    // The history follows the main line: a change merged from a branch is dated by its merge.
    const committed = execFileSync('git', ['log', '-1', '--first-parent', '--format=%cI', '--', file], { encoding: 'utf8' }).trim();
    const page = await openPage('/rules/unattended-children/');
    const meta = await page.locator('#care-heading + dl').textContent();
    expect(meta).toContain('Adopted2019-03-12');
    expect(meta).toContain('Approved byLibrary board, motion 2019-04');
    // A clone whose rule file differs from its last commit shows no date rather than a wrong one.
    const edited = execFileSync('git', ['status', '--porcelain', '--', file], { encoding: 'utf8' }).trim() !== '';
    const lastChanged = page.locator('.last-changed time');
    if (edited) await expect(lastChanged.count()).resolves.toBe(0);
    else await expect(lastChanged.getAttribute('datetime')).resolves.toBe(committed);
    await page.close();
  });
});

describe('the desk comes first', () => {
  it('the navigation is for the desk; the guide for editors is in the footer', async () => {
    const page = await openPage('/rules/late-fees/');
    const nav = await page.locator('nav[aria-label="Site"] a').allTextContents();
    expect(nav).toEqual(['Browse', 'How to read the colors', 'Printable signs', 'Recent changes']);
    // The sample book is in three languages: the translations page is for editors too.
    await expect(page.locator('footer a').allTextContents()).resolves.toEqual(['Editing rules', 'Translations']);
    await page.close();
  });

  it('names what a tile counts to a screen reader: "Borrowing 7 rules" (found by an accessibility audit)', async () => {
    const page = await openPage('/');
    await expect(page.getByRole('link', { name: /^Borrowing \d+ rules$/ }).count()).resolves.toBe(1);
    await page.goto(new URL('browse/', base).href);
    await expect(page.getByRole('link', { name: /^Red · No one can override \d+ rules$/ }).count()).resolves.toBe(1);
    await page.close();
  });

  it('the home page links "How to read the colors" once', async () => {
    const page = await openPage('/');
    await expect(page.getByRole('link', { name: 'How to read the colors' }).count()).resolves.toBe(1);
    await page.close();
  });
});

describe('the editing guide', () => {
  it('lists every field of the format and every problem the check reports, from their sources', async () => {
    const page = await openPage('/guide/editing/');
    const cells = await page.$$eval('table', (tables) =>
      tables.map((table) => [...table.querySelectorAll('tbody tr td:first-child')].map((cell) => cell.textContent)),
    );
    expect(cells[0]).toEqual(schemaFields().map((field) => field.name));
    expect(cells[1]).toEqual(Object.keys(catalogue));
    expect(cells[0]).toContain('examples[].situation');
    await page.close();
  });
});

describe('keyboard only', () => {
  it('I can search and open a rule without a mouse', async () => {
    const page = await openPage('/');
    await searchBoxFocused(page, 'home-search');
    await page.keyboard.type('fines');
    await page.keyboard.press('Enter');
    await resultsFor(page);
    // From the search box: past the button and the filters, to the first result.
    let focused = '';
    for (let presses = 0; presses < 12 && !focused.endsWith('/rules/late-fees/'); presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
    }
    expect(focused).toMatch(/\/rules\/late-fees\/$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/rules\/late-fees\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Late fees and overdue fines');
    await page.close();
  });
});

describe('on a phone', () => {
  it.each([
    '/',
    '/search/?q=phone',
    '/rules/late-fees/',
    '/browse/',
    '/browse/color/green/',
    '/guide/colors/',
    '/guide/editing/',
    '/signs/',
    '/translations/',
  ])('%s fits the screen with no sideways scrolling', async (path) => {
    const page = await openPage(path, { width: 360, height: 740 });
    if (path.startsWith('/search/')) await resultsFor(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('says so when search cannot load, instead of waiting forever', async () => {
    const page = await browserOf().newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(new URL('/search/?q=phone', base).href);
    await page.waitForSelector('body[data-search="failed"]');
    await expect(page.locator('#search-status').textContent()).resolves.toBe(
      'Search is not working right now. Try again in a moment, or browse the rules by topic.',
    );
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  it.each([
    ['home', '/'],
    ['red rule', '/rules/unattended-children/'],
    ['yellow rule', '/rules/sleeping/'],
    ['green rule', '/rules/late-fees/'],
    ['browse by color', '/browse/color/green/'],
    ['colors guide', '/guide/colors/'],
    ['editing guide', '/guide/editing/'],
  ])('%s has no violations', async (_, path) => {
    const page = await openPage(path, undefined, { axe: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the axe check does find a real problem (an image with no text alternative)', async () => {
    const page = await browserOf().newPage({ bypassCSP: true });
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>t</title></head><body><main><img src="data:,"></main></body></html>',
    );
    expect((await axeViolations(page)).map((violation) => violation.id)).toContain('image-alt');
    await page.close();
  });

  it('search results have no violations', async () => {
    const page = await openPage('/search/?q=children&color=red', undefined, { axe: true });
    await resultsFor(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('a screen set to dark', () => {
  // Relative luminance of a computed `rgb(…)` color, as WCAG defines it.
  const luminance = (rgb: string) => {
    const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
      const value = Number(part) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const pageColors = (page: Page) =>
    page.evaluate(() => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.body).color,
    }));

  it.each([
    ['red rule', '/rules/unattended-children/'],
    ['yellow rule', '/rules/sleeping/'],
    ['green rule', '/rules/late-fees/'],
    ['recent changes (redlines)', '/changes/'],
  ])('the %s is light text on a dark page, and axe finds nothing', async (_, path) => {
    const page = await openPage(path, undefined, { axe: true, colorScheme: 'dark' });
    const colors = await pageColors(page);
    expect(luminance(colors.background)).toBeLessThan(0.05);
    expect(luminance(colors.text)).toBeGreaterThan(0.7);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('search results with their badges and highlighted words pass axe', async () => {
    const page = await openPage('/search/?q=kids%20alone', undefined, { axe: true, colorScheme: 'dark' });
    await resultsFor(page);
    expect(await page.locator('#results mark').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('a page printed from a dark screen is still dark text on white paper', async () => {
    const page = await openPage('/rules/unattended-children/', undefined, { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    const colors = await pageColors(page);
    expect(luminance(colors.background)).toBeGreaterThan(0.9);
    expect(luminance(colors.text)).toBeLessThan(0.05);
    await page.close();
  });
});

describe('screenshots for the README', () => {
  it.runIf(process.env.UPDATE_SCREENSHOTS === '1')('takes the home page, a rule page, and both on a phone', async () => {
    await mkdir('tests/screenshots', { recursive: true });
    const home = await openPage('/', { width: 1024, height: 760 });
    await home.screenshot({ path: 'tests/screenshots/home.png' });
    const rule = await openPage('/rules/late-fees/', { width: 1024, height: 1100 });
    await rule.screenshot({ path: 'tests/screenshots/rule-page.png' });
    const phone = await openPage('/search/?q=kids%20alone', { width: 390, height: 800 });
    await resultsFor(phone);
    await phone.screenshot({ path: 'tests/screenshots/search-phone.png' });
    // A red rule on a 375 px phone: what to do and the rule's key fact on the first screen.
    const rulePhone = await openPage('/rules/unattended-children/', { width: 375, height: 667 });
    await rulePhone.screenshot({ path: 'tests/screenshots/rule-page-phone.png' });
  });
});
