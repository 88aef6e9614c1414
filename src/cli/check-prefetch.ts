// `check` runs in a worker thread (in-worker.ts), which takes about 0.15 s to start and load the
// checks. Meanwhile the main thread reads the policy folder, and sends it: at 10,000 rules the
// listing and a stat of every file take about as long. Only when few files are to be read (a
// warm check): a cold check's reading is left to the checking thread, whose young generation is
// kept small (worker-heap.ts), unlike this one's.
import { statSync } from 'node:fs';
import { readForCheckAtMost, sendFolder } from '../lib/policy-folder.ts';
import { checkReadOptions, parseCheckArgs } from './check-args.ts';
import type { Prefetched } from './in-worker.ts';

/** The most files the main thread reads for the check (the rest it vouches for by their stat). */
const READ_AT_MOST = 500;

/**
 * The policy folder `check` with these arguments would read; undefined when the arguments are
 * wrong or ask for help, so that the check itself says why.
 */
export async function prefetchCheck(args: string[]): Promise<Prefetched> {
  try {
    const values = parseCheckArgs(args);
    if (values.help || !statSync(values.dir, { throwIfNoEntry: false })?.isDirectory()) return undefined;
    // Without the cache no file is vouched for: all are to be read, by the checking thread.
    if (values['no-cache']) return undefined;
    const folder = await readForCheckAtMost(values.dir, checkReadOptions(values), READ_AT_MOST);
    if (!folder) return undefined;
    const { sent, transfer } = sendFolder(folder);
    return { value: sent, transfer };
  } catch {
    return undefined;
  }
}
