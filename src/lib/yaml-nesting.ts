// yaml builds a document recursively, and a file nested a thousand levels deep exhausts the stack.
// Where that happens depends on the thread's stack (1 MB in the main thread, 4 MB in a worker) and
// on what V8 has compiled so far, so the same file was refused at another place, or read and found
// too deep instead, from one run to the next; the check cache kept whichever came first. A file
// nested deeper than MAX_NESTING is refused before yaml builds it, at a place the text alone
// decides. (In the main thread yaml ran out of stack at 1,280-1,712 levels.)
import { Parser, type CST } from 'yaml';

/** Far beyond any rule (which needs 4 levels; 33 already gets a finding), far below the stack. */
export const MAX_NESTING = 256;

/**
 * Where the first collection nested deeper than MAX_NESTING starts in `text`, or undefined. Most
 * files are cleared by one pass over their characters; the others are parsed (without being built)
 * to measure their nesting exactly.
 */
export function tooDeeplyNested(text: string): number | undefined {
  if (nestingBound(text) <= MAX_NESTING) return undefined;
  let first: number | undefined;
  for (const token of new Parser().parse(text)) {
    const at = firstTooDeep(token);
    if (at !== undefined && (first === undefined || at < first)) first = at;
  }
  return first;
}

/**
 * How deep `text` can nest at most: every `[` or `{` may open a flow collection, and a block
 * collection needs a deeper indent than its parent or an indicator (`-`, `?`, `:`) on its line.
 * A sequence may share its map's indent, hence twice the deepest line.
 */
function nestingBound(text: string): number {
  let brackets = 0;
  let deepestLine = 0;
  let line = 0;
  let leading = true;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0a) {
      deepestLine = Math.max(deepestLine, line);
      line = 0;
      leading = true;
    } else if (unit === 0x5b || unit === 0x7b) brackets++;
    else if (unit === 0x20) {
      if (leading) line++;
    } else {
      leading = false;
      if (unit === 0x2d || unit === 0x3f || unit === 0x3a) line++;
    }
  }
  return brackets + 2 * Math.max(deepestLine, line) + 2;
}

/** The first offset (in the text) of a collection nested deeper than MAX_NESTING in `root`. */
function firstTooDeep(root: CST.Token): number | undefined {
  // A stack of its own: the point is not to recurse as deep as the file nests.
  const pending: { token: CST.Token; depth: number }[] = [{ token: root, depth: 0 }];
  let first: number | undefined;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { token, depth } = next;
    if (token.type === 'document') {
      if (token.value) pending.push({ token: token.value, depth });
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > MAX_NESTING) {
        if (first === undefined || token.offset < first) first = token.offset;
        continue;
      }
      for (const item of token.items) {
        if (item.key) pending.push({ token: item.key, depth: depth + 1 });
        if (item.value) pending.push({ token: item.value, depth: depth + 1 });
      }
    }
  }
  return first;
}
