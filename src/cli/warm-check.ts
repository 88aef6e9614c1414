// Where `check` runs. A cold check (many files to read) runs in a worker thread whose young
// generation is kept small (in-worker.ts): that keeps its peak memory down. A warm one, with few
// files to read, runs in the main thread: starting a worker and loading the checks in it took
// about 0.3 s of a 0.85 s re-check at 10,000 rules, and a warm check holds little to collect.
import { statSync } from 'node:fs';
import { readForCheckAtMost, type PolicyFolder } from '../lib/policy-folder.ts';
import { checkReadOptions, parseCheckArgs } from './check-args.ts';

/** The most files a check may have to read and still run in the main thread. */
const READ_AT_MOST = 500;

/**
 * The policy folder `check` with these arguments reads, when at most READ_AT_MOST of its files
 * are to be read (the others vouched for by their stat). Undefined when more are, and when the
 * arguments are wrong or ask for help, so that the check itself says why.
 */
export async function readWarmCheck(args: string[]): Promise<PolicyFolder | undefined> {
  try {
    const values = parseCheckArgs(args);
    if (values.help || !statSync(values.dir, { throwIfNoEntry: false })?.isDirectory()) return undefined;
    // Without the cache no file is vouched for: all are to be read.
    if (values['no-cache']) return undefined;
    return await readForCheckAtMost(values.dir, checkReadOptions(values), READ_AT_MOST);
  } catch {
    return undefined;
  }
}
