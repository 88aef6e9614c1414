// French syllables as spoken, from the spelling: one per vowel group, where a diaeresis (naïf,
// Noël) or a vowel after é (réalité, créer) starts a new one, and a final mute e or es (table,
// livres) is not said. A heuristic, as every written-syllable count for French is: "-ent" of
// verbs (parlent) is counted, since it cannot be told from adverbs (souvent) by spelling alone.
const VOWELS = new Set('aeiouyàâäéèêëîïôöùûüÿœæ');
const OPENS_SYLLABLE = new Set('ëïü');

/** How many syllables a French word has (at least one; a number counts as one). */
export function syllablesFr(word: string): number {
  const lower = word.toLowerCase().normalize('NFC');
  if (/^\d/.test(lower)) return 1;
  let count = 0;
  let previous: string | undefined;
  for (const letter of lower) {
    if (!VOWELS.has(letter)) {
      previous = undefined;
      continue;
    }
    if (previous === undefined || OPENS_SYLLABLE.has(letter) || previous === 'é') count++;
    previous = letter;
  }
  // A mute final e: "table" is said in one syllable, "livres" too; "été" and "thé" keep theirs.
  if (count > 1 && /[^aeiouyàâäéèêëîïôöùûü](?:e|es)$/.test(lower)) count--;
  return Math.max(1, count);
}
