// On a Spanish page, the link to the English search carries the query in English words where a
// Spanish group knows them: the Spanish words had found nothing there, or "Unblocking a website"
// for "un" (found by a visitor's trial).
import { describe, expect, it } from 'vitest';
import { planQuery } from '../../src/lib/search/plan.ts';
import { inSourceWords, sourceTerms } from '../../src/lib/search/source-terms.ts';
import { languageSynonyms, Thesaurus } from '../../src/lib/search/synonyms.ts';

describe("a query in the source language's words", () => {
  const groups = languageSynonyms('es');
  const terms = new Set(
    sourceTerms(groups, ['Lost items', 'Pay for a lost item, or bring a new copy.', 'Pets are welcome.'], [['dog', 'puppy']]),
  );
  const inEnglish = (query: string) =>
    inSourceWords(planQuery(query, new Thesaurus(groups), { colorFilter: false, language: 'es' }).concepts, terms);

  it("knows a group's words that the source texts or the source language's groups have", () => {
    expect(terms).toContain('lost');
    expect(terms).toContain('item');
    expect(terms).toContain('dog');
    expect(terms).not.toContain('libro');
    // Not a word of the book's source text: "wheelchair" here.
    expect(terms).not.toContain('wheelchair');
  });

  it('says each word in those, leaves a word no group has as typed, and drops the stop-words', () => {
    expect(inEnglish('perdí un libro')).toBe('lost item');
    expect(inEnglish('mi perro')).toBe('dog');
    expect(inEnglish('lanyard')).toBe('lanyard');
  });
});
