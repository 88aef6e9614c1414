// A visitor reads the public edition, and staff print its signs.
import { mkdir } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openAt, pdfPageCount, resultsFor, searchBoxFocused, useBrowser } from '../helpers/browser.ts';

const publicUrl = inject('publicUrl');
const staffUrl = inject('staffUrl');
const browserOf = useBrowser();

describe('a visitor on the public edition', () => {
  it('is welcomed, and finds a rule by searching', async () => {
    const page = await openAt(browserOf(), publicUrl, '/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Good to know before you visit');
    await searchBoxFocused(page, 'home-search');
    await page.keyboard.type('phone');
    await page.keyboard.press('Enter');
    const results = await resultsFor(page);
    expect(results[0]).toBe('/rules/phone-calls/');
    // The result shows the welcoming wording, never a color: colors are staff language.
    const first = page.locator('#results .card').first();
    await expect(first.textContent()).resolves.toContain("You're welcome to take calls in the lobby or the café.");
    await expect(page.locator('#results .badge').count()).resolves.toBe(0);
    await expect(page.locator('input[name="color"]').count()).resolves.toBe(0);
    await page.close();
  });

  it('finds nothing from a staff-only rule', async () => {
    const page = await openAt(browserOf(), publicUrl, '/search/?q=police');
    const results = await resultsFor(page);
    expect(results).not.toContain('/rules/police-requests/');
    await page.close();
  });

  it('reads a rule: title, the welcoming wording and "Why we ask"', async () => {
    const page = await openAt(browserOf(), publicUrl, '/rules/late-fees/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Late fees and overdue fines');
    await expect(page.locator('h2').allTextContents()).resolves.toEqual(['Why we ask', 'Updates']);
    await expect(page.locator('.badge').count()).resolves.toBe(0);
    await expect(page.locator('script').count()).resolves.toBe(0);
    await page.close();
  });

  it('reads "Why we ask" in visitors\' words where a rule has a public_why, and the intent where it has none', async () => {
    const page = await openAt(browserOf(), publicUrl, '/rules/children-at-closing/');
    await expect(page.locator('article h2 + p').textContent()).resolves.toBe(
      'We want every child to get home safe. Two of us stay with your child, so they are always with more than one grown-up.',
    );
    await expect(page.locator('article').textContent()).resolves.not.toContain('protection for staff');
    await page.goto(new URL('/rules/phone-calls/', publicUrl).href);
    await expect(page.locator('article h2 + p').textContent()).resolves.toMatch(
      /^People come to the reading rooms to concentrate\. A ringing phone/,
    );
    await page.close();
  });

  it.each([
    ['home', '/'],
    ['rule', '/rules/phone-calls/'],
    ['topic', '/browse/category/fees/'],
    ['all topics', '/browse/'],
  ])('%s page has no axe violations', async (_, path) => {
    const page = await openAt(browserOf(), publicUrl, path, undefined, { axe: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("prints a rule without what only works on screen: the language links and the link to its topic (found by a visitor's trial)", async () => {
    const page = await openAt(browserOf(), publicUrl, '/es/rules/late-fees/');
    const topicLink = page.locator('main a[href*="/browse/category/"]').last();
    await expect(page.locator('.language-switcher').isVisible()).resolves.toBe(true);
    await expect(topicLink.isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.language-switcher').isVisible()).resolves.toBe(false);
    await expect(topicLink.isVisible()).resolves.toBe(false);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('search results have no axe violations', async () => {
    const page = await openAt(browserOf(), publicUrl, '/search/?q=children', undefined, { axe: true });
    await resultsFor(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('printable signs', () => {
  it('the staff rule page links to its sign', async () => {
    const page = await openAt(browserOf(), staffUrl, '/rules/late-fees/');
    await page.getByRole('link', { name: 'Printable sign', exact: true }).click();
    await page.waitForURL(/\/signs\/late-fees\/$/);
    await expect(page.locator('.sign__wording').textContent()).resolves.toContain('Running late? Bring your items back when you can.');
    await expect(page.locator('.sign__org').textContent()).resolves.toBe('Riverside Public Library');
    await page.close();
  });

  it("a sign says why in visitors' words: the public_why, or the intent where there is none", async () => {
    const page = await openAt(browserOf(), staffUrl, '/signs/children-at-closing/');
    await expect(page.locator('.sign__why').textContent()).resolves.toBe('Why we ask: We want every child to get home safe.');
    await page.goto(new URL('/signs/phone-calls/', staffUrl).href);
    await expect(page.locator('.sign__why').textContent()).resolves.toBe('Why we ask: People come to the reading rooms to concentrate.');
    await page.close();
  });

  it('a sign prints on exactly one sheet of Letter and of A4, with only the sign on it', async () => {
    const page = await openAt(browserOf(), staffUrl, '/signs/late-fees/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.sheet-note').isVisible()).resolves.toBe(false);
    const box = (await page.locator('.sign').boundingBox())!;
    // 250 mm at 96 px per inch: the sign fills the sheet.
    expect(box.height).toBeCloseTo((250 / 25.4) * 96, 0);
    const fontSize = await page.locator('.sign__wording').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(32); // large type: 24 pt or more
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      await mkdir('tests/screenshots', { recursive: true });
      await page.screenshot({ path: 'tests/screenshots/sign-print.png', fullPage: true });
    }
    expect(pdfPageCount(await page.pdf({ format: 'Letter' }))).toBe(1);
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
    await page.close();
  });

  it('all signs of a topic print at once, one sheet each', async () => {
    const page = await openAt(browserOf(), staffUrl, '/signs/category/spaces/');
    const signs = await page.locator('.sign').count();
    expect(signs).toBe(8);
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(signs);
    await page.close();
  });

  it('the sign page has no axe violations', async () => {
    const page = await openAt(browserOf(), staffUrl, '/signs/late-fees/', undefined, { axe: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
