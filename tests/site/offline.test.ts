// At a desk where the network drops: a staff member has opened the rule guide once; the network
// goes; every rule and every search still work, and the page says which build it is showing.
// Then the rules are rebuilt: the next visit brings the new build, and it replaces the old copy.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { NEXT_BUILD_SENTENCE } from '../setup/built-site.ts';
import { resultsFor, useBrowser } from '../helpers/browser.ts';
import { switchableHost, type SwitchableHost } from '../helpers/switchable-host.ts';

const browserOf = useBrowser();
const TIMEOUT = 120_000;

/** Opens the site and waits until the footer says this device has the offline copy. */
async function visitOnce(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await page.waitForFunction(() => (document.getElementById('offline-status')?.textContent ?? '') !== '', null, { timeout: 60_000 });
  // Written in the footer for whoever reads it, not announced at every page's load (found by an accessibility audit).
  expect(await page.locator('#offline-status').evaluate((note) => note.closest('[role="status"], [aria-live]'))).toBeNull();
  return (await page.locator('.build-stamp code').textContent()) ?? '';
}

/** Every address the site's offline copies hold, by cache. */
function kept(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const all: Record<string, string[]> = {};
    for (const name of await caches.keys()) all[name] = (await (await caches.open(name)).keys()).map((request) => request.url);
    return all;
  });
}

async function cutNetwork(host: SwitchableHost, context: BrowserContext): Promise<void> {
  host.point(undefined);
  await context.setOffline(true);
}

describe('offline staff mode', () => {
  it.each([
    ['at the root of its host', 'staffUrl'],
    ['under a base path', 'prefixedStaffUrl'],
  ] as const)(
    '%s: after one visit, any rule page and any search work with the network cut',
    async (_, served) => {
      const host = await switchableHost(inject(served));
      const context = await browserOf().newContext();
      try {
        const page = await context.newPage();
        const version = await visitOnce(page, host.url);
        expect(version).toMatch(/^[0-9a-f]{10}$/);
        await expect(page.locator('#build-label').textContent()).resolves.toBe('Build');
        await cutNetwork(host, context);

        // A rule page never opened before.
        await page.goto(new URL('rules/sleeping/', host.url).href);
        await expect(page.locator('h1').textContent()).resolves.toBe('Sleeping in the library');
        await expect(page.locator('.build-stamp').first().textContent()).resolves.toMatch(
          new RegExp(`^Offline copy of build ${version} from \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC$`),
        );
        // A search, as typed at the desk.
        await page.goto(new URL('search/?q=kids%20alone', host.url).href);
        const results = await resultsFor(page);
        expect(results[0]).toBe(new URL('rules/unattended-children/', host.url).pathname);
        await expect(page.locator('#results .card').first().textContent()).resolves.toContain('No one can override this.');
        // A page the book does not have is not found, offline as online: not "not saved" (found by a new-user trial).
        const missing = await page.goto(new URL('rules/no-such-rule/', host.url).href);
        expect(missing?.status()).toBe(404);
        await expect(page.locator('h1').textContent()).resolves.toBe('That page is not here');

        // One copy, of this site only: nothing from another origin or outside its folder.
        const copies = await kept(page);
        expect(Object.keys(copies)).toEqual([`rules-clarity offline ${host.url} ${version}`]);
        const urls = Object.values(copies).flat();
        expect(urls.length).toBeGreaterThan(150);
        expect(urls.filter((url) => !url.startsWith(host.url))).toEqual([]);
        expect(urls).toContain(new URL('pagefind/pagefind.js', host.url).href);
        expect(urls).toContain(new URL('search/words.txt', host.url).href);
      } finally {
        await context.close();
        await host.close();
      }
    },
    TIMEOUT,
  );

  it(
    'a network that hangs rather than drops is taken for down: the footer says it is the offline copy (found by a desk trial)',
    async () => {
      const host = await switchableHost(inject('staffUrl'));
      const context = await browserOf().newContext();
      try {
        const page = await context.newPage();
        const version = await visitOnce(page, host.url);
        // Wi-Fi up, the server out of reach: every request is taken and never answered.
        host.point('hang');
        await page.goto(new URL('rules/sleeping/', host.url).href);
        await expect(page.locator('h1').textContent()).resolves.toBe('Sleeping in the library');
        // It had said "Build" for ever, its own check of the network never answered.
        await page.waitForFunction(() => document.getElementById('build-label')?.textContent === 'Offline copy of build', null, {
          timeout: 20_000,
        });
        await expect(page.locator('.build-stamp code').first().textContent()).resolves.toBe(version);
        await page.goto(new URL('search/?q=kids%20alone', host.url).href);
        expect((await resultsFor(page))[0]).toBe(new URL('rules/unattended-children/', host.url).pathname);
      } finally {
        await context.close();
        await host.close();
      }
    },
    TIMEOUT,
  );

  it(
    'a new build replaces the offline copy, fetching only the files that changed',
    async () => {
      const host = await switchableHost(inject('staffUrl'));
      const context = await browserOf().newContext();
      try {
        const page = await context.newPage();
        const first = await visitOnce(page, host.url);

        // The rules are rebuilt; the next visit (online) brings the new build and its worker.
        host.point(inject('nextStaffUrl'));
        host.requests.length = 0;
        await page.goto(host.url);
        const second = (await page.locator('.build-stamp code').textContent()) ?? '';
        expect(second).toMatch(/^[0-9a-f]{10}$/);
        expect(second).not.toBe(first);
        // Until the new build is saved, the footer does not say it is (found by a desk trial).
        const claim = async () => ({
          status: (await page.locator('#offline-status').textContent()) ?? '',
          saved: Object.keys(await kept(page)).includes(`rules-clarity offline ${host.url} ${second}`),
        });
        await page.waitForFunction(() => (document.getElementById('offline-status')?.textContent ?? '') !== '');
        const early = await claim();
        if (early.status.startsWith('Saved')) expect(early.saved).toBe(true);
        await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
        const replaced = `rules-clarity offline ${host.url} ${second}`;
        for (let tries = 0; tries < 120 && JSON.stringify(Object.keys(await kept(page))) !== JSON.stringify([replaced]); tries++) {
          await page.waitForTimeout(500);
        }
        expect(Object.keys(await kept(page))).toEqual([replaced]);
        await page.reload();
        await page.waitForFunction(() => (document.getElementById('offline-status')?.textContent ?? '').startsWith('Saved on this device'));
        // The edited rule's page came again; Pagefind's unchanged WebAssembly was copied from the old copy.
        expect(host.requests).toContain('/rules/sleeping/');
        expect(host.requests).not.toContain('/pagefind/wasm.en.pagefind');

        await cutNetwork(host, context);
        await page.goto(new URL('rules/sleeping/', host.url).href);
        await expect(page.locator('main').textContent()).resolves.toContain(NEXT_BUILD_SENTENCE);
        await expect(page.locator('.build-stamp code').textContent()).resolves.toBe(second);
      } finally {
        await context.close();
        await host.close();
      }
    },
    TIMEOUT,
  );
});
