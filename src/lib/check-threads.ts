import { bookChecks, type BookCheck } from './checks/index.ts';
import { checkFilesAlone, readSite, type InputFile } from './check-file.ts';
import type { FileResult } from './check-cache.ts';
import { workerEntry } from './entry-point.ts';
import { smallHeapWorker } from './worker-heap.ts';

/**
 * The fewest files worth a thread of their own: a thread takes about 0.2 s to start and load the
 * checks, the time this thread checks some 500 files in.
 */
export const MIN_FILES_PER_THREAD = 1000;

export interface ThreadOptions {
  /** Threads to use, this one included. */
  threads?: number;
  minFilesPerThread?: number;
  checks: readonly BookCheck[];
  today: string;
}

/**
 * Checks each file alone (check-file.ts), the files spread over this thread and helper threads,
 * when there are enough of them: parsing dominates a check (at 10,000 rules on 2 cores, a full
 * check took 6.1 s against 7.6 s in one thread, and some 30 MB more memory for the second heap).
 * The cross-file checks stay with the caller. Returns nothing when one thread is best; the
 * caller then checks every file itself.
 */
export async function checkFilesInThreads(
  site: InputFile | undefined,
  inputs: readonly InputFile[],
  options: ThreadOptions,
): Promise<Map<InputFile, FileResult>> {
  const perThread = Math.max(1, options.minFilesPerThread ?? MIN_FILES_PER_THREAD);
  const count = Math.min(options.threads ?? 1, Math.floor(inputs.length / perThread));
  // A helper knows the checks by name; one it does not know (a test's own) keeps all in this thread.
  const perRule = options.checks.filter((check) => check.perRule);
  if (count < 2 || perRule.some((check) => !bookChecks.includes(check))) return new Map();

  const share = Math.ceil(inputs.length / count);
  const shares = Array.from({ length: count }, (_, index) => inputs.slice(index * share, (index + 1) * share));
  const names = perRule.map((check) => check.name);
  // The helpers start first, so that they load while this thread checks its own share.
  // Bytes asked for here: a file the cache vouched for (but has no result for) is read now.
  const helped = shares
    .slice(1)
    .map((files) => inHelper({ site, inputs: files.map(({ file, bytes }) => ({ file, bytes })), checks: names, today: options.today }));
  const own = checkFilesAlone(site ? readSite(site, []) : undefined, shares[0]!, perRule, options.today);
  const results = [own, ...(await Promise.all(helped))].flat();
  return new Map(inputs.map((input, index) => [input, results[index]!]));
}

/**
 * A helper's young generation, in megabytes: half the checking thread's. A helper keeps nothing
 * between batches, so less of its garbage lives long enough to be promoted. With the initial old
 * generation limit (worker-heap.ts), a 10,000-rule check peaked at 188-194 MB against 194-200 MB
 * with 8 MB, in alternating runs. Both together cost about 5% more time (7-8% more CPU).
 */
const HELPER_YOUNG_GENERATION_MB = 4;

/** A helper checks its files in batches of this many, and sends each as it is done. */
export const BATCH = 250;

export interface HelperData {
  site: InputFile | undefined;
  inputs: readonly InputFile[];
  /** The per-rule checks to run, by name. */
  checks: string[];
  today: string;
}

/** Runs a helper thread (check-files-worker.ts) on a share of the files; its results in order. */
function inHelper(data: HelperData): Promise<FileResult[]> {
  const { script, workerData } = workerEntry(new URL('./check-files-worker.ts', import.meta.url), data);
  const worker = smallHeapWorker(script, workerData, HELPER_YOUNG_GENERATION_MB);
  const results: FileResult[] = [];
  return new Promise((done, fail) => {
    worker.on('message', (batch: FileResult[] | 'done') => {
      if (batch === 'done') done(results);
      else results.push(...batch);
    });
    worker.once('error', fail);
    // A worker's messages all arrive before its exit: one that ends without 'done' has failed.
    worker.once('exit', (code) => fail(new Error(`a check thread stopped (exit code ${code}) before it was done`)));
  });
}
