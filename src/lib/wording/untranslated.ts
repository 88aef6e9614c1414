// Source text left in a translation: pasted in to be translated later, and then published as that
// language, inside its `lang`, with no "not translated yet" notice, and the rule counted as
// translated (found by a French volunteer: the English title and wording under `fr:`).
import { languageName } from '../languages.ts';
import type { Hit } from './hit.ts';
import type { WordingLanguage } from './language.ts';
import { sentences, wordsIn } from './text.ts';

/** Fewer words than this are too few to tell a language by, but for a marked short sentence. */
export const WORDS_TO_JUDGE = 6;

// Text in quotation marks of any common kind.
const QUOTED = /«[^»]*»|“[^”]*”|„[^“”]*[“”]|"[^"]*"|‘[^’]*’/gu;
/** A shorter sentence is judged only when half its words or more are the source's ("Please ask us."). */
const SHORT_SENTENCE = 3;

/** The two languages of a translated field: the one its rule is written in, and its own. */
export interface TranslationPair {
  source: WordingLanguage;
  target: WordingLanguage;
}

/** Text as a reader compares it: case and spacing do not make a translation. */
const comparable = (text: string) => text.toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Whether a passage reads as `source` rather than `target`: many of the source language's
 * function words ("the", "for", "please") and few of the target's. Undecided (false) for a
 * passage too short to tell ("Wi-Fi"), or a language with no function words known.
 */
export function readsAs(text: string, { source, target }: TranslationPair): boolean {
  if (!source.functionWords) return false;
  // A quoted screen label or name ("Cliquez sur « Sign in to your account »") is the source's on
  // purpose: its words are not counted (found by a review).
  const words = wordsIn(text.replace(QUOTED, ' '), target.code).map((word) => word.toLocaleLowerCase());
  const count = (set: ReadonlySet<string> | undefined) => (set ? words.filter((word) => set.has(word)).length : 0);
  const own = count(source.functionWords);
  const theirs = count(target.functionWords);
  if (own < 2 || words.length < SHORT_SENTENCE) return false;
  if (words.length < WORDS_TO_JUDGE) return own / words.length >= 0.5 && theirs === 0;
  // Measured on the sample book: 169 of its 177 English sentences of six words or more have 15%
  // or more of English function words; its 146 Spanish and Arabic ones have none.
  return own / words.length >= 0.15 && theirs < own / 2;
}

/**
 * A translated field's text left in the source language: the source field itself (case and
 * spacing aside), or, in prose, sentences that read as the source language (or the whole text,
 * when its sentences are each too short to judge).
 */
export function untranslatedHits(field: string, text: string, sourceText: string | undefined, pair: TranslationPair): Hit[] {
  const from = languageName(pair.source.code);
  const to = languageName(pair.target.code);
  if (sourceText !== undefined && comparable(text) === comparable(sourceText) && comparable(text) !== '')
    return [
      hit(
        text.trim(),
        text.indexOf(text.trim()),
        `the ${to} \`${field}\` is the ${from} one as written: the pages in ${to} show it with no "not translated yet" notice, and the rule counts as translated`,
        field === 'title'
          ? `Translate it into ${to}. If it is a name that stays the same in ${to} (such as "Wi-Fi"), say so: add \`- {check: untranslated, word: "${text.trim()}", why: "a name"}\` under \`wording_ok:\`.`
          : untilTranslated(field, to),
      ),
    ];
  if (field === 'title') return [];
  const split = sentences(text, pair.target.code);
  const left = split.filter((sentence) => readsAs(sentence.text, pair));
  const passages = left.length > 0 ? left : readsAs(text, pair) ? [{ text: text.trim(), start: text.indexOf(text.trim()) }] : [];
  const whole = passages.length === split.length;
  return passages.map((passage) =>
    hit(
      passage.text,
      passage.start,
      `${whole ? `the ${to} \`${field}\`` : `this sentence of the ${to} \`${field}\``} reads as ${from}: the pages in ${to} show it with no "not translated yet" notice`,
      untilTranslated(field, to),
    ),
  );
}

function untilTranslated(field: string, to: string): string {
  return field === 'public_why'
    ? `Translate it into ${to}. Until it is, leave \`public_why\` out of this translation: the page then gives the reason in the source language, with a notice.`
    : `Translate it into ${to}. Until it is, leave this language out of \`translations\`: the page then shows the source text, with a "not translated yet" notice.`;
}

function hit(match: string, index: number, message: string, hint: string): Hit {
  return {
    check: 'untranslated',
    code: 'translation-untranslated',
    word: match.toLowerCase().replace(/\s+/g, ' '),
    match,
    index,
    message,
    hint,
  };
}
