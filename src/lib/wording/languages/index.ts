import { baseLanguage } from '../../languages.ts';
import type { WordingLanguage } from '../language.ts';
import { easeHits } from '../reading-ease.ts';
import { arabic } from './ar.ts';
import { english } from './en.ts';
import { spanish } from './es.ts';
import { french } from './fr.ts';

const KNOWN: Readonly<Record<string, (code: string) => WordingLanguage>> = { en: english, es: spanish, fr: french, ar: arabic };

const made = new Map<string, WordingLanguage>();

/**
 * The welcoming-language check of a language (by its base: `es-MX` is checked as Spanish). A
 * language with nothing built in still gets long sentences, by Unicode's word boundaries for it,
 * and the book's own glossary.
 */
export function wordingLanguage(code: string): WordingLanguage {
  let language = made.get(code);
  if (!language) {
    const known = KNOWN[baseLanguage(code)];
    language = known ? known(code) : { code, jargon: {}, readingHits: (text, targets) => easeHits(text, targets, code, undefined) };
    made.set(code, language);
  }
  return language;
}
