// The worker thread of checkInWorker (build-check.ts): runs the check, passes its report on.
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { BuildCheck } from './build-check.ts';

// A worker is a Node instance of its own: the main thread's compile cache does not reach it.
// Enabled before the check's modules load, so that they are taken from it.
enableCompileCache();
const { checkAndHandOver } = await import('./build-check.ts');

const port = parentPort!;
const done = await checkAndHandOver(workerData as BuildCheck, (text) => port.postMessage({ write: text }));
port.postMessage({ done });
