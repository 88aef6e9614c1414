// The offline copy, without a browser: what the build keeps and fetches first, the worker's
// scope, and the worker as the build writes it (a classic script that never answers for another
// origin). tests/site/offline.test.ts shows it working in Chromium with the network cut.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext, Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { addressOf, groupOf, planOffline, PRECACHE_BUDGET_BYTES } from '../../src/lib/offline/plan.ts';
import { BUILD_STAMP_MARKER, BUILD_STAMP_PLACE, buildStamp } from '../../src/lib/offline/stamp.ts';
import { MANIFEST_FILE, readSiteFiles, siteFile, withWrittenFiles, workerScript, writeOfflineCopy } from '../../src/lib/offline/write.ts';
import { inScope, pathIn } from '../../src/scripts/service-worker.ts';

const site = [
  { file: 'index.html', bytes: 3_000 },
  { file: '404.html', bytes: 2_000 },
  { file: 'offline/index.html', bytes: 2_000 },
  { file: 'search/index.html', bytes: 4_000 },
  { file: 'search/words.txt', bytes: 9_000 },
  { file: '_astro/site.abc123.css', bytes: 8_000 },
  { file: 'pagefind/pagefind.js', bytes: 47_000 },
  { file: 'pagefind/fragment/en_1a2b3c.pf_fragment', bytes: 400 },
  { file: 'pagefind/pagefind-ui.js', bytes: 126_000 },
  { file: 'rules/phone-calls/index.html', bytes: 15_000 },
  { file: 'signs/phone-calls/index.html', bytes: 5_000 },
  { file: 'changes.xml', bytes: 20_000 },
  { file: 'robots.txt', bytes: 60 },
  { file: '_headers', bytes: 900 },
  { file: 'sw.js', bytes: 5_000 },
  { file: 'offline.json', bytes: 5_000 },
];

describe('what the worker keeps', () => {
  it('pages by the address links use, everything else by its path', () => {
    expect(addressOf('index.html')).toBe('');
    expect(addressOf('rules/phone-calls/index.html')).toBe('rules/phone-calls/');
    expect(addressOf('404.html')).toBe('404.html');
    expect(addressOf('search/words.txt')).toBe('search/words.txt');
  });

  it('the shell and search are their own groups; rule pages, signs and lists are pages', () => {
    expect(groupOf('index.html')).toBe('shell');
    expect(groupOf('_astro/site.abc123.css')).toBe('shell');
    expect(groupOf('pagefind/fragment/en_1a2b3c.pf_fragment')).toBe('search');
    expect(groupOf('search/words.txt')).toBe('search');
    expect(groupOf('rules/phone-calls/index.html')).toBe('pages');
    expect(groupOf('signs/phone-calls/index.html')).toBe('pages');
  });

  it('leaves out host files, feeds, the worker itself and Pagefind’s unused UI bundles', () => {
    const kept = planOffline(site).kept.map((entry) => entry.file);
    for (const left of ['_headers', 'robots.txt', 'changes.xml', 'sw.js', 'offline.json', 'pagefind/pagefind-ui.js']) {
      expect(kept).not.toContain(left);
    }
    expect(kept).toContain('rules/phone-calls/index.html');
  });

  it('a book within the budget is fetched whole when the worker installs', () => {
    const plan = planOffline(site);
    expect(plan.whole).toBe(true);
    expect(plan.precache).toEqual(plan.kept.map((entry) => entry.path));
    expect(plan.bytes.precache).toBe(plan.bytes.all);
    expect(plan.bytes.all).toBe(3_000 + 2_000 + 2_000 + 4_000 + 9_000 + 8_000 + 47_000 + 400 + 15_000 + 5_000);
  });

  it('a book over the budget fetches the shell and search first, and keeps pages once visited', () => {
    const plan = planOffline(site, 80_000);
    expect(plan.whole).toBe(false);
    expect(plan.precache).toContain('');
    expect(plan.precache).toContain('search/');
    expect(plan.precache).toContain('pagefind/fragment/en_1a2b3c.pf_fragment');
    expect(plan.precache).not.toContain('rules/phone-calls/');
    // Still kept (on a visit): the worker keeps what the manifest lists.
    expect(plan.kept.map((entry) => entry.path)).toContain('rules/phone-calls/');
    expect(plan.bytes.precache).toBe(plan.bytes.all - 15_000 - 5_000);
    expect(PRECACHE_BUDGET_BYTES).toBeGreaterThan(plan.bytes.all);
  });
});

describe('the worker’s scope', () => {
  const scope = 'https://intranet.example.org/rule-guide/';
  it.each([
    ['https://intranet.example.org/rule-guide/rules/x/', 'GET', true],
    ['https://intranet.example.org/rule-guide/search/?q=kids', 'GET', true],
    ['https://intranet.example.org/rule-guide/rules/x/', 'POST', false],
    ['https://intranet.example.org/other-app/', 'GET', false],
    ['https://intranet.example.org/rule-guide-old/', 'GET', false],
    ['https://cdn.example.com/rule-guide/x.js', 'GET', false],
    ['http://intranet.example.org/rule-guide/', 'GET', false],
    ['not a url', 'GET', false],
  ])('%s (%s) is ours: %s', (url, method, ours) => {
    expect(inScope(url, method, scope)).toBe(ours);
  });

  it('a request’s path from the root, without its query', () => {
    expect(pathIn('https://intranet.example.org/rule-guide/search/?q=kids', scope)).toBe('search/');
    expect(pathIn('https://intranet.example.org/rule-guide/', scope)).toBe('');
  });
});

describe('the worker as the build writes it', () => {
  const script = workerScript({ version: 'abc1234567', manifest: 'offline.json', networkTimeoutMs: 4000 });

  it('is a classic script (no import, no export) that names its build', () => {
    expect(() => new Script(script)).not.toThrow();
    expect(script).toContain('build abc1234567');
    expect(script).not.toMatch(/^\s*(?:import|export)\b/m);
  });

  it('answers requests of its own site, and leaves every other origin to the browser', () => {
    const listeners: Record<string, (event: unknown) => void> = {};
    const fakeSelf = {
      registration: { scope: 'https://intranet.example.org/rule-guide/' },
      location: { href: 'https://intranet.example.org/rule-guide/sw.js' },
      addEventListener: (type: string, listener: (event: unknown) => void) => (listeners[type] = listener),
    };
    runInNewContext(script, { self: fakeSelf, URL, caches: {}, fetch: () => Promise.reject(new Error('no network')) });
    expect(Object.keys(listeners).sort()).toEqual(['activate', 'fetch', 'install']);
    const answered = (url: string, method = 'GET') => {
      let responded = false;
      listeners.fetch!({
        request: { url, method, mode: 'navigate' },
        respondWith: (promise: Promise<unknown>) => ((responded = true), promise.catch(() => {})),
      });
      return responded;
    };
    expect(answered('https://cdn.example.com/rule-guide/x.js')).toBe(false);
    expect(answered('https://intranet.example.org/elsewhere/')).toBe(false);
    expect(answered('https://intranet.example.org/rule-guide/rules/x/', 'POST')).toBe(false);
    expect(answered('https://intranet.example.org/rule-guide/sw.js')).toBe(false);
    expect(answered('https://intranet.example.org/rule-guide/offline.json')).toBe(false);
    // Its own pages it answers (here from nowhere: this fake has no cache and no network).
    expect(answered('https://intranet.example.org/rule-guide/rules/x/')).toBe(true);
  });
});

it('the build line names the version and the time of the build, in UTC', () => {
  expect(buildStamp('abc1234567', new Date('2026-11-27T11:55:30Z'))).toBe(
    '<p class="build-stamp"><span id="build-label">Build</span> <code>abc1234567</code> from <time datetime="2026-11-27T11:55:30.000Z">2026-11-27 11:55 UTC</time></p>',
  );
});

describe('the build line as the build writes it into each page', () => {
  /** A small staff site whose pages hold `marker` where the build line goes; its files once stamped. */
  function stamped(
    marker: string,
    built: Date,
    options: { head?: string; extra?: Record<string, string>; handedOver?: string[] } = {},
  ): { version: string; files: Record<string, string> } {
    const site = mkdtempSync(join(tmpdir(), 'rules-clarity-stamp-'));
    try {
      const page = (title: string) =>
        `<!doctype html><title>${title}</title>${options.head ?? ''}<main>${title}</main><footer>${marker}<p></p></footer>`;
      const files: Record<string, string> = {
        'index.html': page('Home'),
        'rules/phone-calls/index.html': page('Phone calls'),
        '_astro/site.css': 'body{margin:0}',
        ...options.extra,
      };
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(join(site, file, '..'), { recursive: true });
        writeFileSync(join(site, file), text);
      }
      // As the build does: the pages read while Pagefind indexes, its index and the word lists
      // handed over as written.
      const handed = (options.handedOver ?? []).map((file) => siteFile(site, join(site, file), Buffer.from(files[file]!)));
      const { version } = options.handedOver
        ? writeOfflineCopy(site, built, withWrittenFiles(readSiteFiles(site, ['pagefind']), handed))
        : writeOfflineCopy(site, built);
      const read = (file: string) => readFileSync(join(site, file), 'utf8');
      return { version, files: Object.fromEntries([...Object.keys(files), MANIFEST_FILE].map((file) => [file, read(file)])) };
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  }

  const built = new Date('2026-11-27T11:55:30Z');

  it('replaces the marker with the line, whether the layout padded it or not, to the same bytes and version', () => {
    const padded = stamped(BUILD_STAMP_PLACE, built);
    const bare = stamped(BUILD_STAMP_MARKER, built);
    expect(padded).toEqual(bare);
    expect(padded.files['index.html']).toBe(
      `<!doctype html><title>Home</title><main>Home</main><footer>${buildStamp(padded.version, built)}<p></p></footer>`,
    );
  });

  it('writes a line longer than the padding whole, the rest of the page unchanged', () => {
    const farOff = new Date('+010000-01-01T00:00:00Z');
    expect(buildStamp('0123456789', farOff).length).toBeGreaterThan(BUILD_STAMP_PLACE.length);
    const padded = stamped(BUILD_STAMP_PLACE, farOff);
    expect(padded).toEqual(stamped(BUILD_STAMP_MARKER, farOff));
    expect(padded.files['rules/phone-calls/index.html']).toContain(`${buildStamp(padded.version, farOff)}<p></p></footer>`);
  });

  it('finds the marker itself, not a rule quoting the start of it in the page’s head', () => {
    const head = '<meta name="description" content="Staff notes start with <!--rules-clarity:build-stamp so they stay hidden.">';
    const padded = stamped(BUILD_STAMP_PLACE, built, { head });
    expect(padded).toEqual(stamped(BUILD_STAMP_MARKER, built, { head }));
    expect(padded.files['index.html']).toContain(`${head}<main>Home</main><footer>${buildStamp(padded.version, built)}`);
  });

  it('stamps a page kept from the site it replaces over the earlier build’s line, to the same bytes and version', () => {
    const earlier = buildStamp('0123456789', new Date('2025-01-02T03:04:05Z'));
    expect(earlier.length).toBe(BUILD_STAMP_PLACE.length);
    const kept = stamped(earlier, built);
    expect(kept).toEqual(stamped(BUILD_STAMP_PLACE, built));
    expect(kept.files['index.html']).not.toContain('0123456789');
  });

  it('gives the same copy from pages read early and the files written after them handed over', () => {
    const extra = {
      'pagefind/pagefind-entry.json': '{"languages":{"en":{}}}',
      'pagefind/fragment/en_1a2b.pf_fragment': 'fragment',
      'search/words.txt': '#common 0\nphone\n',
    };
    const whole = stamped(BUILD_STAMP_PLACE, built, { extra });
    expect(JSON.parse(whole.files[MANIFEST_FILE]!).files).toHaveProperty('pagefind/fragment/en_1a2b.pf_fragment');
    expect(stamped(BUILD_STAMP_PLACE, built, { extra, handedOver: Object.keys(extra) })).toEqual(whole);
  });

  it('weighs pages against the download budget as they were before the padding', () => {
    // A book just under the budget with unpadded markers is fetched whole, padded or not.
    const pages = stamped(BUILD_STAMP_MARKER, built);
    const weight = Object.entries(pages.files)
      .filter(([file]) => file !== MANIFEST_FILE)
      .reduce(
        (sum, [, text]) =>
          sum +
          Buffer.byteLength(text) -
          (text.includes('build-stamp') ? buildStamp(pages.version, built).length - BUILD_STAMP_MARKER.length : 0),
        0,
      );
    const extra = { 'guide/handbook.pdf': 'x'.repeat(PRECACHE_BUDGET_BYTES - weight - 50) };
    const manifest = (marker: string) => JSON.parse(stamped(marker, built, { extra }).files[MANIFEST_FILE]!) as { precache: string[] };
    expect(manifest(BUILD_STAMP_PLACE).precache).toEqual(manifest(BUILD_STAMP_MARKER).precache);
    expect(manifest(BUILD_STAMP_PLACE).precache).toContain('rules/phone-calls/');
  });
});
