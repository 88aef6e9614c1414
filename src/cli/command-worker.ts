// Runs one command in a worker thread (see in-worker.ts), for rules-clarity.ts.
import { workerData } from 'node:worker_threads';
import { commands } from './commands.ts';
import { reportToParent } from './in-worker.ts';

const { name, args } = workerData as { name: string; args: string[] };
await reportToParent(async (write) => (await commands[name]!())(args, write));
