// Languages of a book: which is the source, how each is named and written, and a rule's text in each.
import { describe, expect, it } from 'vitest';
import { directionOf, languagePrefix, nameIn, nativeName, siteLanguages } from '../../src/lib/i18n/languages.ts';
import { localRule } from '../../src/lib/i18n/local-rule.ts';

describe('languages', () => {
  it('the first language is the source, at the root; the others live under their code', () => {
    const languages = siteLanguages({ languages: ['en', 'es', 'ar'] });
    expect(languages.source).toBe('en');
    expect(languagePrefix('en', languages)).toBe('');
    expect(languagePrefix('es', languages)).toBe('/es');
    expect(siteLanguages({}).all).toEqual(['en']);
  });

  it('Arabic, Hebrew, Urdu and Farsi are written right to left', () => {
    expect(['ar', 'he', 'ur', 'fa', 'ur-PK', 'en', 'es', 'fr', 'pt-BR'].map(directionOf)).toEqual([
      'rtl',
      'rtl',
      'rtl',
      'rtl',
      'rtl',
      'ltr',
      'ltr',
      'ltr',
      'ltr',
    ]);
  });

  it('names each language in itself for the switcher, and in the reader’s language for the notice', () => {
    expect(['en', 'es', 'fr', 'ar'].map(nativeName)).toEqual(['English', 'Español', 'Français', 'العربية']);
    expect(nameIn('en', 'es')).toBe('inglés');
  });
});

describe("a rule's text in a language", () => {
  const rule = {
    title: 'Phone calls',
    public_wording: 'Calls are welcome in the lobby.',
    intent: 'People concentrate here.',
    public_why: 'So everyone can concentrate.',
    translations: { es: { title: 'Llamadas', public_wording: 'Puede llamar en el vestíbulo.' } },
  };

  it('uses the translation field by field, and says which text is still in the source language', () => {
    const es = localRule(rule, 'es', 'en');
    expect(es.title).toEqual({ text: 'Llamadas', lang: 'es' });
    expect(es.why).toEqual({ text: 'So everyone can concentrate.', lang: 'en' });
    expect(es.complete).toBe(false);
    const full = localRule({ ...rule, translations: { es: { ...rule.translations.es, public_why: 'Para concentrarse.' } } }, 'es', 'en');
    expect(full.complete).toBe(true);
  });

  it('falls back to the source text where there is no translation at all', () => {
    const ar = localRule(rule, 'ar', 'en');
    expect([ar.title.lang, ar.wording.lang, ar.why.lang]).toEqual(['en', 'en', 'en']);
    expect(ar.wording.text).toBe('Calls are welcome in the lobby.');
  });
});
