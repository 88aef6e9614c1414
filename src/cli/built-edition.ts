// Which edition a built folder holds, read from the folder itself: `serve --out <folder>` had said
// "Serving the staff edition" of a public site built into it (found by a translator's trial), and
// a folder copied from another machine has no note in this one's cache.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Edition } from '../lib/editions.ts';

// Each edition's feed, written by every build of it and by no build of the other.
const FEED: Record<Edition, string> = { staff: 'changes.xml', public: 'updates.xml' };

/** The edition built into `out`, or undefined when it holds neither's feed (not a built site). */
export function builtEdition(out: string): Edition | undefined {
  const found = (Object.keys(FEED) as Edition[]).filter((edition) => existsSync(join(out, FEED[edition])));
  return found.length === 1 ? found[0] : undefined;
}
