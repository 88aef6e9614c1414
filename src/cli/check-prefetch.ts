// `check` runs in a worker thread (in-worker.ts), which takes about 0.15 s to start and load the
// checks. Meanwhile the main thread reads the policy folder, and sends it: at 10,000 rules the
// listing and a stat of every file take about as long.
import { statSync } from 'node:fs';
import { readForCheck, sendFolder } from '../lib/policy-folder.ts';
import { checkReadOptions, parseCheckArgs } from './check-args.ts';
import type { Prefetched } from './in-worker.ts';

/**
 * The policy folder `check` with these arguments would read; undefined when the arguments are
 * wrong or ask for help, so that the check itself says why.
 */
export async function prefetchCheck(args: string[]): Promise<Prefetched> {
  try {
    const values = parseCheckArgs(args);
    if (values.help || !statSync(values.dir, { throwIfNoEntry: false })?.isDirectory()) return undefined;
    const { sent, transfer } = sendFolder(await readForCheck(values.dir, checkReadOptions(values)));
    return { value: sent, transfer };
  } catch {
    return undefined;
  }
}
