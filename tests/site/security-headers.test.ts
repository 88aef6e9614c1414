// The site works under its own strict Content-Security-Policy, served as a static host serves
// the `_headers` file the build writes: search (Pagefind's WebAssembly and worker) included.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/security-headers.ts';
import { openAt, resultsFor, useBrowser } from '../helpers/browser.ts';

const browserOf = useBrowser();

/** Records every CSP violation and console error from the moment the page starts loading. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

describe.each([
  ['staff', () => inject('staffUrl')],
  ['public', () => inject('publicUrl')],
])('the %s edition', (edition, url) => {
  it('sends the security headers with every response', async () => {
    for (const path of ['/', '/rules/phone-calls/', '/search/', '/pagefind/pagefind.js']) {
      const response = await fetch(new URL(path, url()));
      expect(response.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-robots-tag')).toBe(edition === 'staff' ? 'noindex, nofollow' : null);
    }
    for (const path of ['/_headers', '//_headers', '/./_headers'])
      expect((await fetch(url().replace(/\/$/, '') + path)).status, path).toBe(404);
    // A folder without its slash redirects on this site, never to another host.
    const redirect = await fetch(`${url()}.//rules`, { redirect: 'manual' });
    expect(redirect.headers.get('location')).toBe('/rules/');
  });

  it('searches under the policy with nothing blocked', async () => {
    const page = await browserOf().newPage();
    const problems = await watch(page);
    const violations = () => page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
    await page.goto(new URL('/search/?q=phone', url()).href);
    expect((await resultsFor(page))[0]).toBe('/rules/phone-calls/');
    expect(await violations()).toEqual([]);
    await page.goto(new URL('/rules/phone-calls/', url()).href);
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('blocks an inline script: the policy is really applied', async () => {
    const page = await openAt(browserOf(), url(), '/');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ran).toBe(false);
    await page.close();
  });
});
