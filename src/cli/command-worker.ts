// Runs one command in a worker thread for runInWorker (in-worker.ts): its output and its end (an
// exit code, or the error that stopped it) go to the main thread as messages.
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { commands } from './commands.ts';
import { isUsageError } from './usage-error.ts';

// A worker is a Node instance of its own: the main thread's compile cache does not reach it.
enableCompileCache();

const port = parentPort!;
const { name, args } = workerData as { name: string; args: string[] };
try {
  const code = await (await commands[name]!())(args, (text) => port.postMessage({ write: text }));
  port.postMessage({ code });
} catch (error) {
  const failure = error instanceof Error ? error : new Error(String(error));
  port.postMessage({ failed: { message: failure.message, stack: failure.stack, usage: isUsageError(error) } });
}
