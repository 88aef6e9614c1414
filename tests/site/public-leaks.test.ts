// The public edition must never show staff guidance: how far a rule bends, whom to ask, the
// internal wording, scenarios, owners, review dates, or any rule marked `public: false`.
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadBook } from '../../src/lib/load-book.ts';
import {
  decodePagefind,
  encodePagefind,
  findLeaks,
  readOutput,
  staffValues,
  type OutputText,
  type StaffValue,
} from '../helpers/public-leaks.ts';

const site = inject('publicSite');
let output: OutputText[];
let values: StaffValue[];

beforeAll(async () => {
  const book = await loadBook('policies', { today: '2026-11-25' });
  values = staffValues(
    book.rules.map((rule) => rule.data),
    book.site!.organisation,
  );
  output = await readOutput(site);
});

describe('the public edition of the sample book', () => {
  it('reads every kind of output: pages, scripts, and the decoded search index and fragments', () => {
    const kinds = new Set(output.map((file) => file.file.split('.').pop()));
    for (const kind of ['html', 'js', 'css', 'pf_fragment', 'pf_index', 'pf_filter', 'pf_meta']) expect(kinds, kind).toContain(kind);
    // The fragments hold the page text as written: proof that decoding works.
    const fragments = output
      .filter((file) => file.file.endsWith('.pf_fragment'))
      .map((file) => file.text)
      .join(' ');
    expect(fragments).toContain("You're welcome to take calls in the lobby or the café.");
  });

  it('has staff values to look for in every staff-only field', () => {
    const fields = new Set(values.map((value) => value.field.replace(/\[\d+\]/, '[]')));
    for (const field of [
      'rule',
      'bend.how',
      'bend.limit',
      'bend.ask',
      'instead',
      'examples[].situation',
      'examples[].response',
      'tags',
      'owner',
      'reviewed',
      'review_by',
      'adopted',
      'approved_by',
      'title',
      'intent',
      'id',
    ]) {
      expect(fields, field).toContain(field);
    }
    expect(values.length).toBeGreaterThan(300);
  });

  it('contains no staff-only value anywhere', () => {
    expect(findLeaks(output, values)).toEqual([]);
  });

  it("reads every language's pages and search index: the Spanish and Arabic ones too", async () => {
    const files = output.map((file) => file.file);
    for (const language of ['es', 'ar']) {
      expect(files, language).toContain(`${language}/rules/phone-calls/index.html`);
      expect(files, language).toContain(`${language}/search/words.txt`);
      // One Pagefind index per language: its metadata file is named after the language.
      expect(
        files.some((file) => new RegExp(`^pagefind/pagefind\\.${language}_\\w+\\.pf_meta$`).test(file)),
        language,
      ).toBe(true);
    }
    const fragments = output.filter((file) => file.file.endsWith('.pf_fragment')).map((file) => file.text);
    expect(fragments.some((text) => text.includes('Puede hablar por teléfono en el vestíbulo'))).toBe(true);
    expect(fragments.some((text) => text.includes('يسعدنا أن تُجري مكالماتك'))).toBe(true);
  });

  it('has no page for a rule marked public: false, in any language', async () => {
    const pages = await readdir(join(site, 'rules'));
    expect(pages).not.toContain('police-requests');
    expect(pages).toContain('phone-calls');
    expect(pages).toHaveLength(48);
    for (const language of ['es', 'ar']) {
      const translated = await readdir(join(site, language, 'rules'));
      expect(translated, language).not.toContain('police-requests');
      expect(translated, language).toHaveLength(48);
    }
  });
});

describe('the leak check can fail', () => {
  it('finds a staff value put into a page and into a search fragment', async () => {
    const copy = 'tests/.tmp/leaky-public-site';
    await cp(site, copy, { recursive: true, force: true });
    const page = join(copy, 'rules', 'late-fees', 'index.html');
    const html = await readFile(page, 'utf8');
    await writeFile(
      page,
      html.replace('</article>', '<p>Waive up to $20 in late fees per visit; above that, ask the supervisor on duty.</p></article>'),
    );
    const fragmentDir = join(copy, 'pagefind', 'fragment');
    const fragment = join(fragmentDir, ((await readdir(fragmentDir)) as string[])[0]!);
    const text = decodePagefind(await readFile(fragment));
    await writeFile(fragment, encodePagefind(text.replace('"content":"', '"content":"Head of borrowing services. ')));

    const leaks = findLeaks(await readOutput(copy), values);
    expect(leaks).toContainEqual(expect.objectContaining({ rule: 'late-fees', field: 'bend.limit', file: 'rules/late-fees/index.html' }));
    expect(leaks).toContainEqual(
      expect.objectContaining({
        field: 'owner',
        value: 'Head of borrowing services',
        file: expect.stringMatching(/^pagefind\/fragment\//),
      }),
    );
  });
});
