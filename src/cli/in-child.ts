// Work run in a child Node process. A worker thread's memory is not all given back when it ends:
// after a 10,000-rule check in a worker, the build's process kept 202 MB (12 MB of it its own
// heap) beside Astro's. A process gives back everything when it exits.
import { fork } from 'node:child_process';
import { received, reportTo, type Message } from './in-worker.ts';
import { processEntry } from '../lib/entry-point.ts';
import { SMALL_HEAP_FLAGS } from '../lib/worker-heap.ts';

/**
 * Runs the module `entry` (which calls reportToProcessParent) in a child process, with the same
 * small heap as the workers, and sends it `data`; its output goes to `write`, its
 * result or its error is returned.
 */
export function runInChild<T>(entry: URL, data: object, write: (text: string) => void): Promise<T> {
  const { script, args } = processEntry(entry);
  const child = fork(script, args, {
    execArgv: [...process.execArgv, ...SMALL_HEAP_FLAGS],
    serialization: 'advanced',
    // Its standard output is ours, so it shows colors when ours does (terminal-style.ts).
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.send(data);
  return new Promise((done, fail) => {
    child.on('message', (message: Message) => received(message, write, done, fail));
    child.on('error', fail);
    // 'close', not 'exit': it comes after the last message, which 'exit' can overtake.
    child.on('close', (code, signal) => fail(new Error(`a child process stopped (${signal ?? `exit code ${code}`}) before it was done`)));
  });
}

/** In a child started by runInChild: the data it was sent. */
export function dataFromParent<T>(): Promise<T> {
  return new Promise((done) => process.once('message', (data) => done(data as T)));
}

/** In a child: runs `work`, sending its output as it goes, then its result or why it failed. */
export async function reportToProcessParent(work: (write: (text: string) => void) => Promise<unknown>): Promise<void> {
  let last: Promise<void> = Promise.resolve();
  await reportTo((message) => {
    last = new Promise((sent) => process.send!(message, undefined, {}, () => sent()));
  }, work);
  // Once the last message is on its way (they go in order): the channel would keep this process alive.
  await last;
  process.disconnect();
}
