// The query layer's pure parts: how a desk worker's words are read, corrected and merged.
import { describe, expect, it } from 'vitest';
import { excerptAddsSomething } from '../../src/lib/search/excerpt.ts';
import { planQuery } from '../../src/lib/search/plan.ts';
import { corrected, rank, runQuery, type SearchEngine } from '../../src/lib/search/run-query.ts';
import { BUILTIN_SYNONYMS, Thesaurus, synonymGroups } from '../../src/lib/search/synonyms.ts';
import { closestWord, editDistance } from '../../src/lib/search/typo.ts';
import { Vocabulary, vocabularyFile } from '../../src/lib/search/vocabulary.ts';

const thesaurus = new Thesaurus(synonymGroups({ jargon: { ILL: 'Borrowing from other libraries', 'Holds shelf': 'Pickup shelf' } }));

describe('reading a query', () => {
  it('drops stop-words and keeps the words that say what happened', () => {
    const plan = planQuery('cop wants camera footage', thesaurus, { colorFilter: true });
    expect(plan.concepts.map((concept) => concept.typed)).toEqual(['cop', 'camera', 'footage']);
    expect(plan.concepts[0]!.terms).toContain('police');
  });

  it('keeps a phrase a synonym group knows together', () => {
    const plan = planQuery('mom has not come to pick up her son', thesaurus, { colorFilter: true });
    expect(plan.concepts.map((concept) => concept.typed)).toEqual(['mom', 'not', 'pick up', 'son']);
    expect(plan.concepts.find((concept) => concept.typed === 'pick up')!.terms).toContain('holds');
  });

  it('finds plural and singular forms in the groups ("kids" → child)', () => {
    expect(planQuery('kids', thesaurus, { colorFilter: true }).concepts[0]!.terms).toEqual(
      expect.arrayContaining(['kids', 'kid', 'child', 'children']),
    );
  });

  it('counts glossary pairs as synonyms both ways', () => {
    expect(planQuery('ILL', thesaurus, { colorFilter: true }).concepts[0]!.terms).toContain('borrowing from other libraries');
    expect(planQuery('pickup shelf', thesaurus, { colorFilter: true }).concepts[0]!.terms).toContain('holds shelf');
  });

  it('reads a query of only a color as that color filter, and a color word in a sentence as a word', () => {
    expect(planQuery('red rules', thesaurus, { colorFilter: true })).toEqual({ concepts: [], colors: ['red'] });
    expect(planQuery('Yellow', thesaurus, { colorFilter: true }).colors).toEqual(['yellow']);
    expect(planQuery('red rules', thesaurus, { colorFilter: false }).colors).toEqual([]);
    expect(planQuery('red stain on a book', thesaurus, { colorFilter: true }).concepts.map((concept) => concept.typed)).toEqual([
      'red',
      'stain',
      'book',
    ]);
  });

  it('searches stop-words when there is nothing else', () => {
    expect(planQuery('can I', thesaurus, { colorFilter: true }).concepts.map((concept) => concept.typed)).toEqual(['can', 'i']);
  });

  it('ships synonym groups with no empty or single-word groups', () => {
    for (const group of synonymGroups({})) expect(group.length).toBeGreaterThan(1);
    expect(BUILTIN_SYNONYMS.flat()).toEqual(
      expect.arrayContaining(['kid', 'child', 'cop', 'police', 'toilet', 'restroom', 'porn', 'adult content']),
    );
  });
});

describe('typos', () => {
  it('counts a swapped pair of letters as one edit', () => {
    expect(editDistance('metting', 'meeting', 2)).toBe(1);
    expect(editDistance('recieve', 'receive', 2)).toBe(1);
    expect(editDistance('skatebord', 'skateboard', 2)).toBe(1);
    expect(editDistance('library', 'printer', 2)).toBe(3);
  });

  it('corrects to the closest word, the more frequent one on a tie, within the allowed edits', () => {
    const vocabulary = ['children', 'unattended', 'meeting', 'melting'];
    expect(closestWord('unatended', vocabulary)).toBe('unattended');
    expect(closestWord('metting', vocabulary)).toBe('meeting');
    expect(closestWord('chidlren', vocabulary)).toBe('children');
    expect(closestWord('zebra', vocabulary)).toBeUndefined();
    // Too short to guess: "fee" is one letter from many words.
    expect(closestWord('kdi', ['kid'])).toBeUndefined();
    // A real word the book does not use is not forced onto one it does.
    expect(closestWord('wife', ['life'])).toBeUndefined();
    expect(closestWord('swearing', ['sharing'])).toBeUndefined();
  });

  it('builds the word list from the indexed pages: on most pages first, common ones counted, no stop-words or numbers', () => {
    const file = vocabularyFile(['Children and teens, 2025.', ...Array<string>(8).fill('Parking in the lot.'), 'Children need a carer.']);
    // "lot" and "parking" are on 8 of 10 pages: common; "children" on 2 is not.
    expect(file).toBe('#common 2\nlot\nparking\nchildren\ncarer\nteens\n');
    const vocabulary = Vocabulary.parse(file);
    expect(vocabulary.isCommon('parking')).toBe(true);
    expect(vocabulary.isCommon('children')).toBe(false);
    expect(vocabulary.standing('carers')).toBe('exact');
    expect(vocabulary.standing('teen')).toBe('prefix');
    expect(vocabulary.standing('car')).toBe('prefix');
    expect(vocabulary.standing('bicycle')).toBe('unknown');
  });
  it('reads the corrected query afresh, so a corrected word joins its phrase', async () => {
    const engine: SearchEngine = {
      search: async (term) =>
        term === 'waitlist' ? [{ id: 'waitlists', score: 5 }] : term === 'list' ? [{ id: 'borrowing-limits', score: 9 }] : [],
      vocabulary: async () => new Vocabulary(['waiting', 'list', 'waitlist']),
    };
    const result = await runQuery('wating list', engine, thesaurus, { pages: 10, colorFilter: true });
    expect(result.corrections).toEqual([{ from: 'wating', to: 'waiting' }]);
    expect(result.ids[0]).toBe('waitlists');
    expect(corrected('Wating LIST', result.corrections)).toBe('waiting LIST');
  });
});

describe('the cost of a search', () => {
  it('runs the whole query first, and needs no more when it finds a page of rules', async () => {
    const asked: string[] = [];
    const many = Array.from({ length: 12 }, (_, index) => ({ id: `rule-${index}`, score: 12 - index }));
    const engine: SearchEngine = {
      search: async (term) => (asked.push(term), term === 'quiet study' ? many : []),
      vocabulary: async () => new Vocabulary(['quiet', 'study']),
    };
    expect((await runQuery('quiet study', engine, thesaurus, { pages: 100, colorFilter: true })).ids).toEqual(many.map((page) => page.id));
    expect(asked).toEqual(['quiet study']);
  });

  it('does not search a synonym that another term already finds by its start', async () => {
    const asked: string[] = [];
    const engine: SearchEngine = {
      search: async (term) => (asked.push(term), []),
      vocabulary: async () => new Vocabulary(['print', 'printing', 'printer', 'copy', 'copies']),
    };
    await runQuery('print', engine, thesaurus, { pages: 100, colorFilter: true });
    expect(asked).toEqual(['print', 'copy', 'copies']);
  });
});

describe('merging per-word results', () => {
  it('ranks a page matching more of the words, and rarer ones, first', () => {
    const common = new Map([
      ['a', 1],
      ['b', 1],
      ['c', 1],
      ['d', 1],
    ]);
    const rare = new Map([['c', 1]]);
    expect(rank([common, rare], 10)[0]).toBe('c');
    expect(
      rank(
        [
          new Map([
            ['x', 5],
            ['y', 1],
          ]),
        ],
        10,
      ),
    ).toEqual(['x', 'y']);
  });

  it('never empties the results for one word no rule uses, and corrects a typo', async () => {
    const pages: Record<string, string[]> = {
      sleeping: ['sleeping'],
      table: ['sleeping', 'noise'],
      unattended: ['unattended-children'],
      child: ['unattended-children'],
    };
    const engine: SearchEngine = {
      search: async (term) =>
        term
          .split(' ')
          .map((word) => pages[word] ?? [])
          .reduce((a, b) => a.filter((id) => b.includes(id)))
          .map((id, index) => ({ id, score: 10 - index })),
      vocabulary: async () => new Vocabulary(['sleeping', 'table', 'unattended', 'child']),
    };
    const guy = await runQuery('zzqx asleep at table', engine, thesaurus, { pages: 10, colorFilter: true });
    expect(guy.ids[0]).toBe('sleeping');
    const typo = await runQuery('unatended child', engine, thesaurus, { pages: 10, colorFilter: true });
    expect(typo.corrections).toEqual([{ from: 'unatended', to: 'unattended' }]);
    expect(typo.ids[0]).toBe('unattended-children');
    const asTyped = await runQuery('unatended child', engine, thesaurus, { pages: 10, colorFilter: true, asTyped: true });
    expect(asTyped.corrections).toEqual([]);
    const nothing = await runQuery('tabel', engine, thesaurus, { pages: 10, colorFilter: true, asTyped: true });
    expect(nothing.ids).toEqual([]);
    expect(nothing.suggestions).toContain('table');
  });
});

describe('result cards', () => {
  it('shows an excerpt only when it adds words the card does not already show', () => {
    const shown = 'Sleeping in the library. Check first with the supervisor on duty. Wake the person gently.';
    expect(excerptAddsSomething('Wake the person <mark>gently</mark>.', shown)).toBe(false);
    expect(excerptAddsSomething('A man <mark>asleep</mark> at a table does not respond when spoken to.', shown)).toBe(true);
    expect(excerptAddsSomething('No marks in this excerpt at all.', shown)).toBe(false);
  });
});

describe('a query in another language', () => {
  it('drops no Spanish word for being an English stop-word, and reads no English color name', () => {
    // "come" (eats) and "me" are English stop-words; "red" is Spanish for network.
    const plan = planQuery('se come aquí', new Thesaurus([]), { colorFilter: true, language: 'es' });
    expect(plan.concepts.map((concept) => concept.typed)).toEqual(['se', 'come', 'aquí']);
    expect(planQuery('red', new Thesaurus([]), { colorFilter: true, language: 'es' })).toEqual({
      concepts: [{ typed: 'red', terms: ['red'] }],
      colors: [],
    });
    expect(planQuery('se come aquí', new Thesaurus([]), { colorFilter: true }).concepts.map((concept) => concept.typed)).toEqual([
      'se',
      'aquí',
    ]);
  });

  it("keeps a Spanish page's word list whole", () => {
    expect(vocabularyFile(['me gusta la red', 'come aquí'], 'es').split('\n')).toEqual(expect.arrayContaining(['me', 'come', 'red']));
    expect(vocabularyFile(['me gusta la red', 'come aquí'], 'en').split('\n')).not.toContain('come');
  });
});

describe("another language's stemming", () => {
  // Pagefind's Spanish stemmer matches "renovación" to a page that says "renovar"; the word list
  // (English stemming) does not know the form.
  const engine: SearchEngine = {
    search: async (term) => (term === 'renovación' ? [{ id: 'renewals', score: 4 }] : []),
    vocabulary: async () => new Vocabulary(['renovar', 'préstamos', 'renovaciones']),
  };

  it('asks the index for a word the list lacks before taking it for a typo', async () => {
    const result = await runQuery('renovación', engine, new Thesaurus([]), { pages: 10, colorFilter: false, language: 'es' });
    expect(result.ids).toEqual(['renewals']);
    expect(result.corrections).toEqual([]);
  });

  it('still corrects a typo the index does not find either', async () => {
    const result = await runQuery('renovaciomes', engine, new Thesaurus([]), { pages: 10, colorFilter: false, language: 'es' });
    expect(result.corrections).toEqual([{ from: 'renovaciomes', to: 'renovaciones' }]);
  });

  it('in English the word list decides, as before', async () => {
    const result = await runQuery('renovación', engine, new Thesaurus([]), { pages: 10, colorFilter: false });
    expect(result.ids).toEqual([]);
  });
});
