import { diffArrays, diffWords } from 'diff';

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

/**
 * A list's change (`related`, `tags`, `replaces`, as "a, b") by whole items: an id split at its
 * hyphens had read "[-food-]{+drinks, meals+}-and-[-drink-]{+snacks+}" (found by a policy
 * clerk's trial). A run of items taken out is struck out, a run put in written in.
 */
export function listRedline(before: string, after: string): RedlinePart[] {
  const parts: RedlinePart[] = [];
  const chunks = diffArrays(items(before), items(after));
  chunks.forEach((chunk, index) => {
    const op = chunk.added ? 'added' : chunk.removed ? 'removed' : 'same';
    if (index > 0) {
      // Between items a comma; between what was struck out and what replaced it, a space.
      const replaced = chunks[index - 1]!.removed && chunk.added;
      parts.push({ op: 'same', text: replaced ? ' ' : ', ' });
    }
    parts.push({ op, text: chunk.value.join(', ') });
  });
  return parts.reduce<RedlinePart[]>((merged, part) => {
    const last = merged.at(-1);
    if (last && last.op === 'same' && part.op === 'same') last.text += part.text;
    else merged.push({ ...part });
    return merged;
  }, []);
}

function items(list: string): string[] {
  return list === '' ? [] : list.split(', ');
}

/** A field's redline: by items for a list, else word by word; undefined when a side is missing or the edits are too many. */
export function redlineOf(change: { before?: string; after?: string; list?: true }): RedlinePart[] | undefined {
  if (change.before === undefined || change.after === undefined) return undefined;
  return change.list ? listRedline(change.before, change.after) : redline(change.before, change.after);
}

/**
 * A redline as one line of text, as `git diff --word-diff` writes it: `[-struck out-]{+written
 * in+}`, with `context` words kept on each side of a change and the rest left out (…). For a
 * terminal, where the edit must be seen without opening two versions of the file.
 */
export function compactRedline(parts: readonly RedlinePart[], context = 4): string {
  // Each part keeps the space it has at its ends, outside the brackets: a quote or a full stop
  // next to an edit stays next to it (`Say "[-yes-]{+no+}".`; found by a review).
  const around = (text: string, inner: string) => `${/^\s/.test(text) ? ' ' : ''}${inner}${/\s$/.test(text) ? ' ' : ''}`;
  const shown = parts.map((part, index) => {
    const text = part.text.trim();
    if (text === '') return part.text === '' ? '' : ' ';
    if (part.op === 'removed') return around(part.text, `[-${text}-]`);
    if (part.op === 'added') return around(part.text, `{+${text}+}`);
    const words = text.split(/\s+/);
    const first = index === 0;
    const last = index === parts.length - 1;
    const keep = (first ? 0 : context) + (last ? 0 : context);
    // Only a stretch worth leaving out is: "… lobby" for "Take calls in the lobby" saves nothing.
    if (words.length <= keep + 2) return around(part.text, words.join(' '));
    const head = first ? [] : words.slice(0, context);
    const tail = last ? [] : words.slice(-context);
    return around(part.text, [...head, '…', ...tail].join(' '));
  });
  return shown.join('').replace(/\s+/g, ' ').trim();
}
