import fc from 'fast-check';
import { expect, it } from 'vitest';
import { closest } from '../../src/lib/schema-findings.ts';

// The plain definition: the first known name at the smallest edit distance, if under three.
function closestByDefinition(name: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    let previous = Array.from({ length: b.length + 1 }, (_, k) => k);
    for (let i = 1; i <= a.length; i++) {
      const current = [i];
      for (let j = 1; j <= b.length; j++)
        current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
    return previous[b.length]!;
  };
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

it('finds the same nearest name as the plain definition, though it skips hopeless candidates', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', '-', 'İ'), maxLength: 7 });
  fc.assert(
    fc.property(word, fc.array(word, { maxLength: 12 }), (name, known) => {
      expect(closest(name, known)).toBe(closestByDefinition(name, known));
    }),
    { numRuns: 2000 },
  );
  expect(closest('rule-0001', ['rule-0002', 'rule-00001', 'rule-0001x'])).toBe('rule-0002');
});
