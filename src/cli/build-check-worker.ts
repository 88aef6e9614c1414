// Runs the build's check in a worker thread (see checkInWorker in build-check.ts).
import { enableCompileCache } from 'node:module';
import { workerData } from 'node:worker_threads';
import type { BuildCheck } from './build-check.ts';
import { reportToParent } from './in-worker.ts';

// A worker is a Node instance of its own: the main thread's compile cache does not reach it.
// Enabled before the check's modules load, so that they are taken from it.
enableCompileCache();
const { checkAndHandOver } = await import('./build-check.ts');

await reportToParent((write) => checkAndHandOver(workerData as BuildCheck, write));
