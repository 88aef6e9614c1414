// Spanish syllables by the rules of Spanish spelling, not an English pattern: every syllable has
// one vowel nucleus; two vowels side by side share one (a diphthong) unless both are strong
// (a, e, o) or the weak one (i, u) carries an accent (día, país, reír): then they are a hiatus
// and make two. The u of que, qui, gue, gui is silent (its ü is not: pingüino).
const VOWELS = new Set('aeiouáéíóúü');
// Strong vowels, and weak ones made strong by an accent.
const STRONG = new Set('aeoáéóíú');

/** How many syllables a Spanish word has (at least one; a number counts as one). */
export function syllablesEs(word: string): number {
  const lower = word.toLowerCase().normalize('NFC');
  if (/^\d/.test(lower) || lower === 'y') return 1;
  const spelled = lower.replace(/([qg])u([eiéí])/g, '$1$2');
  let count = 0;
  let previous: string | undefined;
  for (const letter of spelled) {
    if (!VOWELS.has(letter)) {
      previous = undefined;
      continue;
    }
    // A new nucleus: the first vowel of a run, or a hiatus with the vowel before (also ii, uu).
    if (previous === undefined || (STRONG.has(previous) && STRONG.has(letter)) || previous === letter) count++;
    previous = letter;
  }
  return Math.max(1, count);
}
