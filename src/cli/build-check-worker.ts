// The worker thread of checkInWorker (build-check.ts): runs the check, passes its report on.
import { parentPort, workerData } from 'node:worker_threads';
import { checkAndHandOver, type BuildCheck } from './build-check.ts';

const port = parentPort!;
const done = await checkAndHandOver(workerData as BuildCheck, (text) => port.postMessage({ write: text }));
port.postMessage({ done });
