// Each rule's history on the built sites, from a real git repository with dated commits: what a
// staff member sees on a rule page, on the recent-changes page and in the feed, what a visitor
// sees in the public edition, and what a shallow clone shows.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBook } from '../../src/lib/load-book.ts';
import { serveStatic, type StaticServer } from '../../src/server/static-server.ts';
import { axeViolations, launchBrowser, openAt } from '../helpers/browser.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';
import { findLeaks, readOutput, staffValues } from '../helpers/public-leaks.ts';

const repo = new TempRepo();
const shallow = mkdtempSync(join(tmpdir(), 'rules-clarity-shallow-site-'));
const out = mkdtempSync(join(tmpdir(), 'rules-clarity-history-site-'));
const STAFF = join(out, 'staff');
const PUBLIC = join(out, 'public');
const SHALLOW = join(out, 'shallow');
let browser: Browser;
let staffServer: StaticServer;

const DAY = 24 * 60 * 60 * 1000;
/** A commit date `days` before now, at 14:30 in UTC-05:00. */
function daysAgo(days: number): string {
  const date = new Date(Date.now() - days * DAY);
  return `${date.toISOString().slice(0, 10)}T14:30:00-05:00`;
}
const OLD = daysAgo(200);
const LOOSENED = daysAgo(20);
const STAFF_ONLY_EDIT = daysAgo(5);
const RETIRED = daysAgo(15);
const HOURS_RETIRED = daysAgo(16);
const hours = { title: 'Opening hours', rule: 'The hours rule.', intent: 'Why the hours.', public_wording: 'We are open every day.' };
const UNPUBLISHED = daysAgo(11);
const REVIEWED = daysAgo(3);
const snacksIntent = 'STAFF NOTE snacks bring mice to the stacks';

const staffIntent = 'STAFF NOTE keep the quiet floor calm for exams';
const quiet = (color: 'red' | 'green', extra: Record<string, unknown> = {}) =>
  ruleYaml('quiet-floor', color, {
    title: 'The quiet floor',
    intent: staffIntent,
    public_why: 'So everyone can read.',
    public_wording: 'You are welcome to read on the quiet floor.',
    // Translated once, at the start: the loosening's new wording leaves it out of date.
    translations: {
      es: {
        title: 'La planta silenciosa',
        public_wording: 'Le damos la bienvenida a la planta silenciosa.',
        public_why: 'Para que todos puedan leer.',
      },
    },
    ...extra,
  });

// Where the two editions say they are published: at the root of their hosts, so that pages link
// as they do without an address, while feeds need full addresses.
const STAFF_URL = 'https://staff.example.org/';
const PUBLIC_URL = 'https://library.example.org/';

/** What each build printed, by its output folder. */
const printed = new Map<string, string>();

function build(dir: string, outDir: string, edition: string, url?: string): void {
  const { RULES_PUBLIC_URL: _public, RULES_STAFF_URL: _staff, ...env } = process.env;
  const address = url === undefined ? {} : { [edition === 'public' ? 'RULES_PUBLIC_URL' : 'RULES_STAFF_URL']: url };
  const result = spawnSync(process.execPath, ['src/cli/rules-clarity.ts', 'build', '--dir', dir, '--out', outDir, '--edition', edition], {
    encoding: 'utf8',
    env: { ...env, ...address, NO_COLOR: '1' },
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
  printed.set(outDir, result.stdout + result.stderr);
}

/** Each review the filters leave shown: its line, then the titles of its rules left shown. */
function reviewsShown(view: Page): Promise<string[][]> {
  return view.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[aria-labelledby="reviews-heading"]:not([hidden]) [data-group]:not([hidden])')].map(
      (review) => [
        review.querySelector('[data-review-line]')!.textContent!,
        ...[...review.querySelectorAll<HTMLElement>('[data-group-rule]:not([hidden]) a')].map((link) => link.textContent!),
      ],
    ),
  );
}

function page(site: string, path: string): string {
  return readFileSync(join(site, path, 'index.html'), 'utf8');
}

beforeAll(async () => {
  repo.write(
    'policies/_site.yaml',
    'organisation: Test Library\ncategories: [Spaces, Fees]\nlanguages: [en, es]\nrepository: https://github.com/test-library/rules\n',
  );
  repo.write('policies/quiet-floor.yaml', quiet('red'));
  repo.write('policies/late-fees.yaml', ruleYaml('late-fees', 'yellow', { category: 'Fees', title: 'Late fees' }));
  repo.write('policies/secret.yaml', ruleYaml('secret', 'green', { public: false, title: 'The secret staff rule' }));
  // Three rules that leave: one deleted, one given a new id, one kept for staff only.
  repo.write(
    'policies/snacks.yaml',
    ruleYaml('snacks-upstairs', 'red', {
      title: 'Snacks upstairs',
      intent: snacksIntent,
      translations: { es: { title: 'Tentempiés arriba', public_wording: 'Le damos la bienvenida arriba.' } },
    }),
  );
  repo.write('policies/guest-wifi.yaml', ruleYaml('guest-wifi', 'red', { title: 'Wi-Fi for guests' }));
  repo.write('policies/lockers.yaml', ruleYaml('lockers', 'red', { title: 'Day lockers' }));
  repo.write('policies/old-hours.yaml', ruleYaml('old-hours', 'red', hours));
  repo.commitAt('Adopt the first rules', OLD);
  repo.write(
    'policies/quiet-floor.yaml',
    quiet('green', { public_wording: 'You are welcome to read and talk softly on the quiet floor.' }),
  );
  repo.commitAt('Let staff allow soft talk on the quiet floor', LOOSENED);
  // Given a new id, then retired under it: one retirement, at both addresses.
  repo.write('policies/opening-hours.yaml', ruleYaml('opening-hours', 'red', hours));
  repo.remove('policies/old-hours.yaml');
  repo.commitAt('Give the hours rule a clearer id', daysAgo(17));
  repo.remove('policies/opening-hours.yaml');
  repo.commitAt('Drop the hours rule', HOURS_RETIRED);
  repo.remove('policies/snacks.yaml');
  repo.commitAt('Retire the snacks rule', RETIRED);
  repo.write('policies/wifi.yaml', ruleYaml('wifi', 'red', { title: 'Wi-Fi for guests' }));
  repo.remove('policies/guest-wifi.yaml');
  repo.commitAt('Give the wifi rule a shorter id', daysAgo(12));
  repo.write('policies/lockers.yaml', ruleYaml('lockers', 'red', { title: 'Day lockers', public: false }));
  repo.commitAt('Keep the locker rule for staff', UNPUBLISHED);
  // Staff-only when it went: still no public trace.
  repo.remove('policies/lockers.yaml');
  repo.commitAt('Drop the locker rule', daysAgo(9));
  repo.write('policies/fees/late-fees.yaml', readFileSync(join(repo.dir, 'policies/late-fees.yaml'), 'utf8'));
  repo.remove('policies/late-fees.yaml');
  repo.commitAt('Sort the fee rules into a folder', daysAgo(10));
  repo.write(
    'policies/quiet-floor.yaml',
    quiet('green', { public_wording: 'You are welcome to read and talk softly on the quiet floor.', owner: 'Branch manager' }),
  );
  repo.commitAt('Name the owner of the quiet floor rule', STAFF_ONLY_EDIT);
  // The yearly review: two rules' review dates move, nothing they say changes.
  const dates = { reviewed: REVIEWED.slice(0, 10), review_by: '2099-01-31' };
  repo.write('policies/fees/late-fees.yaml', ruleYaml('late-fees', 'yellow', { category: 'Fees', title: 'Late fees', ...dates }));
  repo.write('policies/wifi.yaml', ruleYaml('wifi', 'red', { title: 'Wi-Fi for guests', ...dates }));
  repo.commitAt('Annual review done', REVIEWED);
  // The next review put off, nobody reviewed it (found by a policy clerk's trial: it read as reviewed).
  repo.write(
    'policies/fees/late-fees.yaml',
    ruleYaml('late-fees', 'yellow', { category: 'Fees', title: 'Late fees', ...dates, review_by: '2099-06-30' }),
  );
  repo.commitAt('Put off the fee review', daysAgo(2));

  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, shallow]);
  build(join(repo.dir, 'policies'), STAFF, 'staff', STAFF_URL);
  build(join(repo.dir, 'policies'), PUBLIC, 'public', PUBLIC_URL);
  build(join(shallow, 'policies'), SHALLOW, 'staff');
  browser = await launchBrowser();
  staffServer = await serveStatic(STAFF);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await staffServer?.close();
  repo.dispose();
  for (const dir of [shallow, out]) rmSync(dir, { recursive: true, force: true });
});

describe('a staff rule page', () => {
  it('says when the rule last changed, with a machine-readable date, and lists the commit subjects', () => {
    const html = page(STAFF, 'rules/quiet-floor');
    // Naming its owner changed only its record, which "Last changed" leaves out (found by a policy clerk's trial).
    expect(html).toContain(`Last changed <time datetime="${LOOSENED}">${LOOSENED.slice(0, 10)}</time>`);
    const subjects = [...html.matchAll(/class="history-subject">([^<]*)</g)].map((match) => match[1]);
    expect(subjects).toEqual([
      'Name the owner of the quiet floor rule',
      'Let staff allow soft talk on the quiet floor',
      'Adopt the first rules',
    ]);
  });

  it('links each change to its commit in the repository, for whoever asks who made it (found by a new-user trial)', () => {
    const html = page(STAFF, 'rules/quiet-floor');
    const commits = [...html.matchAll(/href="https:\/\/github\.com\/test-library\/rules\/commit\/([0-9a-f]{40})">Commit ([0-9a-f]{7})</g)];
    expect(commits).toHaveLength(3);
    for (const [, hash, short] of commits) expect(hash!.startsWith(short!)).toBe(true);
    expect(commits[0]![1]).toBe(repo.git('log', '-1', '--format=%H', '--', 'policies/quiet-floor.yaml'));
  });

  it('shows the color change first, marked as a loosening, then a word-by-word redline', () => {
    const html = page(STAFF, 'rules/quiet-floor');
    const loosening = html.slice(html.indexOf('Let staff allow soft talk'));
    expect(loosening).toMatch(/Color: Red → Green <strong class="loosened">Loosened/);
    expect(loosening.indexOf('Color: Red')).toBeLessThan(loosening.indexOf('public_wording'));
    expect(loosening).toContain('You are welcome to read <ins>and talk softly </ins>on the quiet floor.');
  });

  it('says beside a translation that it is out of date, and since when (found by a new-user trial)', () => {
    expect(page(STAFF, 'rules/quiet-floor')).toContain(
      `<span aria-hidden="true">!</span> Out of date: the English text changed after this translation, on ${LOOSENED.slice(0, 10)}. Visitors reading Spanish still see this.`,
    );
    expect(page(STAFF, 'rules/late-fees')).not.toContain('Out of date');
  });

  it('warns above a sign, and above its topic sheet, that its translation is out of date; never in print (found by a new-user trial)', () => {
    const warning = `Out of date: the English text of this sign changed after its Spanish translation, on ${LOOSENED.slice(0, 10)}. Print it once the translation is updated`;
    for (const variant of ['es', 'en-es']) expect(page(STAFF, `signs/quiet-floor/${variant}`), variant).toContain(warning);
    expect(page(STAFF, 'signs/quiet-floor/en-es')).toMatch(/<div class="sheet-note sheet-note--warning" role="note">/);
    expect(page(STAFF, 'signs/category/spaces/en-es')).toMatch(
      /changed after its translation\. Print it once updated[^]*<li>The quiet floor: Spanish, on /,
    );
    // The English sign says what the rule says now.
    expect(page(STAFF, 'signs/quiet-floor')).not.toContain('Out of date');
  });

  it('keeps the history of a rule whose file moved', () => {
    const html = page(STAFF, 'rules/late-fees');
    expect(html).toContain(`Last changed <time datetime="${OLD}">`);
    expect(html).toContain('Adopt the first rules');
    expect(html).not.toContain('Sort the fee rules into a folder');
  });

  it('does not count a review that only moved its review dates as its last change, but lists it (found by a new-user trial)', () => {
    const html = page(STAFF, 'rules/wifi');
    expect(html).toContain(`Last changed <time datetime="${daysAgo(12)}">`);
    expect(html).toContain('Annual review done');
    expect(html).toContain('<dt>Last reviewed</dt>');
  });

  it('links the feed from every kind of staff page', () => {
    const link = '<link rel="alternate" type="application/atom+xml" title="Rule changes (Atom)" href="/changes.xml">';
    for (const path of ['', 'rules/quiet-floor', 'browse', 'changes', 'signs', 'signs/quiet-floor'])
      expect(page(STAFF, path), path).toContain(link);
  });
});

describe('the recent-changes page and the feed', () => {
  it('lists the last 90 days, loosenings marked, and filters by color', async () => {
    const html = page(STAFF, 'changes');
    expect(html).toContain('Let staff allow soft talk on the quiet floor');
    expect(html).not.toContain('Adopt the first rules');
    const view = await openAt(browser, staffServer.url, '/changes/');
    try {
      await view.selectOption('select[name="color"]', 'yellow');
      await expect.poll(() => view.locator('[data-change]:visible').count()).toBe(0);
      // The loosening changed a red rule: it is listed, though the rule is green now (found by a new-user trial).
      await view.selectOption('select[name="color"]', 'red');
      await expect
        .poll(async () => (await view.locator('[data-change]:visible').allTextContents()).join('\n'))
        .toContain('Let staff allow soft talk');
      // Reviews too: the wifi rule (red) was reviewed, the late-fees one (yellow) was not red
      // (found by a policy clerk's trial: "2 rules reviewed" under every filter).
      await expect.poll(() => reviewsShown(view)).toEqual([['1 rule reviewed', 'Wi-Fi for guests']]);
      await view.selectOption('select[name="color"]', 'yellow');
      await expect
        .poll(() => reviewsShown(view))
        .toEqual([
          ['Next review date moved for 1 rule', 'Late fees'],
          ['1 rule reviewed', 'Late fees'],
        ]);
      await view.selectOption('select[name="color"]', 'green');
      await expect.poll(() => view.locator('[aria-labelledby="reviews-heading"]').isVisible()).toBe(false);
      const shown = await view.locator('[data-change]:visible').allTextContents();
      // The owner named later is under Record keeping, which the filters follow too.
      expect(shown).toHaveLength(1);
      expect(shown.join(' ')).toContain('Loosened');
      const records = view.locator('[aria-labelledby="records-heading"]');
      await expect.poll(() => records.isVisible()).toBe(true);
      await view.selectOption('select[name="topic"]', 'Fees');
      await expect.poll(() => records.isVisible()).toBe(false);
      await view.selectOption('select[name="topic"]', '');
      await view.check('input[name="loosened"]');
      await expect.poll(() => records.isVisible()).toBe(false);
      await expect.poll(() => view.locator('[data-change]:visible').count()).toBe(1);
      // The view is in the address, to bookmark or send (found by a new-user trial).
      expect(new URL(view.url()).search).toBe('?color=green&loosened=on');
    } finally {
      await view.close();
    }
    const byTopic = await openAt(browser, staffServer.url, '/changes/?topic=Spaces&loosened=on');
    try {
      // A review loosens nothing.
      await expect.poll(() => byTopic.locator('[aria-labelledby="reviews-heading"]').isVisible()).toBe(false);
      await byTopic.uncheck('input[name="loosened"]');
      await expect.poll(() => reviewsShown(byTopic)).toEqual([['1 rule reviewed', 'Wi-Fi for guests']]);
    } finally {
      await byTopic.close();
    }
    const shared = await openAt(browser, staffServer.url, '/changes/?color=green&loosened=on');
    try {
      await expect.poll(() => shared.locator('[data-change]:visible').count()).toBe(1);
      await expect(shared.locator('select[name="color"]').inputValue()).resolves.toBe('green');
    } finally {
      await shared.close();
    }
  });

  it('says "removed:" and "added:" to a screen reader in a redline, hidden to the eye (found by an accessibility audit)', async () => {
    const view = await openAt(browser, staffServer.url, '/changes/');
    try {
      const said = await view.evaluate(() => {
        const del = document.querySelector('.redline del')!;
        const ins = document.querySelector('.redline ins')!;
        const before = (element: Element) => getComputedStyle(element, '::before');
        return [before(del).content, before(ins).content, before(del).width, getComputedStyle(del, '::after').content];
      });
      expect(said).toEqual(['"removed: "', '"added: "', '1px', '"; "']);
    } finally {
      await view.close();
    }
  });

  it('lists a review that only moved review dates once, apart from the changes, and leaves it out of the feed (found by a new-user trial)', () => {
    const html = page(STAFF, 'changes');
    const list = html.slice(html.indexOf('<ol class="changes-list"'), html.indexOf('</ol>'));
    expect(list).not.toContain('Annual review done');
    const reviews = html.slice(html.indexOf('<h2 id="reviews-heading">'));
    expect(reviews).toContain(
      `<time datetime="${REVIEWED}">${REVIEWED.slice(0, 10)}</time> · <span data-review-line>2 rules reviewed</span>`,
    );
    expect(reviews.match(/Annual review done/g)).toHaveLength(1);
    expect(reviews).toContain(
      `<time datetime="${daysAgo(2)}">${daysAgo(2).slice(0, 10)}</time> · <span data-review-line>Next review date moved for 1 rule</span>`,
    );
    expect(reviews).not.toContain('1 rule reviewed');
    expect(reviews).toMatch(/<a href="\/rules\/late-fees\/">Late fees<\/a>\s*· next review by <time datetime="2099-01-31">/);
    expect(reviews).toContain('<a href="/rules/wifi/">Wi-Fi for guests</a>');
    // A commit that changed only a record (the owner), once, apart from the changes (found by a policy clerk's trial).
    expect(list).not.toContain('Name the owner of the quiet floor rule');
    const records = html.slice(html.indexOf('<h2 id="records-heading">'));
    expect(records).toContain(
      `<time datetime="${STAFF_ONLY_EDIT}">${STAFF_ONLY_EDIT.slice(0, 10)}</time> · <span data-group-count>1 rule</span>: <code>owner</code>`,
    );
    expect(records.match(/Name the owner of the quiet floor rule/g)).toHaveLength(1);
    expect(readFileSync(join(STAFF, 'changes.xml'), 'utf8')).not.toContain('Annual review done');
  });

  it('is a valid Atom feed that lists the change', async () => {
    const xml = readFileSync(join(STAFF, 'changes.xml'), 'utf8');
    const view = await browser.newPage();
    try {
      const feed = await view.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const ns = 'http://www.w3.org/2005/Atom';
        const root = doc.documentElement;
        const child = (element: Element, name: string) =>
          [...element.children].filter((c) => c.namespaceURI === ns && c.localName === name);
        return {
          parseError: doc.getElementsByTagName('parsererror').length > 0,
          root: `${root.namespaceURI} ${root.localName}`,
          feed: ['id', 'title', 'updated', 'author'].map((name) => child(root, name).length),
          updated: child(root, 'updated')[0]?.textContent,
          links: child(root, 'link').map((link) => `${link.getAttribute('rel')} ${link.getAttribute('href')}`),
          entries: child(root, 'entry').map((entry) => ({
            required: ['id', 'title', 'updated'].map((name) => child(entry, name).length),
            title: child(entry, 'title')[0]?.textContent,
            updated: child(entry, 'updated')[0]?.textContent,
            link: child(entry, 'link')[0]?.getAttribute('href'),
            content: child(entry, 'content')[0]?.textContent,
          })),
        };
      }, xml);
      expect(feed.parseError).toBe(false);
      expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
      expect(feed.feed).toEqual([1, 1, 1, 1]);
      // The owner named later changed only the rule's record: one entry for the commit, with its
      // rule, so a subscriber hears who now signs it off (found by a review).
      expect(feed.updated).toBe(STAFF_ONLY_EDIT);
      const owner = feed.entries.filter((entry) => entry.title?.includes('Name the owner of the quiet floor rule'));
      expect(owner.map((entry) => [entry.title, entry.link])).toEqual([
        ['Record keeping: Name the owner of the quiet floor rule', `${STAFF_URL}changes/`],
      ]);
      expect(owner[0]!.content).toContain('owner');
      // Full addresses, as feed readers need: the edition knows where it is published.
      expect(feed.links).toEqual([`self ${STAFF_URL}changes.xml`, `alternate ${STAFF_URL}changes/`]);
      const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
      for (const entry of feed.entries) {
        expect(entry.required).toEqual([1, 1, 1]);
        expect(entry.updated).toMatch(rfc3339);
      }
      const ids = new Set(feed.entries.map((entry) => entry.title));
      expect(ids.size).toBe(feed.entries.length);
      const loosening = feed.entries.find((entry) => entry.title === 'The quiet floor: Let staff allow soft talk on the quiet floor');
      expect(loosening).toMatchObject({ updated: LOOSENED, link: `${STAFF_URL}rules/quiet-floor/` });
      expect(loosening?.content).toContain('<ins>and talk softly </ins>');
    } finally {
      await view.close();
    }
  });
});

describe('a rule that leaves the book', () => {
  it('is listed on the recent-changes page as removed, with what it said, and no link to a page it no longer has', () => {
    const html = page(STAFF, 'changes');
    const item = html.slice(html.indexOf('Retire the snacks rule') - 600, html.indexOf('Retire the snacks rule') + 600);
    expect(item).toContain(`<time datetime="${RETIRED}">${RETIRED.slice(0, 10)}</time>`);
    expect(item).toContain('Snacks upstairs');
    expect(item).toContain('Rule removed.');
    expect(item).toContain(`<del>${snacksIntent}</del>`);
    expect(html).not.toContain('href="/rules/snacks-upstairs/"');
    // A new id is not a removal: the rule's page tells of it.
    expect(html).not.toMatch(/Wi-Fi for guests(?:(?!<li).)*Rule removed/s);
    expect(page(STAFF, 'rules/wifi')).toContain('Id changed from <code>guest-wifi</code>');
  });

  it('leaves a staff page at its address saying when it was removed and what it said, for bookmarks (found by a review)', async () => {
    const html = page(STAFF, 'rules/snacks-upstairs');
    expect(html).toContain('<h1>Snacks upstairs</h1>');
    expect(html).toContain(`Removed on <time datetime="${RETIRED}">${RETIRED.slice(0, 10)}</time>: “Retire the snacks rule”.`);
    expect(html).toContain(snacksIntent);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    // Not searched: only the rules in force are.
    expect(html).not.toContain('data-pagefind-body');
    // Retired under a later id: both addresses say so. A staff-only rule's too: staff knew it.
    for (const id of ['old-hours', 'opening-hours'])
      expect(page(STAFF, `rules/${id}`), id).toContain(`Removed on <time datetime="${HOURS_RETIRED}">`);
    expect(page(STAFF, 'rules/lockers')).toContain('“Drop the locker rule”');
    // A new id: staff are sent on to the rule.
    const moved = page(STAFF, 'rules/guest-wifi');
    expect(moved).toContain('<meta http-equiv="refresh" content="0; url=/rules/wifi/">');
    expect(moved).toContain('This rule has a new address: <a href="/rules/wifi/">Wi-Fi for guests</a>.');
    const view = await openAt(browser, staffServer.url, '/rules/snacks-upstairs/', undefined, { axe: true });
    try {
      expect(await axeViolations(view)).toEqual([]);
    } finally {
      await view.close();
    }
  });

  it('is in the staff feed, pointing to the recent-changes page', () => {
    const xml = readFileSync(join(STAFF, 'changes.xml'), 'utf8');
    const entry = xml.slice(xml.indexOf('<title>Snacks upstairs: Retire the snacks rule</title>'));
    expect(entry).toContain(`href="${STAFF_URL}changes/"`);
    expect(entry.slice(0, entry.indexOf('</entry>'))).toContain('Rule removed.');
  });

  it('leaves a public page at its address saying since when it no longer applies, for QR codes already printed', () => {
    const html = page(PUBLIC, 'rules/snacks-upstairs');
    expect(html).toContain('<h1>Snacks upstairs</h1>');
    expect(html).toContain(`This rule no longer applies. It was retired on <time datetime="${RETIRED}">${RETIRED.slice(0, 10)}</time>.`);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toContain('data-pagefind-body');
    // Not searched, nor listed for search engines; the rules still public are.
    const entry = JSON.parse(readFileSync(join(PUBLIC, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages.en?.page_count).toBe(3);
    const sitemap = readFileSync(join(PUBLIC, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${PUBLIC_URL}rules/wifi/</loc>`);
    expect(sitemap).not.toContain('snacks-upstairs');
    expect(sitemap).not.toContain('guest-wifi');
    // Made staff-only, it is the organisation's to keep from the public: no trace of it, even once deleted.
    expect(existsSync(join(PUBLIC, 'rules/lockers'))).toBe(false);
    // In Spanish, headed with its Spanish title (found by a new-user trial).
    const spanish = page(PUBLIC, 'es/rules/snacks-upstairs');
    expect(spanish).toContain('<h1>Tentempiés arriba</h1>');
    expect(spanish).toContain('<title>Tentempiés arriba · Test Library</title>');
    expect(page(PUBLIC, 'es/updates')).toContain('Tentempiés arriba');
    // Retired under its new id: the old address says so too, from the day it was retired.
    for (const id of ['old-hours', 'opening-hours'])
      expect(page(PUBLIC, `rules/${id}`), id).toContain(`It was retired on <time datetime="${HOURS_RETIRED}">`);
  });

  it('sends a visitor at its old id on to its new one', () => {
    const html = page(PUBLIC, 'rules/guest-wifi');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/rules/wifi/">');
    expect(html).toContain('This rule has moved to a new page: <a href="/rules/wifi/">Wi-Fi for guests</a>.');
  });

  it('is on the public recently-updated page and feed as no longer applying, with no staff text', async () => {
    const html = page(PUBLIC, 'updates');
    const at = html.indexOf('<a href="/rules/snacks-upstairs/">Snacks upstairs</a>');
    expect(at).toBeGreaterThan(0);
    expect(html.slice(at, html.indexOf('</li>', at))).toContain('No longer applies');
    expect(html).not.toContain('<a href="/rules/guest-wifi/">');
    // A rule retired after a new id is listed once, under the id it went with.
    expect(html.match(/>Opening hours</g)).toHaveLength(1);
    expect(html).toContain('<a href="/rules/opening-hours/">Opening hours</a>');
    const xml = readFileSync(join(PUBLIC, 'updates.xml'), 'utf8');
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="${PUBLIC_URL}rules/snacks-upstairs/"/>`);
    const all = (await readOutput(PUBLIC)).map((file) => file.text).join('\n');
    for (const staffText of [snacksIntent, 'Retire the snacks rule', 'Keep the locker rule for staff', 'Day lockers'])
      expect(all, staffText).not.toContain(staffText);
  });
});

/** `2026-11-27T…` → "27 de noviembre de 2026", written out here rather than by Intl as the page is. */
function spanishDay(iso: string): string {
  const months = [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ];
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${day} de ${months[month! - 1]} de ${year}`;
}

describe('the public edition', () => {
  it("keeps a feed entry's id when its rule later gets another id, so feed readers do not show it again (found by a new-user trial)", () => {
    const xml = readFileSync(join(PUBLIC, 'updates.xml'), 'utf8');
    const ids = [...xml.matchAll(/<id>(urn:[^<]*:(?:guest-wifi|wifi):[0-9a-f]+)<\/id>/g)].map((match) => match[1]!.split(':').at(-2));
    // Published as guest-wifi at the start; its id changed to wifi later.
    expect(ids).toContain('guest-wifi');
    expect(ids).toContain('wifi');
  });

  it('says when the public text was last updated, not when staff text changed', () => {
    const html = page(PUBLIC, 'rules/quiet-floor');
    expect(html).toContain(`Last updated <time datetime="${LOOSENED}">${LOOSENED.slice(0, 10)}</time>`);
    expect(html).toContain('<ins>and talk softly </ins>');
  });

  it('tells a reader of a translation that the source text changed since, with the date and a link to it', () => {
    const html = page(PUBLIC, 'es/rules/quiet-floor');
    expect(html).toContain(
      `Puede que esta traducción no esté al día: el texto en inglés se actualizó el <time datetime="${LOOSENED}">${spanishDay(LOOSENED)}</time>. <a href="/rules/quiet-floor/" hreflang="en">Léalo en inglés.</a>`,
    );
    // Its own date is the translation's: the Spanish text has not changed since the start. Dates
    // read as Spanish writes them ("27 de noviembre de 2026"): 2026-11-27 reads backwards there.
    expect(html).toContain(`Actualizado el <time datetime="${OLD}">${spanishDay(OLD)}</time>`);
    expect(page(PUBLIC, 'rules/quiet-floor')).not.toContain('Read it in');
  });

  it("says so in lists and search results too, where its old text shows (found by a translator's trial)", () => {
    const topic = page(PUBLIC, 'es/browse/category/spaces');
    const card = topic.slice(topic.indexOf('La planta silenciosa'));
    expect(card.slice(0, card.indexOf('</li>'))).toContain('Puede que no esté al día');
    // For the search page to say it: a filter, which Pagefind does not search.
    expect(page(PUBLIC, 'es/rules/quiet-floor')).toContain('data-pagefind-filter="out_of_date:yes"');
    expect(page(PUBLIC, 'rules/quiet-floor')).not.toContain('out_of_date');
  });

  it("has a feed in each language, linked from that language's pages, with the rule as it reads there", () => {
    const xml = readFileSync(join(PUBLIC, 'es/updates.xml'), 'utf8');
    expect(xml).toContain('<title>Test Library: Cambios recientes</title>');
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${PUBLIC_URL}es/updates.xml"/>`);
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="${PUBLIC_URL}es/rules/quiet-floor/"/>`);
    expect(xml).toContain('<title>La planta silenciosa</title>');
    expect(xml).toContain('Le damos la bienvenida a la planta silenciosa.');
    expect(xml).toContain('urn:rules-clarity:test-library:public:es:feed');
    for (const path of ['es', 'es/rules/quiet-floor', 'es/updates'])
      expect(page(PUBLIC, path), path).toContain(
        '<link rel="alternate" type="application/atom+xml" title="Cambios recientes (Atom)" href="/es/updates.xml">',
      );
    // A space between the two sentences ("newest first.Follow the updates" ran together; found by a new-user trial).
    expect(page(PUBLIC, 'es/updates')).toContain('lo más reciente primero. <a href="/es/updates.xml">Siga los cambios</a>');
    // A rule not translated yet is listed with its English title, marked so (found by a new-user trial).
    expect(page(PUBLIC, 'es/updates')).toContain(
      '<a href="/es/rules/wifi/" lang="en">Wi-Fi for guests</a> <span class="in-source">(en inglés)</span>',
    );
    expect(page(PUBLIC, 'es/updates')).toContain('<a href="/es/rules/quiet-floor/">La planta silenciosa</a> · ');
  });

  it('lists the update on its recently-updated page and in its feed', () => {
    expect(page(PUBLIC, 'updates')).toContain('<a href="/rules/quiet-floor/">The quiet floor</a>');
    const xml = readFileSync(join(PUBLIC, 'updates.xml'), 'utf8');
    expect(xml).toContain('<title>The quiet floor</title>');
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${PUBLIC_URL}updates.xml"/>`);
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="${PUBLIC_URL}rules/quiet-floor/"/>`);
  });

  it('carries no staff text: no commit subject, staff intent, color change or staff-only rule', async () => {
    const book = await loadBook(join(repo.dir, 'policies'), { today: '2026-01-01' });
    const output = await readOutput(PUBLIC);
    expect(output.map((file) => file.file)).toContain('updates.xml');
    expect(
      findLeaks(
        output,
        staffValues(
          book.rules.map((rule) => rule.data),
          'Test Library',
        ),
      ),
    ).toEqual([]);
    const all = output.map((file) => file.text).join('\n');
    for (const staffText of [
      staffIntent,
      'Let staff allow soft talk',
      'Adopt the first rules',
      'Loosened',
      'The secret staff rule',
      'Branch manager',
    ])
      expect(all, staffText).not.toContain(staffText);
  });
});

describe('a shallow clone', () => {
  it('builds, and says the history is not available rather than giving a date', () => {
    const html = page(SHALLOW, 'rules/quiet-floor');
    expect(html).toContain('Last changed: history is not available in this build.');
    expect(html).not.toContain('Last changed <time');
    expect(html).not.toContain('history-subject');
    expect(page(SHALLOW, 'changes')).toContain('not available in this build');
    const xml = readFileSync(join(SHALLOW, 'changes.xml'), 'utf8');
    expect(xml).not.toContain('<entry>');
    // Built without an address, the feed's links stay relative to where it is served.
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="/changes.xml"/>');
  });

  it('says so where the build is watched, and how to get the history (found by a new-user trial)', () => {
    expect(printed.get(SHALLOW)).toMatch(
      /\nNote: the rule book is in a shallow clone \(git clone --depth\), so the site has no rule history: .*git fetch --unshallow/,
    );
    expect(printed.get(STAFF)).not.toContain('shallow');
  });
});
