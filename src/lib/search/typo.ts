// Typo correction against the words of the book: a query word that matches nothing becomes the
// closest indexed word, as people know it from web search ("Showing results for …").

/** Short words have too many neighbours to guess from: "fee" is one letter from "see" and "feet". */
export const MIN_TYPO_LENGTH = 4;

/** How many edits a word of this length may be from its correction: 1 up to 6 letters, then 2. */
export function allowedEdits(length: number): number {
  if (length < MIN_TYPO_LENGTH) return 0;
  return length < 7 ? 1 : 2;
}

/**
 * Edit distance with adjacent transpositions ("metting", "recieve"), or `limit + 1` as soon as
 * it must exceed `limit`: most vocabulary words are rejected after a row or two.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1);
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The vocabulary word closest to `word` within `maxEdits`, or undefined. `vocabulary` is ordered
 * most frequent first, so among equally close words the one the book uses most wins. The first
 * letter must match: people rarely mistype it, and a word the book does not use is more often a
 * real word ("wife", "purse", "vacation") than a typo of "life", "nurse" or "evacuation".
 * `vocabulary` may hold duplicates; the first appearance counts.
 */
export function closestWord(word: string, vocabulary: readonly string[], maxEdits = allowedEdits(word.length)): string | undefined {
  if (maxEdits === 0) return undefined;
  let best: string | undefined;
  let bestDistance = maxEdits + 1;
  for (const candidate of vocabulary) {
    if (candidate === word) return undefined; // a real word of the book is not a typo
    if (candidate[0] !== word[0] || candidate.length < MIN_TYPO_LENGTH - 1) continue;
    const distance = editDistance(word, candidate, bestDistance - 1);
    // Two edits reach far ("swearing" → "sharing"): only when the first two letters agree too.
    if (distance === 2 && candidate[1] !== word[1]) continue;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * English spelt as it sounds: "ph" and "f", "ck" and "k", a hard "c" and "k", "sch" and "sk".
 * Each pair is one sound, but two edits apart ("fone" is one edit from "fine", two from "phone").
 */
export function soundKey(word: string): string {
  return word
    .replaceAll('ph', 'f')
    .replaceAll('ck', 'k')
    .replaceAll('sch', 'sk')
    .replace(/c(?=[aoulr])/g, 'k');
}

/**
 * The first vocabulary word (the most used) that sounds like `word` as English is spelt, or
 * undefined: "fone" is "phone", "skool" is "school". A word of the vocabulary is no typo.
 */
export function soundsLike(word: string, vocabulary: readonly string[]): string | undefined {
  if (word.length < MIN_TYPO_LENGTH) return undefined;
  const key = soundKey(word);
  let found: string | undefined;
  for (const candidate of vocabulary) {
    if (candidate === word) return undefined;
    if (found === undefined && Math.abs(candidate.length - word.length) <= 2 && soundKey(candidate) === key) found = candidate;
  }
  return found;
}

/** Up to `count` vocabulary words near `word`, closest first: suggestions when nothing is found. */
export function nearWords(word: string, vocabulary: readonly string[], count: number, maxEdits = allowedEdits(word.length) + 1): string[] {
  const scored: { candidate: string; distance: number; rank: number }[] = [];
  vocabulary.forEach((candidate, rank) => {
    const distance = editDistance(word, candidate, maxEdits);
    if (distance <= maxEdits && candidate !== word) scored.push({ candidate, distance, rank });
  });
  return scored
    .sort((a, b) => a.distance - b.distance || a.rank - b.rank)
    .slice(0, count)
    .map((entry) => entry.candidate);
}
