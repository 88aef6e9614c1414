// Runs one command in a worker thread (see in-worker.ts), for rules-clarity.ts.
import { enableCompileCache } from 'node:module';
import { workerData } from 'node:worker_threads';
import { commands } from './commands.ts';
import { prefetched, reportToParent } from './in-worker.ts';

// A worker is a Node instance of its own: the main thread's compile cache does not reach it.
// Enabled before the command's modules load, so that they are taken from it.
enableCompileCache();

const { name, args, prefetching } = workerData as { name: string; args: string[]; prefetching: boolean };
// Listened for at once: the message may come while the command's modules load.
const context = prefetching ? { prefetched: prefetched() } : {};
await reportToParent(async (write) => (await commands[name]!())(args, write, context));
