// The welcoming-language check in each language of the book: translations are public text, and
// each is read by its own language's rules, never by English patterns.
import { describe, expect, it } from 'vitest';
import { loadBook } from '../../src/lib/load-book.ts';
import { forbiddingHits } from '../../src/lib/wording/forbidding.ts';
import { wordingLanguage } from '../../src/lib/wording/languages/index.ts';
import { easeLabel, fernandezHuerta, kandelMoles, minimumEase } from '../../src/lib/wording/reading-ease.ts';
import { syllablesEs } from '../../src/lib/wording/syllables-es.ts';
import { syllablesFr } from '../../src/lib/wording/syllables-fr.ts';
import { sentences, wordsIn } from '../../src/lib/wording/text.ts';

const forbidden = (code: string, text: string) => {
  const { forbidding } = wordingLanguage(code);
  return forbiddingHits(text, forbidding!.phrases, forbidding!.hint).map((hit) => [hit.match, hit.word]);
};

describe('Spanish and French syllables, by their own spelling rules', () => {
  it.each([
    // Diphthongs share a syllable; strong vowels side by side, or an accented i or u, split.
    ['biblioteca', 4],
    ['ciudad', 2],
    ['día', 2],
    ['país', 2],
    ['leer', 2],
    ['aeropuerto', 5],
    ['huevo', 2],
    ['Uruguay', 3],
    // The u of que, qui, gue, gui is silent; ü is said.
    ['queso', 2],
    ['guitarra', 3],
    ['pingüino', 3],
    ['y', 1],
    ['hoy', 1],
    ['cafetería', 5],
    ['25', 1],
  ])('es: %s has %i', (word, count) => expect(syllablesEs(word)).toBe(count));

  it.each([
    ['bibliothèque', 4],
    // A mute final e or es is not said; é is.
    ['table', 1],
    ['livres', 1],
    ['été', 2],
    ['école', 2],
    // A diaeresis, or a vowel after é, opens a syllable.
    ['naïf', 2],
    ['réalité', 4],
    ['créer', 2],
    ['oiseau', 2],
  ])('fr: %s has %i', (word, count) => expect(syllablesFr(word)).toBe(count));
});

describe('sentences and words by Unicode rules for the language', () => {
  it('ends Spanish sentences at ? and !, and keeps ¿ ¡ out of the words', () => {
    const text = '¿Necesita más tiempo? Pídalo. ¡Bienvenido!';
    expect(sentences(text, 'es').map((sentence) => sentence.text)).toEqual(['¿Necesita más tiempo?', 'Pídalo.', '¡Bienvenido!']);
    expect(wordsIn(text, 'es')).toEqual(['Necesita', 'más', 'tiempo', 'Pídalo', 'Bienvenido']);
  });

  it('reads Arabic words and its question mark', () => {
    expect(sentences('هل تحتاج إلى سماعات؟ اطلبها منا.', 'ar').map((sentence) => sentence.text)).toEqual([
      'هل تحتاج إلى سماعات؟',
      'اطلبها منا.',
    ]);
    expect(wordsIn('اطلبها منا.', 'ar')).toEqual(['اطلبها', 'منا']);
  });
});

describe('reading ease per language', () => {
  it('applies Fernández-Huerta (Spanish) and Kandel–Moles (French) to the counts', () => {
    // 8 words, 2 sentences, 12 syllables.
    expect(fernandezHuerta(syllablesEs).score({ words: 8, sentences: 2, syllables: 12 })).toBeCloseTo(206.84 - 60 * 1.5 - 1.02 * 4);
    expect(kandelMoles(syllablesFr).score({ words: 8, sentences: 2, syllables: 12 })).toBeCloseTo(207 - 1.015 * 4 - 73.6 * 1.5);
  });

  it('holds every language to the ease of the same target grade, by Flesch’s table', () => {
    expect([5, 6, 7, 8, 9, 10, 12, 13, 17].map(minimumEase)).toEqual([90, 80, 70, 60, 60, 50, 50, 30, 0]);
    expect([95, 62, 55, 10].map(easeLabel)).toEqual(['very easy', 'plain', 'fairly difficult', 'very difficult']);
  });

  it('passes plain Spanish and flags officialese', () => {
    const targets = { grade: 8, longSentence: 25 };
    const plain = 'Puede hablar por teléfono en el vestíbulo o en la cafetería. En las salas de lectura, ponga el teléfono en silencio.';
    expect(wordingLanguage('es').readingHits(plain, targets)).toEqual([]);
    const official =
      'La utilización de las instalaciones requiere obligatoriamente la formalización anticipada de la correspondiente solicitud administrativa.';
    expect(
      wordingLanguage('es')
        .readingHits(official, targets)
        .map((hit) => hit.check),
    ).toEqual(['reading-level']);
  });
});

describe('forbidding phrasing per language', () => {
  it('Spanish: "Prohibido", "Está prohibido", "No se permite", "No" and an infinitive; not "No tiene que…"', () => {
    expect(forbidden('es', 'Está prohibido comer. Prohibida la entrada. No se permiten perros. No fumar. Se prohíbe correr.')).toEqual([
      ['Está prohibido', 'prohibido'],
      ['Prohibida', 'prohibido'],
      ['Se prohíbe', 'se prohíbe'],
      ['No se permiten', 'no se permite'],
      ['No fumar', 'no'],
    ]);
    expect(forbidden('es', 'No tiene que explicarnos nada. No se preocupe: puede comer en la cafetería.')).toEqual([]);
    expect(wordingLanguage('es').forbidding!.hint).toContain('"Puede hablar por teléfono en el vestíbulo"');
  });

  it('French: "Interdit de", "Il est interdit", "Défense de", "Ne pas", "Pas de"; not "Vous pouvez"', () => {
    expect(forbidden('fr', 'Il est interdit de manger. Défense de fumer. Ne pas courir. Pas de chiens. Vous pouvez téléphoner.')).toEqual([
      ['Il est interdit', 'interdit'],
      ['Défense de', 'défense de'],
      ['Ne pas', 'ne pas'],
      ['Pas de', 'pas de'],
    ]);
  });

  it('friendly idioms are not forbidding: "Pas de souci", "pas de problème", "No hay problema", "No se preocupe" (found by a French volunteer)', () => {
    expect(
      forbidden(
        'fr',
        "Pas de souci, demandez-nous. Pas de problème. Pas de panique : on vous aide. Pas d'inquiétude. Pas d’inquiétude. Pas de frais pour les enfants.",
      ),
    ).toEqual([]);
    expect(forbidden('es', 'No hay problema. No se preocupe: le ayudamos. Sin problema, puede volver mañana.')).toEqual([]);
    // As "No card? No problem" (found by a review).
    expect(forbidden('fr', "Pas de carte ? Pas de souci. Pas d'amende pour les enfants. Pas de réservation nécessaire.")).toEqual([]);
    // The apostrophe a French keyboard types forbids as the straight one does, under one name.
    expect(forbidden('fr', 'Pas d’animaux. Pas de soucoupes.')).toEqual([
      ['Pas d’', "pas d'"],
      ['Pas de', 'pas de'],
    ]);
  });

  it('Arabic: ممنوع and يُمنع, with or without the short vowel marks', () => {
    expect(forbidden('ar', 'ممنوع التدخين. يُمنع الأكل. يمنع الركض.').map(([, word]) => word)).toEqual(['ممنوع', 'يمنع', 'يمنع']);
  });
});

describe('translations in a book are checked in their language, each finding at its place', async () => {
  const dir = 'tests/fixtures/wording-languages';
  const book = await loadBook(dir, { today: '2026-11-25' });
  const lines = (file: string) =>
    book.findings.filter((f) => f.file === `${dir}/${file}`).map((f) => `${f.line}:${f.column} ${f.code} ${f.field}: ${f.message}`);

  it('Spanish: forbidding phrases, the built-in glossary and the book’s own (translations.es.jargon)', () => {
    expect(lines('spanish-sign.yaml')).toEqual([
      '10:25 jargon translations.es.title: "hemeroteca" is library jargon',
      '12:7 forbidding-wording translations.es.public_wording: "Prohibido" tells people what they cannot do',
      '12:37 forbidding-wording translations.es.public_wording: "No se permite" tells people what they cannot do',
      '13:7 forbidding-wording translations.es.public_wording: "No fumar" tells people what they cannot do',
      '13:29 jargon translations.es.public_wording: "OPAC" is library jargon',
      '13:52 jargon translations.es.public_wording: "bibliobús" is library jargon',
    ]);
    const bus = book.findings.find((f) => f.message.startsWith('"bibliobús"'));
    expect(bus?.hint).toBe('Say "biblioteca móvil" instead, the words a visitor uses.');
  });

  it('Spanish reading level and sentence length; plain French passes', () => {
    expect(lines('spanish-hard.yaml')).toEqual([
      '12:7 reading-level translations.es.public_wording: reads at 0 on the Fernández-Huerta scale (very difficult), below 60, the ease of the target grade 8',
      '12:7 long-sentence translations.es.public_wording: a sentence of 36 words (the target is 25 or fewer)',
    ]);
  });

  it('French forbidding phrases and jargon', () => {
    expect(lines('french-sign.yaml')).toEqual([
      '12:7 forbidding-wording translations.fr.public_wording: "Interdit" tells people what they cannot do',
      '12:47 forbidding-wording translations.fr.public_wording: "Défense de" tells people what they cannot do',
      '12:66 forbidding-wording translations.fr.public_wording: "Ne pas" tells people what they cannot do',
      '13:19 forbidding-wording translations.fr.public_wording: "ne sont pas autorisés" tells people what they cannot do',
      '13:66 jargon translations.fr.public_wording: "cote" is library jargon',
    ]);
  });

  it('Arabic forbidding phrases; German, with nothing built in, is skipped and said so once', () => {
    expect(lines('arabic-sign.yaml')).toEqual([
      '12:21 forbidding-wording translations.ar.public_wording: "ممنوع" tells people what they cannot do',
      '12:48 forbidding-wording translations.ar.public_wording: "يُمنع" tells people what they cannot do',
    ]);
    expect(book.notes).toEqual([
      'Reading level is not checked in Arabic (ar): no standard readability formula for it is built in (long sentences and jargon are checked).',
      'Reading level is not checked in German (de): no standard readability formula for it is built in (long sentences and jargon are checked).',
      'Forbidding phrasing is not checked in German (de): no phrases for it are built in.',
    ]);
  });

  it('a `wording_ok` allowance covers the same word in a translation', () => {
    expect(lines('allowed.yaml')).toEqual([]);
  });
});
