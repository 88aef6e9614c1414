// How the check's threads keep their heaps small. V8 otherwise grows a young generation to tens
// of megabytes while 10,000 YAML files are parsed, and the garbage it promotes made a full check
// in one thread peak at about 300 MB; with 8 MB it peaked at 186 MB, no slower (measured at 10,000
// rules). The limits only take effect when a heap is created, hence the check runs in worker
// threads (cli/in-worker.ts, check-threads.ts).
// Measured and left (10,000 rules, 2 cores, alternating runs): young generations of 24 MB cut
// the threads' scavenging from 0.72 to 0.44 s of CPU but not the wall time (2.33 s either way),
// for 24 MB more; `--minor-ms` took 3.4 s and 281 MB against 2.5 s and 191 MB; the main thread
// checking in place of a worker, its young generation held by `--semi-space-growth-factor=1` set
// at run time, peaked lower (169 MB against 185) but was no faster (2.40 s against 2.37).
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';

export const YOUNG_GENERATION_MB = 8;

/**
 * A new heap's first limit for its old generation, in megabytes. By default V8 let a check
 * thread's old generation reach 35-45 MB before its first full collection, against 15-20 MB of
 * live data; the rest was garbage promoted from the young generation. Later limits follow the
 * live data, as they always do.
 */
const INITIAL_OLD_GENERATION_MB = 8;

/**
 * The same for a child process (cli/in-child.ts), as V8 flags: a young generation is three
 * semi-spaces, so 3 MB ones make about YOUNG_GENERATION_MB.
 */
export const SMALL_HEAP_FLAGS = ['--max-semi-space-size=3', `--initial-old-space-size=${INITIAL_OLD_GENERATION_MB}`];

let initialOldGenerationSet = false;

/**
 * A worker thread with a small heap, running `script`. V8 has no per-thread setting for the old
 * generation's first limit, only a flag for the whole process, which it reads when a heap is
 * created: set here before the first such thread starts, it leaves the heaps that exist already as
 * they are. (A worker that starts helpers sets it again, to the same value.)
 */
export function smallHeapWorker(script: URL, workerData: unknown, youngGenerationMb = YOUNG_GENERATION_MB): Worker {
  if (!initialOldGenerationSet) {
    setFlagsFromString(`--initial-old-space-size=${INITIAL_OLD_GENERATION_MB}`);
    initialOldGenerationSet = true;
  }
  return new Worker(script, { workerData, resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } });
}
