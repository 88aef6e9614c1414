// Where `check` runs. A cold check (many files to check) runs in a worker thread whose young
// generation is kept small (in-worker.ts): that keeps its peak memory down. A warm one, with few
// files to check, runs in the main thread: starting a worker and loading the checks in it took
// about 0.3 s of a 0.85 s re-check at 10,000 rules, and a warm check holds little to collect.
import { statSync } from 'node:fs';
import { CheckCache, currentInputs } from '../lib/check-cache.ts';
import { readForCheckAtMost, type PolicyFolder } from '../lib/policy-folder.ts';
import { checkReadOptions, parseCheckArgs } from './check-args.ts';

/** The most files a check may have to check again and still run in the main thread. */
const CHECK_AT_MOST = 500;

/** What telling a warm check read: the policy folder and the check's cache, for the check. */
export interface WarmCheck {
  folder: PolicyFolder;
  cache: CheckCache;
}

/**
 * The policy folder and the cache `check` with these arguments uses, when at most CHECK_AT_MOST
 * of its files are to be checked again: read because they changed, or unchanged but with no
 * result in the cache (its site settings, schemas or tool changed, and it has none for any).
 * Undefined when more are, and when the arguments are wrong or ask for help, so that the check
 * itself says why.
 */
export async function readWarmCheck(args: string[]): Promise<WarmCheck | undefined> {
  try {
    const values = parseCheckArgs(args);
    if (values.help || !statSync(values.dir, { throwIfNoEntry: false })?.isDirectory()) return undefined;
    const read = checkReadOptions(values);
    // Without the cache every file is to be checked.
    if (read.cacheDir === undefined) return undefined;
    const folder = await readForCheckAtMost(values.dir, read, CHECK_AT_MOST);
    if (!folder) return undefined;
    const cache = new CheckCache(read.cacheDir, values.dir, currentInputs(folder.site));
    const toCheck = folder.files.filter((input) => !cache.has(cache.key(input))).length;
    return toCheck > CHECK_AT_MOST ? undefined : { folder, cache };
  } catch {
    return undefined;
  }
}
