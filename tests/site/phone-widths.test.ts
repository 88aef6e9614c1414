// Every page type of both editions on the narrowest phones (320 px, 375 px): nothing scrolls
// sideways, no search field cuts off its example, and what the page is for shows on the first
// screen (a rule's answer; for a red rule, the rule itself with its key fact).
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openAt, resultsFor, useBrowser } from '../helpers/browser.ts';

const browserOf = useBrowser();

const PHONES = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
];

/** Path, and the element whose first line must show on the first screen. */
const STAFF: [string, string][] = [
  ['/', '#home-search'],
  ['/search/?q=kids%20alone', '#results .card__title'],
  ['/rules/unattended-children/', '.answer__rule p'],
  ['/rules/sleeping/', '.answer__headline'],
  ['/rules/late-fees/', '.answer__headline'],
  ['/browse/', 'h1'],
  ['/browse/color/red/', '.card'],
  ['/browse/category/children/', '.card'],
  ['/guide/colors/', 'h1'],
  ['/guide/editing/', 'h1'],
  ['/changes/', 'h1'],
  ['/signs/', 'h1'],
  ['/signs/category/children/', '.sign__title'],
  ['/signs/late-fees/', '.sign__wording'],
  ['/offline/', 'h1'],
  ['/no-such-page/', 'h1'],
];
const PUBLIC: [string, string][] = [
  ['/', '#home-search'],
  ['/search/?q=phone', '#results .card__title'],
  ['/rules/late-fees/', '.wording'],
  ['/browse/', 'h1'],
  ['/browse/category/children/', '.card'],
  ['/updates/', 'h1'],
  ['/no-such-page/', 'h1'],
];

interface Fit {
  overflow: number;
  /** Placeholders wider than the room their field gives them. */
  clipped: string[];
  /** How far below the first screen the first line of the key element ends (≤ 0: it shows). */
  keyBelowFold: number | null;
}

function measure(page: Page, key: string): Promise<Fit> {
  return page.evaluate((selector) => {
    const context = document.createElement('canvas').getContext('2d')!;
    const clipped = [...document.querySelectorAll<HTMLInputElement>('input[placeholder]')]
      .filter((input) => input.offsetParent !== null)
      .filter((input) => {
        const style = getComputedStyle(input);
        context.font = style.font;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return context.measureText(input.placeholder).width > room;
      })
      .map((input) => `#${input.id}: "${input.placeholder}"`);
    const element = document.querySelector(selector);
    let keyBelowFold: number | null = null;
    if (element) {
      const box = element.getBoundingClientRect();
      const line = parseFloat(getComputedStyle(element).lineHeight) || 24;
      keyBelowFold = box.top + Math.min(box.height, line) - window.innerHeight;
    }
    return { overflow: document.documentElement.scrollWidth - window.innerWidth, clipped, keyBelowFold };
  }, key);
}

describe.each([
  ['staff', () => inject('staffUrl'), STAFF],
  ['public', () => inject('publicUrl'), PUBLIC],
] as const)('the %s edition on a phone', (_, base, pages) => {
  describe.each(PHONES)('$width × $height', (viewport) => {
    it.each(pages)('%s fits, with %s on the first screen', async (path, key) => {
      const page = await openAt(browserOf(), base(), path, viewport);
      if (path.startsWith('/search/')) await resultsFor(page);
      const fit = await measure(page, key);
      expect(fit.overflow).toBeLessThanOrEqual(0);
      expect(fit.clipped).toEqual([]);
      expect(fit.keyBelowFold).not.toBeNull();
      expect(fit.keyBelowFold!).toBeLessThanOrEqual(0);
      await page.close();
    });
  });
});

it('the check does catch a cut-off placeholder and a page wider than the phone', async () => {
  const page = await browserOf().newPage({ viewport: PHONES[0]! });
  await page.setContent(
    '<!doctype html><html lang="en"><body style="margin:0"><input id="x" style="width:100px" placeholder="a placeholder far too long for its field"><div style="width:400px">wide</div><p id="low" style="margin-top:2000px">low</p></body></html>',
  );
  const fit = await measure(page, '#low');
  expect(fit.overflow).toBeGreaterThan(0);
  expect(fit.clipped).toEqual(['#x: "a placeholder far too long for its field"']);
  expect(fit.keyBelowFold).toBeGreaterThan(0);
  await page.close();
});

it('shows a search result past the first on the first screen of a common phone, badge and all (found by a new-user trial)', async () => {
  // One result, cut off, had shown under the page's heading and the filters, so a desk worker
  // never saw the second answer without scrolling.
  const page = await openAt(browserOf(), inject('staffUrl'), '/search/?q=kids%20alone', { width: 360, height: 740 });
  await resultsFor(page);
  const second = await measure(page, '#results .card:nth-child(2) .badge');
  expect(second.keyBelowFold).not.toBeNull();
  expect(second.keyBelowFold!).toBeLessThanOrEqual(0);
  // The page still says what it is to a screen reader.
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Search the rules');
  await page.close();
});

it('shows how far a rule bends on every green and yellow result on a phone, with the second result on the first screen (found by a desk trial)', async () => {
  // The limit had been the last words of an answer cut to three lines: hidden on all 47 green
  // and yellow top cards of a desk trial at 360 px.
  const page = await openAt(browserOf(), inject('staffUrl'), '/search/?q=waive%20late%20fine', { width: 360, height: 740 });
  await resultsFor(page);
  const first = page.locator('#results .card').first();
  await expect(first.locator('.badge').getAttribute('data-color')).resolves.toBe('green');
  const limit = await first.locator('.card__limit').evaluate((element) => {
    const box = element.getBoundingClientRect();
    const label = element.querySelector('strong')!.getBoundingClientRect();
    return {
      label: element.querySelector('strong')!.textContent,
      shown: label.height > 0 && label.bottom <= box.bottom,
      bottom: box.bottom,
    };
  });
  expect(limit).toMatchObject({ label: 'Limit:', shown: true });
  expect(limit.bottom).toBeLessThanOrEqual(740);
  const second = await measure(page, '#results .card:nth-child(2) .badge');
  expect(second.keyBelowFold!).toBeLessThanOrEqual(0);
  await page.close();
});

it('lets the keyboard reach what scrolls sideways on a phone: the editing guide has no axe violations at 360 px (found by a new-user trial)', async () => {
  // Its code blocks and field tables scroll sideways there; a region that scrolls must take focus.
  const page = await openAt(browserOf(), inject('staffUrl'), '/guide/editing/', { width: 360, height: 740 }, { axe: true });
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

it('keeps each color badge inside its browse tile at any width, and no page wider than a phone with text spaced for reading (WCAG 1.4.10, 1.4.12; found by an accessibility audit)', async () => {
  // The text-spacing override of WCAG 1.4.12; the pages' policy allows no inline style, so it is let in for the test.
  const SPACING =
    '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
  for (const width of [320, 640, 1024]) {
    const page = await openAt(browserOf(), inject('staffUrl'), '/browse/', { width, height: 800 }, { axe: true });
    const spilled = await page.$$eval(
      '.counts a',
      (tiles) =>
        tiles.filter((tile) => {
          const badge = tile.querySelector('.badge')?.getBoundingClientRect();
          const box = tile.getBoundingClientRect();
          return badge !== undefined && (badge.right > box.right + 0.5 || badge.left < box.left - 0.5);
        }).length,
    );
    expect(spilled, `${width} px`).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${width} px`).toBeLessThanOrEqual(0);
    await page.close();
  }
  // The Spanish search page's "Tema" and its list had run past the screen's edge (found by an accessibility audit).
  for (const [base, path] of [
    ...['/', '/browse/', '/rules/weapons/', '/guide/colors/', '/search/'].map((path) => [inject('staffUrl'), path]),
    [inject('publicUrl'), '/es/search/'],
  ] as const) {
    const page = await openAt(browserOf(), base, path, { width: 320, height: 568 }, { axe: true });
    await page.addStyleTag({ content: SPACING });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
    await page.close();
  }
});

it('lets the keyboard reach the translations table where it scrolls sideways on a phone (found by an accessibility audit)', async () => {
  const page = await openAt(browserOf(), inject('staffUrl'), '/translations/', { width: 320, height: 568 }, { axe: true });
  const region = page.getByRole('region', { name: 'Translation status of each public rule' });
  await expect(region.getAttribute('tabindex')).resolves.toBe('0');
  expect(await axeViolations(page)).toEqual([]);
  // Focused, the arrow keys scroll it to the last language's column.
  await region.focus();
  await page.keyboard.press('End');
  for (let step = 0; step < 20; step++) await page.keyboard.press('ArrowRight');
  // Chromium scrolls by key smoothly, a frame at a time: under load the first frames come late.
  await expect.poll(() => region.evaluate((box) => box.scrollLeft), { timeout: 5_000 }).toBeGreaterThan(0);
  await page.close();
});

it('keeps every page inside a phone with its text at twice the size, the search field wide enough to read (WCAG 1.4.4, 1.4.10; found by a desk trial)', async () => {
  // A phone's large-text setting: everything here is sized in rem, so the root's size stands for it.
  const pages: [string, string][] = [
    ...STAFF.filter(([path]) => !path.startsWith('/signs/')).map(([path]) => [inject('staffUrl'), path] as [string, string]),
    ...PUBLIC.map(([path]) => [inject('publicUrl'), path] as [string, string]),
  ];
  for (const [base, path] of pages) {
    const page = await openAt(browserOf(), base, path, { width: 360, height: 740 });
    if (path.startsWith('/search/')) await resultsFor(page);
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
    const fit = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      // The narrowest visible search field, in characters of its own text.
      field: Math.min(
        ...[...document.querySelectorAll<HTMLInputElement>('input[type=search]')]
          .filter((input) => input.offsetParent !== null)
          .map((input) => input.clientWidth / parseFloat(getComputedStyle(input).fontSize)),
      ),
    }));
    expect(fit.overflow, `${new URL(path.slice(1), base).href}`).toBeLessThanOrEqual(0);
    expect(fit.field, `${new URL(path.slice(1), base).href}`).toBeGreaterThanOrEqual(6);
    await page.close();
  }
});

it('leaves room for the page under the header on a phone zoomed to 200% (WCAG 1.4.4; found by a desk trial)', async () => {
  // 375 × 667 zoomed to 200% is 187 × 333 CSS pixels: the header, one link a line, had filled
  // the whole first screen, and the page began below it.
  for (const [base, path] of [
    [inject('staffUrl'), '/rules/unattended-children/'],
    [inject('staffUrl'), '/browse/'],
    [inject('publicUrl'), '/rules/late-fees/'],
  ] as const) {
    const page = await openAt(browserOf(), base, path, { width: 187, height: 333 });
    const fit = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      header: document.querySelector('.site-header')!.getBoundingClientRect().bottom / window.innerHeight,
    }));
    expect(fit.overflow, path).toBeLessThanOrEqual(0);
    expect(fit.header, path).toBeLessThanOrEqual(0.85);
    await page.close();
  }
});
