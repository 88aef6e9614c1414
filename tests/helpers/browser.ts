import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

// Debian's chromium; these flags keep it from reaching for the network this machine does not have.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true });
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core in the page (WCAG 2.x A and AA rules) and returns what it found. Open the page with `axe: true`. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })),
    }));
  });
}

/**
 * Page options for tests of what the server sends: the staff edition's offline worker would
 * otherwise download the whole site in the background at every page a test opens (each in a
 * new browser profile). tests/site/offline.test.ts lets it run.
 */
export const NO_OFFLINE_WORKER = { serviceWorkers: 'block' } as const;

/**
 * Opens a page of a served site, under its real Content-Security-Policy. `axe: true` lets the
 * test inject axe-core, an inline script that the policy rightly blocks.
 */
export async function openAt(
  browser: Browser,
  base: string,
  path: string,
  viewport = { width: 1024, height: 800 },
  options: { axe?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<Page> {
  const page = await browser.newPage({ viewport, bypassCSP: options.axe === true, colorScheme: options.colorScheme, ...NO_OFFLINE_WORKER });
  await page.goto(new URL(path, base).href);
  return page;
}

/** Chromium applies `autofocus` at the next rendering update, a moment after the load event. */
export async function searchBoxFocused(page: Page, id: string): Promise<void> {
  await page.waitForFunction((wanted) => document.activeElement?.id === wanted, id, { timeout: 5_000 });
}

/** Waits for the search page to show its results, and gives their paths in order. */
export async function resultsFor(page: Page): Promise<string[]> {
  await page.waitForSelector('body[data-search="done"]');
  return page.$$eval('#results .card__title', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** How many pages a PDF has (Chromium writes one `/Type /Page` object per page). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/** One Chromium for the test file: launched before its tests, closed after. Call at the top level. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
