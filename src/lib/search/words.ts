// How the search layer reads words, the same for a query at the desk and for the vocabulary the
// build writes: lower case, letters and digits, an apostrophe kept inside a word ("hasn't") and a
// possessive dropped ("mom's" → "mom"), so a word typed and a word indexed compare equal.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function searchWords(text: string): string[] {
  const out: string[] = [];
  for (const [word] of text.normalize('NFKC').toLowerCase().matchAll(WORD)) {
    out.push(word.replace(/’/g, "'").replace(/'s$/, ''));
  }
  return out;
}

/**
 * The words Pagefind also indexes for each hyphenated one, its parts joined: "Wi-Fi" is "wifi" to
 * it as well as "wi" and "fi". Left out of the word list, "wifi" was taken for a word no page has
 * and never searched as typed: the hotspot loans came before "Free Wi-Fi" (found by a visitors'
 * trial).
 */
export function joinedHyphenWords(text: string): string[] {
  return [...text.normalize('NFKC').toLowerCase().matchAll(HYPHENATED)].map(([word]) => word.replace(/-/g, ''));
}

const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/**
 * The forms a word may be listed under in a synonym group: itself, then its singular ("kids" →
 * "kid", "fees" → "fee", "libraries" → "library"). Pagefind stems what it indexes; the groups
 * are matched before that, so this light touch lets one entry serve both forms.
 */
export function lookupForms(word: string): string[] {
  const forms = [word];
  if (word.length > 4 && word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.length > 3 && /(?:ss|sh|ch|x)es$/.test(word)) forms.push(word.slice(0, -2));
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  return forms;
}

/**
 * The forms of a word whose stem Pagefind would not match to the word's: "shelves" and "knives"
 * stem to "shelv" and "knive", not to "shelf" and "knife". Only for asking for the form the book
 * has (Vocabulary.knownForm): as prefixes "gives" would be "gif", the start of "gift".
 */
export function stemmedApartForms(word: string): string[] {
  return word.length > 4 && word.endsWith('ves') ? [`${word.slice(0, -3)}f`, `${word.slice(0, -3)}fe`] : [];
}

/**
 * A word with its accents taken off ("téléphone" → "telephone", "niño" → "nino"): how a visitor
 * types French or Spanish on a keyboard without them, so a word is compared with the book's as
 * written apart from its accents.
 */
export function withoutAccents(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}
