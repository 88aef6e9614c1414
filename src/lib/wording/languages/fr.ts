import type { ForbiddingPhrase } from '../forbidding.ts';
import { asWord, END, SENTENCE_START, START, type WordingLanguage } from '../language.ts';
import { easeHits, kandelMoles } from '../reading-ease.ts';
import { syllablesFr } from '../syllables-fr.ts';

// "Pas de souci, demandez-nous" reassures; "Pas de chiens" forbids. After "pas de", these words make
// a friendly idiom or a welcome (no fees, no appointment), as English "no problem", "no charge" do
// (found by a French volunteer: "Pas de souci" had been told it says what people cannot do).
const WELCOMING_AFTER_PAS = [
  'souci',
  'soucis',
  'problème',
  'problèmes',
  'panique',
  'inquiétude',
  'inquiétudes',
  'frais',
  'rendez-vous',
  'attente',
  'limite',
  // As English "No card? No problem", "no fee", "no need" (found by a review).
  'carte',
  'amende',
  'amendes',
  'pénalité',
  'pénalités',
  'réservation',
  'inscription',
  'besoin',
];

// How French signs forbid: "Interdit de…", "Il est interdit", "Défense de…", "Ne pas…", "Pas de…".
const FORBIDDING: readonly ForbiddingPhrase[] = [
  {
    pattern: new RegExp(`${START}(?:il\\s+est\\s+)?(?:(?:strictement|formellement)\\s+)?(?:interdit|prohibé|défendu)e?s?${END}`, 'giu'),
    word: (found) => (/prohib/i.test(found) ? 'prohibé' : /défendu/i.test(found) ? 'défendu' : 'interdit'),
  },
  { pattern: new RegExp(`${START}défense\\s+d[e']`, 'giu'), word: () => 'défense de' },
  {
    pattern: new RegExp(`${START}(?:(?:ne\\s+(?:sont|est)|n['’]\\s*est)\\s+)?(?:pas|non)\\s+(?:autorisé|permis)e?s?${END}`, 'giu'),
    word: () => 'pas autorisé',
  },
  {
    pattern: new RegExp(`${SENTENCE_START}(?:ne\\s+pas|pas\\s+d[e'’](?!\\s*(?:${WELCOMING_AFTER_PAS.join('|')})${END}))`, 'giu'),
    word: (found) => asWord(found).replace('’', "'"),
  },
  { pattern: new RegExp(`${START}(?:jamais|strictement)${END}`, 'giu'), word: asWord },
];

/** Library jargon in French and the words visitors use. */
const JARGON: Readonly<Record<string, string>> = {
  OPAC: 'catalogue de la bibliothèque',
  PEB: 'emprunt à une autre bibliothèque',
  'Prêt entre bibliothèques': 'emprunt à une autre bibliothèque',
  Cote: 'étiquette au dos du livre',
  Périodiques: 'magazines et journaux',
  'Banque de prêt': 'accueil',
  Désherbage: 'retrait des livres anciens ou abîmés',
  Récolement: 'inventaire',
  Bulletinage: 'réception des magazines',
  Monographie: 'livre',
  SIGB: 'système de la bibliothèque',
};

// Words of nearly every French sentence; none is an English one.
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'le la les de des du et vous est sont pour avec votre vos nous notre nos un une en au aux dans sur que qui ne pas il elle ce cette'.split(
    ' ',
  ),
);

export function french(code: string): WordingLanguage {
  const formula = kandelMoles(syllablesFr);
  return {
    code,
    functionWords: FUNCTION_WORDS,
    forbidding: {
      phrases: FORBIDDING,
      hint: 'Say what people can do and where: "Vous pouvez téléphoner dans le hall" rather than "Interdit de téléphoner".',
    },
    jargon: JARGON,
    readingFormula: formula.name,
    readingHits: (text, targets) => easeHits(text, targets, code, formula),
  };
}
