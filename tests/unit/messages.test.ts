// The interface's words: every built-in catalogue has every message, with the same places to
// fill in, and a book's own wording replaces a built-in message for its language.
import { describe, expect, it } from 'vitest';
import { BUILT_IN, isMessageKey, messagesFor, placesOfMessage, PLURAL_FORMS } from '../../src/lib/i18n/catalogue.ts';
import { countMessage, fill, parts, placesOf, withColon, writtenDay } from '../../src/lib/i18n/format.ts';
import { en } from '../../src/lib/i18n/messages/en.ts';

describe('the message catalogues', () => {
  it('are built in for English, Spanish, French and Arabic', () => {
    expect(Object.keys(BUILT_IN).sort()).toEqual(['ar', 'en', 'es', 'fr']);
  });

  it.each(Object.keys(BUILT_IN))('%s has every message of the English catalogue, with the same places', (language) => {
    const catalogue = BUILT_IN[language]!;
    const missing = Object.keys(en).filter((key) => !(key in catalogue) || catalogue[key]!.trim() === '');
    expect(missing).toEqual([]);
    // Every message, plural forms too, by the rule `check` holds a book's own messages to: exactly
    // the English places, but a form for one number may say it in words ("قاعدة واحدة").
    for (const key of Object.keys(catalogue)) {
      const { needed, optional } = placesOfMessage(key);
      const written = placesOf(catalogue[key]!);
      expect(written.filter((place) => !optional.includes(place)).sort(), `${language} ${key}`).toEqual([...needed].sort());
    }
  });

  it.each(Object.keys(BUILT_IN))('%s has no message the English catalogue does not know (but plural forms)', (language) => {
    expect(Object.keys(BUILT_IN[language]!).filter((key) => !isMessageKey(key))).toEqual([]);
  });

  it('every plural form a language needs for a counted message is there or falls back to .other', () => {
    const counted = Object.keys(en).filter((key) => key.endsWith('.other'));
    expect(counted.length).toBeGreaterThan(0);
    for (const language of Object.keys(BUILT_IN))
      for (const key of counted) {
        const base = key.slice(0, -'.other'.length);
        const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        for (const form of forms)
          expect(BUILT_IN[language]![`${base}.${form}`] ?? BUILT_IN[language]![key], `${language} ${base}.${form}`).toBeTruthy();
      }
    expect(PLURAL_FORMS).toContain('few');
  });

  it('are not the English text under another name', () => {
    for (const language of ['es', 'fr', 'ar']) {
      const same = (Object.keys(en) as (keyof typeof en)[]).filter(
        (key) => BUILT_IN[language]![key] === en[key] && /[a-z]{4}/.test(en[key]),
      );
      // Words spelled alike in both languages ("Color", "Site", "page {page}") are allowed; sentences are not.
      const sentences = same.filter((key) => (en[key].replace(/\{\w+\}/g, '').match(/\p{L}{2,}/gu) ?? []).length > 1);
      expect(sentences, language).toEqual([]);
    }
  });
});

describe('messages of a page', () => {
  it('fills in places, and picks the plural form the language uses', () => {
    const es = messagesFor('es');
    expect(es.t('pages.status', { page: 2, pages: 5 })).toBe('Página 2 de 5');
    expect(es.count('search.found', 1)).toBe('1 norma encontrada.');
    expect(es.count('search.found', 3)).toBe('3 normas encontradas.');
    const ar = messagesFor('ar');
    expect(ar.count('search.found', 2)).toBe('وجدنا قاعدتين.');
    expect(ar.count('search.found', 1)).toBe('وجدنا قاعدة واحدة.');
  });

  it("takes the book's own wording over the built-in one, and ignores a key no catalogue has", () => {
    const es = messagesFor('es', { 'rule.why': 'Por qué se lo pedimos', 'no.such.key': 'x' });
    expect(es.t('rule.why')).toBe('Por qué se lo pedimos');
    expect(es.all['no.such.key']).toBeUndefined();
    expect(es.t('nav.search')).toBe('Buscar');
  });

  it('a region falls back to its language, and a language without a catalogue reads English marked as English', () => {
    expect(messagesFor('es-MX').t('nav.search')).toBe('Buscar');
    expect(messagesFor('es-MX').language).toBe('es-MX');
    const pl = messagesFor('pl');
    expect(pl.t('nav.search')).toBe('Search');
    expect(pl.language).toBe('en');
    const complete = messagesFor('pl', Object.fromEntries(Object.keys(en).map((key) => [key, `pl ${key}`])));
    expect(complete.language).toBe('pl');
  });

  it('splits a message around the elements placed in it', () => {
    expect(parts('Actualizado el {date}')).toEqual(['Actualizado el ', { place: 'date' }, '']);
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(countMessage({ 'x.other': '{count} things' }, 'en', 'x', 1200)).toBe('1,200 things');
  });

  it('writes a day as the language writes dates, the same day in every time zone', () => {
    expect(writtenDay('2026-01-01', 'es')).toBe('1 de enero de 2026');
    expect(writtenDay('2026-11-27', 'fr')).toBe('27 novembre 2026');
    // Not a day: shown as it came, never "Invalid Date".
    expect(writtenDay('recently', 'es')).toBe('recently');
  });

  it('reads as French is printed (found by a French volunteer)', () => {
    // The first of the month is "1er", as "Mis à jour le 1er décembre 2026".
    expect(messagesFor('fr').t('rule.lastUpdated', { date: writtenDay('2026-12-01', 'fr') })).toBe('Mis à jour le 1er décembre 2026');
    expect(writtenDay('2026-12-11', 'fr-CA')).toBe('11 décembre 2026');
    expect(writtenDay('2026-12-01', 'es')).toBe('1 de diciembre de 2026');
    // "Voir les 7 du sujet" had left out what there are 7 of.
    expect(messagesFor('fr').t('home.allInTopic', { count: 7, topic: 'emprunts' })).toBe(
      'Voir les 7 règles du sujet «\u00A0emprunts\u00A0»',
    );
    // One apostrophe, the typographic one; a no-break space before : ; ! ? and inside « », never a
    // plain one a line could break at, nor none at all.
    const french = Object.entries(BUILT_IN.fr!);
    expect(french.filter(([, text]) => text.includes("'")).map(([key]) => key)).toEqual([]);
    expect(french.filter(([, text]) => /(?:^|[^\u00A0\u202F])[:;!?»]|«(?!\u00A0)/u.test(text)).map(([key]) => key)).toEqual([]);
    // The feed's title joins the organisation and its name as French does.
    expect(withColon('Bibliothèque de Riverside', 'Mises à jour récentes', 'fr')).toBe(
      'Bibliothèque de Riverside\u00A0: Mises à jour récentes',
    );
    expect(withColon('Riverside Library', 'Recently updated', 'en')).toBe('Riverside Library: Recently updated');
  });
});
