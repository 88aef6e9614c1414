// A command run in a worker thread whose young generation is kept small. V8 otherwise grows it
// to tens of megabytes while 10,000 YAML files are parsed, and the garbage it promotes made a
// full check peak at about 300 MB; with 8 MB it peaked at 186 MB, no slower (measured at
// 10,000 rules). The flag only takes effect when a heap is created, hence a worker.
import { Worker } from 'node:worker_threads';
import { stdoutShowsColors } from './terminal-style.ts';
import { UsageError } from './usage-error.ts';

export const YOUNG_GENERATION_MB = 8;

type Message = { write: string } | { code: number } | { failed: { message: string; stack?: string; usage: boolean } };

export function runInWorker(name: string, args: string[], write: (text: string) => void): Promise<number> {
  const worker = new Worker(new URL('./command-worker.ts', import.meta.url), {
    workerData: { name, args, colorful: stdoutShowsColors() },
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  return new Promise((done, fail) => {
    worker.on('message', (message: Message) => {
      if ('write' in message) write(message.write);
      else if ('code' in message) done(message.code);
      else {
        const { message: text, stack, usage } = message.failed;
        fail(usage ? new UsageError(text) : Object.assign(new Error(text), { stack }));
      }
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the ${name} command's worker stopped (exit code ${code}) before it was done`)));
  });
}
