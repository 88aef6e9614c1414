// The binder at the service point: staff print every rule in one document, by topic, on Letter
// or A4, and can tell from the print whether it is current.
import { describe, expect, inject, it } from 'vitest';
import { binderTopics } from '../../src/lib/binder.ts';
import { bookVersion } from '../../src/lib/book-version.ts';
import { colorInfo } from '../../src/lib/colors.ts';
import { loadBook, localToday } from '../../src/lib/load-book.ts';
import { axeViolations, openAt, pdfPageCount, useBrowser } from '../helpers/browser.ts';

const browserOf = useBrowser();
const staffUrl = inject('staffUrl');
const book = await loadBook('policies', { today: localToday() });
const site = book.site!;
const rules = book.rules.map((rule) => rule.data);
const topics = binderTopics(site.categories, rules);

const MM = 96 / 25.4;
const PAPERS = [
  // Paper size and the binder's @page margins (15 mm each side, 16 mm top, 18 mm bottom).
  { format: 'Letter', width: 215.9 - 30, height: 279.4 - 34 },
  { format: 'A4', width: 210 - 30, height: 297 - 34 },
] as const;

describe('the rule binder', () => {
  it('is linked from the printable signs page', async () => {
    const page = await openAt(browserOf(), staffUrl, '/signs/');
    await page.getByRole('link', { name: 'every rule in one document to print' }).click();
    await page.waitForURL(/\/binder\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Rule binder');
    await page.close();
  });

  it('holds every rule once, by topic in the order of _site.yaml, each with its color as label and shape, answer, intent and situations', async () => {
    const page = await openAt(browserOf(), staffUrl, '/binder/');
    const sections = await page.locator('.binder-topic > h2').allTextContents();
    expect(sections.map((text) => text.trim())).toEqual(topics.map((topic) => `${topic.number}. ${topic.category}`));
    const ids = await page.locator('.binder-rule').evaluateAll((all) => all.map((rule) => rule.id));
    expect(ids).toEqual(topics.flatMap((topic) => topic.rules.map(({ rule }) => `rule-${rule.id}`)));
    for (const id of ['police-requests', 'phone-calls', 'late-fees']) {
      const rule = rules.find((candidate) => candidate.id === id)!;
      const article = page.locator(`#rule-${id}`);
      await expect(article.locator('.badge__label').textContent()).resolves.toBe(colorInfo[rule.color].label);
      await expect(article.locator(`.badge svg.shape--${colorInfo[rule.color].shape}`).count()).resolves.toBe(1);
      const text = (await article.textContent())!;
      expect(text).toContain(rule.intent);
      for (const example of rule.examples ?? []) expect(text).toContain(example.situation);
      expect(text).toContain(rule.color === 'red' ? rule.instead! : rule.bend!.how!);
    }
    await page.close();
  });

  it('has a contents list whose every entry opens its rule, numbered as in the binder', async () => {
    const page = await openAt(browserOf(), staffUrl, '/binder/');
    const entries = await page.locator('.binder-contents a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(entries.length).toBe(topics.length + rules.length);
    const missing = await page.evaluate(
      (hrefs) => hrefs.filter((target) => !target.startsWith('#') || !document.getElementById(target.slice(1))),
      entries,
    );
    expect(missing).toEqual([]);
    const first = topics[0]!.rules[0]!;
    await page
      .locator('.binder-contents')
      .getByRole('link', { name: `${first.number} ${first.rule.title}` })
      .click();
    await expect(page.locator(`#rule-${first.rule.id} .binder-rule__number`).textContent()).resolves.toBe(first.number);
    await page.close();
  });

  it('says when it was made and from which version of the rules', async () => {
    const page = await openAt(browserOf(), staffUrl, '/binder/');
    const stamp = (await page.locator('.binder-cover__stamp').textContent())!.replace(/\s+/g, ' ');
    expect(stamp).toContain(`Rules as of ${localToday()}`);
    expect(stamp).toContain(`version ${bookVersion(site, rules)}`);
    expect(stamp).toContain(`${rules.length} rules in ${topics.length} topics`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.binder-cover__stamp').isVisible()).resolves.toBe(true);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it.each(PAPERS)('keeps each rule on one page of $format: every rule fits a page and may not break', async ({ width, height }) => {
    const page = await openAt(browserOf(), staffUrl, '/binder/', { width: Math.floor(width * MM), height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const rulesOf = await page
      .locator('.binder-rule')
      .evaluateAll((all) =>
        all.map((rule) => ({ id: rule.id, height: rule.getBoundingClientRect().height, breakInside: getComputedStyle(rule).breakInside })),
      );
    expect(rulesOf.filter((rule) => rule.breakInside !== 'avoid')).toEqual([]);
    expect(rulesOf.filter((rule) => rule.height > height * MM).map((rule) => rule.id)).toEqual([]);
    const topicBreaks = await page.locator('.binder-topic').evaluateAll((all) => all.map((topic) => getComputedStyle(topic).breakBefore));
    expect(topicBreaks).toEqual(topics.map(() => 'page'));
    await page.close();
  });

  it('prints on Letter and on A4: a cover, the contents, each topic from a new page, never more pages than rules allow', async () => {
    const page = await openAt(browserOf(), staffUrl, '/binder/');
    for (const { format } of PAPERS) {
      const pdf = await page.pdf({ format });
      const pages = pdfPageCount(pdf);
      console.log(`binder on ${format}: ${pages} pages, ${pdf.length} bytes of PDF`);
      // The cover, at least a page of contents, and one page or more per topic...
      expect(pages).toBeGreaterThanOrEqual(2 + topics.length);
      // ...and at most a page per rule after a few of contents (no rule is longer than a page).
      expect(pages).toBeLessThanOrEqual(4 + rules.length);
    }
    await page.close();
  });

  it('has no axe violations', async () => {
    const page = await openAt(browserOf(), staffUrl, '/binder/', undefined, { axe: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
