// The relevance sets (tests/relevance/*.json): situational queries written from the desk's side,
// each with the rule(s) that answer it, run through the real search page in Chromium.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export interface RelevanceCase {
  query: string;
  /** Rule ids that answer it; any of them in the top places counts. */
  expect: string[];
  kind: 'situation' | 'typo' | 'jargon' | 'slang';
}

export interface RelevanceRun {
  query: string;
  kind: RelevanceCase['kind'];
  expect: string[];
  /** The rule ids shown, in order. */
  shown: string[];
  /** 1-based place of the first expected rule, or undefined when it is not shown. */
  place: number | undefined;
}

export function readRelevanceSet(file: string): RelevanceCase[] {
  return JSON.parse(readFileSync(file, 'utf8')) as RelevanceCase[];
}

/** Types each query into the search page of the site at `base`, as a person would, and records where the answer lands. */
export async function runRelevanceSet(browser: Browser, base: string, cases: readonly RelevanceCase[]): Promise<RelevanceRun[]> {
  const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
  await page.goto(new URL('search/', base).href);
  const runs: RelevanceRun[] = [];
  try {
    for (const { query, expect, kind } of cases) {
      await page.evaluate(() => {
        document.body.dataset.search = 'idle';
      });
      await page.fill('#q', query);
      await page.press('#q', 'Enter');
      await page.waitForSelector('body[data-search="done"], body[data-search="failed"]');
      const shown = await page.$$eval('#results .card__title', (links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/').filter(Boolean).at(-1) ?? ''),
      );
      const places = expect.map((id) => shown.indexOf(id)).filter((index) => index >= 0);
      runs.push({ query, kind, expect, shown, place: places.length > 0 ? Math.min(...places) + 1 : undefined });
    }
  } finally {
    await page.close();
  }
  return runs;
}

/** Share of queries whose answer is within the top `n` results. */
export function topShare(runs: readonly RelevanceRun[], n: number): number {
  return runs.filter((run) => run.place !== undefined && run.place <= n).length / runs.length;
}
