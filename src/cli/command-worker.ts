// Runs one command in a worker thread (see in-worker.ts), for rules-clarity.ts.
import { enableCompileCache } from 'node:module';
import { workerData } from 'node:worker_threads';
import { commands } from './commands.ts';
import { reportToParent } from './in-worker.ts';

// A worker is a Node instance of its own: the main thread's compile cache does not reach it.
// Enabled before the command's modules load, so that they are taken from it.
enableCompileCache();

const { name, args } = workerData as { name: string; args: string[] };
await reportToParent(async (write) => (await commands[name]!())(args, write));
