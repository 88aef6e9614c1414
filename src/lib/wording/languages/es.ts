import type { ForbiddingPhrase } from '../forbidding.ts';
import { asWord, END, SENTENCE_START, START, type WordingLanguage } from '../language.ts';
import { easeHits, fernandezHuerta } from '../reading-ease.ts';
import { syllablesEs } from '../syllables-es.ts';

// How Spanish signs forbid: "Prohibido…", "Está prohibido", "No se permite…", "No fumar".
const FORBIDDING: readonly ForbiddingPhrase[] = [
  {
    pattern: new RegExp(`${START}(?:(?:est[áa]n?|queda[n]?)\\s+)?(?:terminantemente\\s+)?prohibid[oa]s?${END}`, 'giu'),
    word: () => 'prohibido',
  },
  { pattern: new RegExp(`${START}se\\s+proh[íi]be(?:n)?${END}`, 'giu'), word: () => 'se prohíbe' },
  {
    pattern: new RegExp(`${START}no\\s+se\\s+(?:permiten?|admiten?|pueden?|autorizan?|aceptan?)${END}`, 'giu'),
    word: () => 'no se permite',
  },
  {
    pattern: new RegExp(`${START}no\\s+(?:est[áa]n?|es|son)\\s+(?:permitid|autorizad)[oa]s?${END}`, 'giu'),
    word: () => 'no está permitido',
  },
  // A sign that opens with "No" and a verb's infinitive: "No fumar", "No comer ni beber".
  { pattern: new RegExp(`${SENTENCE_START}no\\s+\\p{L}+(?:ar|er|ir)(?:se)?${END}`, 'giu'), word: () => 'no' },
  {
    pattern: new RegExp(`${START}(?:nunca|jamás|terminantemente|bajo\\s+ningún\\s+concepto|en\\s+ningún\\s+caso)${END}`, 'giu'),
    word: asWord,
  },
];

/**
 * Library jargon in Spanish and the words visitors use. "Usuario" and "lector" are everyday words
 * and stay off the list.
 */
const JARGON: Readonly<Record<string, string>> = {
  OPAC: 'catálogo de la biblioteca',
  'Signatura topográfica': 'código en el lomo del libro',
  Signatura: 'código en el lomo del libro',
  'Préstamo interbibliotecario': 'pedir libros a otras bibliotecas',
  'Préstamos interbibliotecarios': 'pedir libros a otras bibliotecas',
  'Publicaciones periódicas': 'revistas y periódicos',
  Hemeroteca: 'sala de revistas y periódicos',
  'Mostrador de circulación': 'mostrador de préstamos',
  Circulación: 'préstamos y devoluciones',
  Desiderata: 'sugerencias de compra',
  Expurgo: 'retirada de libros viejos',
  'Servicio de referencia': 'ayuda para buscar información',
  'Fondo bibliográfico': 'libros y materiales de la biblioteca',
  Monografía: 'libro',
  'Sistema integrado de gestión bibliotecaria': 'sistema de la biblioteca',
};

// Words of nearly every Spanish sentence; none is an English one.
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'el la los las de del y usted ustedes es son para con su sus nosotros nuestro nuestra un una en por que se le lo al está puede'.split(
    ' ',
  ),
);

export function spanish(code: string): WordingLanguage {
  const formula = fernandezHuerta(syllablesEs);
  return {
    code,
    functionWords: FUNCTION_WORDS,
    forbidding: {
      phrases: FORBIDDING,
      hint: 'Say what people can do and where: "Puede hablar por teléfono en el vestíbulo" rather than "Prohibido usar el teléfono".',
    },
    jargon: JARGON,
    readingFormula: formula.name,
    readingHits: (text, targets) => easeHits(text, targets, code, formula),
  };
}
