// Settings of `_site.yaml` that let through public text the welcoming-language check held back,
// or change what the public edition shows: marked for review, where they had been listed among
// the rest (found by a reviewer's trial).
import { describe, expect, it } from 'vitest';
import { noChanges } from '../../src/lib/changes/diff.ts';
import { formatChangesMarkdown } from '../../src/lib/changes/markdown.ts';
import { siteSettingChanges } from '../../src/lib/changes/site-settings.ts';

const SITE = [
  'organisation: Test Library',
  'categories: [Spaces]',
  'languages: [en, es, fr]',
  'jargon:',
  '  ILL: Borrowing from other libraries',
  '  Periodicals: Magazines and newspapers',
  'translations:',
  '  es:',
  '    organisation: Biblioteca',
  '    jargon: {OPAC: catálogo, signatura: número}',
  '',
].join('\n');

const edited = (...edits: [string, string][]) => edits.reduce((text, [from, to]) => text.replace(from, to), SITE);
const reviews = (after: string) =>
  Object.fromEntries(siteSettingChanges(SITE, after).map((change) => [change.setting, change.review ?? null]));

const noRules = noChanges;

describe('site settings that need review', () => {
  it('marks the built-in glossary turned off, glossary words taken out and a lower bar for reading level', () => {
    expect(
      reviews(
        edited(
          ['languages:', 'builtin_jargon: false\nwording: {reading_grade: 10, long_sentence: 20}\nlanguages:'],
          ['  ILL: Borrowing from other libraries\n', ''],
          ['signatura: número', 'signatura: número de estante'],
        ),
      ),
    ).toEqual({
      builtin_jargon: 'the built-in glossary of library jargon is no longer checked',
      'wording.reading_grade': 'public text may need a higher reading grade (8 → 10)',
      // Shorter sentences are a stricter check.
      'wording.long_sentence': null,
      'jargon.ILL': 'a glossary word taken out: public text may use it unflagged',
      // A glossary entry reworded keeps the word flagged.
      'translations.es': null,
    });
  });

  it("marks a language's glossary words and a language taken out, and public colors switched either way", () => {
    expect(
      reviews(
        edited(
          ['[en, es, fr]', '[en, es]'],
          ['{OPAC: catálogo, signatura: número}', '{signatura: número}'],
          ['languages:', 'public_colors: true\nlanguages:'],
        ),
      ),
    ).toEqual({
      languages: 'French (fr) taken out: its part of the public edition (pages, search, signs) goes',
      'translations.es': 'a glossary word of Spanish (es) taken out (OPAC): public text may use it unflagged',
      public_colors: "the public edition will show each rule's color",
    });
    expect(siteSettingChanges(`${SITE}public_colors: true\n`, SITE)[0]?.review).toBe(
      "the public edition will stop showing each rule's color",
    );
    // Back to the default grade from a stricter one is a raise too.
    expect(siteSettingChanges(`${SITE}wording: {reading_grade: 6}\n`, SITE)[0]?.review).toBe(
      'public text may need a higher reading grade (6 → 8, the default)',
    );
  });

  it('leaves additions and stricter settings unmarked', () => {
    const stricter = edited(
      ['[en, es, fr]', '[en, es, fr, ar]'],
      ['jargon:', 'builtin_jargon: true\nwording: {reading_grade: 6}\njargon:\n  OPAC: Catalogue'],
    );
    expect(siteSettingChanges(SITE, stricter).filter((change) => change.review !== undefined)).toEqual([]);
  });

  it('puts them in the first line of the report and says why on each', () => {
    const markdown = formatChangesMarkdown(
      { ...noRules(), site: siteSettingChanges(SITE, edited(['languages:', 'builtin_jargon: false\nlanguages:'])) },
      'main',
    );
    expect(markdown).toBe(
      [
        '## Rule book changes since <code>main</code>',
        '',
        '**1 site setting changed: needs review**',
        '',
        'No rule changed.',
        '',
        '### Site settings',
        '',
        'Changed in `_site.yaml`: they apply to every page, the search and the checks.',
        '',
        '- <code>builtin\\_jargon</code>: (none) → <code>false</code>. **Needs review**: the built-in glossary of library jargon is no longer checked',
        '',
      ].join('\n'),
    );
  });
});
