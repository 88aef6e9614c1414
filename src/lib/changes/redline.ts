import { diffWords } from 'diff';

/** A stretch of a word-level redline: kept, struck out, or written in. */
export interface RedlinePart {
  op: 'same' | 'removed' | 'added';
  text: string;
}

// Past this many edited words a redline is no easier to read than the two texts, and the diff
// would take long on a huge field: the report then shows only before and after.
const MAX_EDITS = 2000;

/** The word-level changes from `before` to `after`, or undefined when they are too many to show. */
export function redline(before: string, after: string): RedlinePart[] | undefined {
  // One word each side (a date, an amount): struck out and written in whole. Split at its
  // punctuation, "2026-02-11" to "2026-11-29" had read "2026-<del>02-</del>11<ins>-29</ins>".
  if (!/\s/.test(before) && !/\s/.test(after) && before !== after)
    return [...(before ? [{ op: 'removed' as const, text: before }] : []), ...(after ? [{ op: 'added' as const, text: after }] : [])];
  const changes = diffWords(before, after, { maxEditLength: MAX_EDITS });
  if (changes === undefined) return undefined;
  return changes.map((change) => ({ op: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value }));
}
