// On a Spanish page, the link to the English search carries the query in English words where a
// Spanish group knows them: the Spanish words had found nothing there, or "Unblocking a website"
// for "un" (found by a visitor's trial).
import { describe, expect, it } from 'vitest';
import { planQuery } from '../../src/lib/search/plan.ts';
import { inSourceWords, sourceWords } from '../../src/lib/search/source-terms.ts';
import { languageSynonyms, Thesaurus } from '../../src/lib/search/synonyms.ts';

describe("a query in the source language's words", () => {
  const groups = languageSynonyms('es');
  const texts = [
    'Lost items',
    'Pay for a lost item, or bring a new copy.',
    'Pets are welcome.',
    'Photos and video of events.',
    'Food in the café.',
  ];
  const words = sourceWords(groups, texts, [['dog', 'puppy']]);
  const inEnglish = (query: string) =>
    inSourceWords(planQuery(query, new Thesaurus(groups), { colorFilter: false, language: 'es' }).concepts, words);

  it("says each word as its group's own word in the source language, which the group ends with", () => {
    expect(inEnglish('perdí un libro')).toBe('lost item');
    expect(inEnglish('mi perro')).toBe('dog');
    // Not the first word of the group the source language has too: "video" is the cameras' word (found by a review).
    expect(inEnglish('tomar fotos')).toBe('tomar photo');
    expect(inEnglish('comer')).toBe('food');
  });

  it('leaves a word the source language has as it is, and a word no group has as typed', () => {
    expect(inEnglish('video')).toBe('video');
    expect(inEnglish('café')).toBe('café');
    expect(inEnglish('lanyard')).toBe('lanyard');
    // Not a property every object has (found by the second review).
    expect(inEnglish('constructor')).toBe('constructor');
  });
});
