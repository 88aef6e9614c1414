import { bookChecks, type BookCheck } from './checks/index.ts';
import { checkFilesAlone, readSite, type InputFile } from './check-file.ts';
import type { FileResult } from './check-cache.ts';
import { batchClaims, claimBack } from './batch-claims.ts';
import { workerEntry } from './entry-point.ts';
import { smallHeapWorker } from './worker-heap.ts';

/**
 * The fewest files worth a thread of their own. A thread takes about 0.2 s to start and load the
 * checks, and two threads share 2 cores poorly (about 1.4× one thread's speed). Since most files
 * are read without yaml (yaml-plain.ts), a file costs about 0.1 ms, and on 2 cores a second thread
 * pays only from some 20,000 files on (cold checks, alternating runs: 10,000 files 1.21 s with
 * two threads against 1.14 s with one, 20,000 1.85 s against 1.88 s, 30,000 2.43 s against 2.70 s;
 * and 30-50 MB less memory with one).
 */
export const MIN_FILES_PER_THREAD = 10_000;

export interface ThreadOptions {
  /** Threads to use, this one included. */
  threads?: number;
  minFilesPerThread?: number;
  checks: readonly BookCheck[];
  today: string;
  /** Helpers started before the files were read (startHelpers); any not needed are stopped. */
  started?: readonly Helper[];
  /** Only for tests: files per batch (default BATCH). */
  batchSize?: number;
  /** Only for tests: false leaves every batch of a helper's share to the helper. */
  takeBack?: boolean;
}

/**
 * How many helper threads `fileCount` files are worth: none when one thread is best, and none
 * when a per-rule check is one the helpers do not know (a test's own: they know checks by name).
 */
export function helpersFor(fileCount: number, options: Omit<ThreadOptions, 'today'>): number {
  const perThread = Math.max(1, options.minFilesPerThread ?? MIN_FILES_PER_THREAD);
  const count = Math.min(options.threads ?? 1, Math.floor(fileCount / perThread));
  const perRule = options.checks.filter((check) => check.perRule);
  return count < 2 || perRule.some((check) => !bookChecks.includes(check)) ? 0 : count - 1;
}

/**
 * Checks each file alone (check-file.ts), the files spread over this thread and helper threads,
 * when there are enough of them (MIN_FILES_PER_THREAD). The cross-file checks stay with the
 * caller. Returns nothing when one thread is best; the caller then checks every file itself.
 */
export async function checkFilesInThreads(
  site: InputFile | undefined,
  inputs: readonly InputFile[],
  options: ThreadOptions,
): Promise<Map<InputFile, FileResult>> {
  const count = helpersFor(inputs.length, options);
  const started = options.started ?? [];
  for (const helper of started.slice(count)) helper.stop();
  if (count === 0) return new Map();
  const helpers = [...started.slice(0, count), ...startHelpers(count - started.length)];
  try {
    return await checkInThreads(site, inputs, helpers, options);
  } catch (error) {
    // A helper not yet given its files, or still checking them, would keep the process alive.
    for (const helper of helpers) helper.stop();
    throw error;
  }
}

async function checkInThreads(
  site: InputFile | undefined,
  inputs: readonly InputFile[],
  helpers: readonly Helper[],
  options: ThreadOptions,
): Promise<Map<InputFile, FileResult>> {
  const count = helpers.length;
  const batch = options.batchSize ?? BATCH;

  const share = Math.ceil(inputs.length / (count + 1));
  const shares = Array.from({ length: count + 1 }, (_, index) => inputs.slice(index * share, (index + 1) * share));
  const perRule = options.checks.filter((check) => check.perRule);
  const names = perRule.map((check) => check.name);
  const claims = shares.slice(1).map((files) => batchClaims(Math.ceil(files.length / batch)));
  // The helpers are given their shares first, so that they check while this thread checks its own.
  // Bytes asked for here: a file the cache vouched for (but has no result for) is read now.
  const helped = helpers.map((helper, index) =>
    helper.check({
      site,
      inputs: shares[index + 1]!.map(({ file, bytes }) => ({ file, bytes })),
      claims: claims[index]!,
      batchSize: batch,
      checks: names,
      today: options.today,
    }),
  );
  const siteRead = site ? readSite(site, []) : undefined;
  const own = checkFilesAlone(siteRead, shares[0]!, perRule, options.today);
  // Then the batches the helpers have not taken yet, from the back of their shares.
  const taken = claims.map((helperClaims, index) => {
    const batches = new Map<number, FileResult[]>();
    for (let at: number; options.takeBack !== false && (at = claimBack(helperClaims)) >= 0;)
      batches.set(at, checkFilesAlone(siteRead, shares[index + 1]!.slice(at * batch, (at + 1) * batch), perRule, options.today));
    return batches;
  });
  const results = [own];
  for (const [index, fromHelper] of (await Promise.all(helped)).entries()) {
    const batches = Math.ceil(shares[index + 1]!.length / batch);
    for (let at = 0; at < batches; at++) {
      const checked = fromHelper.get(at) ?? taken[index]!.get(at);
      if (!checked) throw new Error(`batch ${at} of a check thread's share was checked by no thread`);
      results.push(checked);
    }
  }
  const all = results.flat();
  return new Map(inputs.map((input, index) => [input, all[index]!]));
}

/**
 * A helper's young generation, in megabytes: half the checking thread's. A helper keeps nothing
 * between batches, so less of its garbage lives long enough to be promoted. With the initial old
 * generation limit (worker-heap.ts), a 10,000-rule check peaked at 188-194 MB against 194-200 MB
 * with 8 MB, in alternating runs. Both together cost about 5% more time (7-8% more CPU).
 */
const HELPER_YOUNG_GENERATION_MB = 4;

/**
 * A helper checks its files in batches of this many, and sends each as it is done; the thread that
 * started it checks the batches it has not taken when its own share is done (batch-claims.ts).
 */
export const BATCH = 100;

export interface HelperData {
  site: InputFile | undefined;
  inputs: readonly InputFile[];
  /** Which batches of `inputs` are taken (batch-claims.ts): the helper takes them from the front. */
  claims: Int32Array;
  batchSize: number;
  /** The per-rule checks to run, by name. */
  checks: string[];
  today: string;
}

/** A helper thread (check-files-worker.ts), started before it is given files to check. */
export interface Helper {
  /** Checks the batches it claims of a share of the files; their results by batch. Call once. */
  check(data: HelperData): Promise<Map<number, FileResult[]>>;
  /**
   * Ends the thread: one never given files waits for them until then, and one still checking
   * after a failure elsewhere is not needed.
   */
  stop(): void;
}

/**
 * Starts `count` helper threads. A thread takes about 0.2 s to start and load the checks: started
 * before the files are read, they load while this thread reads them. Each must be given files or
 * stopped.
 */
export function startHelpers(count: number): Helper[] {
  const helpers: Helper[] = [];
  try {
    while (helpers.length < count) helpers.push(startHelper());
  } catch (error) {
    for (const helper of helpers) helper.stop();
    throw error;
  }
  return helpers;
}

function startHelper(): Helper {
  const { script, workerData } = workerEntry(new URL('./check-files-worker.ts', import.meta.url), {});
  const worker = smallHeapWorker(script, workerData, HELPER_YOUNG_GENERATION_MB);
  const batches = new Map<number, FileResult[]>();
  const outcome = new Promise<Map<number, FileResult[]>>((done, fail) => {
    worker.on('message', (message: { batch: number; results: FileResult[] } | 'done') => {
      if (message === 'done') done(batches);
      else batches.set(message.batch, message.results);
    });
    worker.once('error', fail);
    // A worker's messages all arrive before its exit: one that ends without 'done' has failed.
    worker.once('exit', (code) => fail(new Error(`a check thread stopped (exit code ${code}) before it was done`)));
  });
  // A helper stopped unused ends that way too, and nobody waits for it.
  outcome.catch(() => {});
  return {
    check(data) {
      worker.postMessage(data);
      return outcome;
    },
    stop() {
      void worker.terminate();
    },
  };
}
