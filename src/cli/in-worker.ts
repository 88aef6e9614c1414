// Work run in a worker thread whose heap is kept small (lib/worker-heap.ts). Not all
// of a worker's memory is given back to the system when it ends: work that must leave nothing
// behind runs in a child process instead (in-child.ts).
import { parentPort } from 'node:worker_threads';
import { workerEntry } from '../lib/entry-point.ts';
import { smallHeapWorker } from '../lib/worker-heap.ts';
import { stdoutShowsColors } from './terminal-style.ts';
import { isUsageError, UsageError } from './usage-error.ts';

/** What a worker (or a child process, in-child.ts) tells the thread that started it. */
export type Message = { write: string } | { result: unknown } | { failed: { message: string; stack?: string; usage: boolean } };

/**
 * Runs the worker module `entry` (which calls reportToParent) with `data` as its workerData, plus
 * whether stdout shows colors; its output goes to `write`, its result or its error is returned.
 */
export function runInWorker<T>(entry: URL, data: object, write: (text: string) => void): Promise<T> {
  const { script, workerData } = workerEntry(entry, { ...data, colorful: stdoutShowsColors() });
  const worker = smallHeapWorker(script, workerData);
  return new Promise((done, fail) => {
    worker.on('message', (message: Message) => received(message, write, done, fail));
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a worker stopped (exit code ${code}) before it was done`)));
  });
}

/** Acts on one message of a worker or child: output, the result, or why it failed. */
export function received<T>(
  message: Message,
  write: (text: string) => void,
  done: (result: T) => void,
  fail: (error: Error) => void,
): void {
  if ('write' in message) write(message.write);
  else if ('result' in message) done(message.result as T);
  else {
    const { message: text, stack, usage } = message.failed;
    fail(usage ? new UsageError(text) : Object.assign(new Error(text), { stack }));
  }
}

/** In a worker: runs `work`, sending its output as it goes, then its result or why it failed. */
export function reportToParent(work: (write: (text: string) => void) => Promise<unknown>): Promise<void> {
  const port = parentPort!;
  return reportTo((message) => port.postMessage(message), work);
}

/** Runs `work`, posting its output as it goes, then its result or why it failed. */
export async function reportTo(post: (message: Message) => void, work: (write: (text: string) => void) => Promise<unknown>): Promise<void> {
  try {
    post({ result: await work((text) => post({ write: text })) });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    post({ failed: { message: failure.message, stack: failure.stack, usage: isUsageError(error) } });
  }
}
