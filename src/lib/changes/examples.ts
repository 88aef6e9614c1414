import { shownText } from './shown-text.ts';

/** Which example at the ref is which example now, by index. */
export interface ExamplePairing {
  /** [index before, index after]: the same situation, wherever it moved. */
  pairs: [number, number][];
  /** Indexes before with no counterpart now: taken out. */
  removed: number[];
  /** Indexes now with no counterpart before: new. */
  added: number[];
}

// Below this share of words in common, two situations are two different situations.
const MIN_LIKENESS = 0.5;

/**
 * Pairs examples by their situation: the same text first, then the most alike (words in
 * common). Compared by place, two examples swapped with a phrase dropped from one had read as
 * four rewrites mixing unrelated situations (found by a reviewer's trial); an example moved is
 * now no change at all, one taken out is taken out.
 */
export function pairExamples(before: readonly unknown[], after: readonly unknown[]): ExamplePairing {
  const left = new Set(before.keys());
  const right = new Set(after.keys());
  const pairs: [number, number][] = [];
  const take = (i: number, j: number) => {
    left.delete(i);
    right.delete(j);
    pairs.push([i, j]);
  };
  // The whole example alike (in its place first: the history compares every version, mostly
  // with examples as they were), then the situation alike, then the situation most alike.
  const same = (key: (item: unknown) => string) => {
    const [olds, nows] = [before.map(key), after.map(key)];
    for (const i of [...left]) if (right.has(i) && olds[i] === nows[i]) take(i, i);
    for (const i of [...left]) {
      const j = [...right].find((candidate) => nows[candidate] === olds[i]);
      if (j !== undefined) take(i, j);
    }
  };
  same((item) => JSON.stringify(item));
  if (left.size === 0 && right.size === 0) return { pairs: pairs.sort((a, b) => a[1] - b[1]), removed: [], added: [] };
  same((item) => shownText(situationOf(item)));
  const candidates = [...left].flatMap((i) =>
    [...right].map((j) => ({ i, j, likeness: likeness(situationOf(before[i]), situationOf(after[j])) })),
  );
  for (const { i, j, likeness: share } of candidates.sort((a, b) => b.likeness - a.likeness || a.i - b.i || a.j - b.j)) {
    if (share < MIN_LIKENESS) break;
    if (left.has(i) && right.has(j)) take(i, j);
  }
  return { pairs: pairs.sort((a, b) => a[1] - b[1]), removed: [...left], added: [...right] };
}

function situationOf(example: unknown): string {
  const situation = typeof example === 'object' && example !== null ? (example as { situation?: unknown }).situation : undefined;
  return typeof situation === 'string' ? situation : '';
}

/** Words two texts have in common, as a share of both (Dice): 1 the same words, 0 none. */
function likeness(a: string, b: string): number {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const [x, y] = [words(a), words(b)];
  if (x.size + y.size === 0) return 0;
  let common = 0;
  for (const word of x) if (y.has(word)) common += 1;
  return (2 * common) / (x.size + y.size);
}
