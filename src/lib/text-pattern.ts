/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for a phrase in which any run of white space matches any other: folded YAML turns
 * line breaks into spaces, so "holds shelf" in the value is "holds\n  shelf" in the file.
 */
export function phrasePattern(phrase: string): string {
  return phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
}

/** A phrase found in a text value: the words, and where they start in the value. */
export interface Spot {
  match: string;
  index: number;
}

/** Where a phrase is written in the source, as offsets: `end` is exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Where each spot of `value` is written in `source` (the value as written in the file: folded
 * lines, indentation, a block header). Both read the same words in the same order, so the k-th
 * appearance of a phrase after one spot in the value is its k-th appearance after that spot's
 * place in the source. Spots are placed in text order, each search starting at the previous
 * spot, which keeps the whole placement one pass over each text however many spots there are:
 * counting appearances from the start for every spot took minutes on a large file.
 * A spot whose words are written differently in the source (an escape such as `\u00e9` in a
 * quoted value) gets no span; the caller falls back to the value's start.
 */
export function spansInSource(value: string, source: string, spots: readonly Spot[]): (Span | undefined)[] {
  const spans: (Span | undefined)[] = spots.map(() => undefined);
  const order = spots.map((_, index) => index).sort((a, b) => spots[a]!.index - spots[b]!.index);
  const patterns = new Map<string, { anywhere: RegExp; here: RegExp }>();
  // The search only moves forward, so a phrase missing after one spot is missing after every later one.
  const missing = new Set<string>();
  let valueFrom = 0;
  let sourceFrom = 0;
  for (const which of order) {
    const { match, index } = spots[which]!;
    if (match.trim() === '' || missing.has(match)) continue;
    let pattern = patterns.get(match);
    if (!pattern) {
      const body = phrasePattern(match);
      pattern = { anywhere: new RegExp(body, 'gu'), here: new RegExp(body, 'uy') };
      patterns.set(match, pattern);
    }
    // A spot that is not its phrase would send the search to the end of the text, for every spot.
    pattern.here.lastIndex = index;
    if (!pattern.here.test(value)) continue;
    const skip = countBefore(pattern.anywhere, value, valueFrom, index);
    const found = nthFrom(pattern.anywhere, source, sourceFrom, skip);
    if (!found) {
      missing.add(match);
      continue;
    }
    spans[which] = found;
    valueFrom = index;
    sourceFrom = found.start;
  }
  return spans;
}

/** How many times `pattern` appears in `text` starting at or after `from` and before `before`. */
function countBefore(pattern: RegExp, text: string, from: number, before: number): number {
  let count = 0;
  pattern.lastIndex = from;
  for (let found = pattern.exec(text); found && found.index < before; found = pattern.exec(text)) count++;
  return count;
}

/** The `skip`-th (0-based) appearance of `pattern` in `text` at or after `from`. */
function nthFrom(pattern: RegExp, text: string, from: number, skip: number): Span | undefined {
  pattern.lastIndex = from;
  for (let found = pattern.exec(text), left = skip; found; found = pattern.exec(text), left--) {
    if (left === 0) return { start: found.index, end: found.index + found[0].length };
  }
  return undefined;
}
