import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { bookChecks, type BookCheck } from './checks/index.ts';
import { checkFilesAlone, type InputFile } from './check-file.ts';
import type { FileResult } from './check-cache.ts';
import { YOUNG_GENERATION_MB } from './worker-heap.ts';

/**
 * The fewest files worth a thread of their own: a thread takes about 0.2 s to start and load the
 * checks, the time this thread checks some 500 files in.
 */
export const MIN_FILES_PER_THREAD = 1000;

export interface ThreadOptions {
  /** Threads to use, this one included. */
  threads?: number;
  minFilesPerThread?: number;
  checks: readonly BookCheck[];
  today: string;
}

/**
 * Checks each file alone (check-file.ts), the files spread over this thread and helper threads,
 * when there are enough of them: parsing dominates a check, and a machine with two cores parses
 * twice as fast. The cross-file checks stay with the caller. Returns nothing when one thread is
 * best; the caller then checks every file itself.
 */
export async function checkFilesInThreads(
  site: InputFile | undefined,
  inputs: readonly InputFile[],
  options: ThreadOptions,
): Promise<Map<InputFile, FileResult>> {
  const perThread = Math.max(1, options.minFilesPerThread ?? MIN_FILES_PER_THREAD);
  const count = Math.min(options.threads ?? 1, Math.floor(inputs.length / perThread));
  // A helper knows the checks by name; one it does not know (a test's own) keeps all in this thread.
  const perRule = options.checks.filter((check) => check.perRule);
  if (count < 2 || perRule.some((check) => !bookChecks.includes(check))) return new Map();

  const share = Math.ceil(inputs.length / count);
  const shares = Array.from({ length: count }, (_, index) => inputs.slice(index * share, (index + 1) * share));
  const names = perRule.map((check) => check.name);
  // The helpers start first, so that they load while this thread checks its own share.
  const helpers = shares.slice(1).map((files) => new Helper({ site, inputs: files, checks: names, today: options.today }));
  const own: FileResult[] = [];
  for (let start = 0; start < shares[0]!.length; start += BATCH) {
    own.push(...checkFilesAlone(site, shares[0]!.slice(start, start + BATCH), perRule, options.today));
    // Batches the helpers have sent are taken in between: waiting in the queue until this share is
    // done, they held the copy of their whole share at the peak.
    for (const helper of helpers) helper.receive();
  }
  const results = [own, ...(await Promise.all(helpers.map((helper) => helper.done)))].flat();
  return new Map(inputs.map((input, index) => [input, results[index]!]));
}

/** A helper checks its files in batches of this many, and sends each as it is done. */
export const BATCH = 250;

export interface HelperData {
  site: InputFile | undefined;
  inputs: readonly InputFile[];
  /** The per-rule checks to run, by name. */
  checks: string[];
  today: string;
  /** Where to send each batch of results, then 'done'. */
  port: MessagePort;
}

/** A helper thread checking a share of the files (check-files-worker.ts). */
class Helper {
  readonly #results: FileResult[] = [];
  readonly #port: MessagePort;
  #finished = false;
  readonly done: Promise<FileResult[]>;

  constructor(data: Omit<HelperData, 'port'>) {
    const { port1, port2 } = new MessageChannel();
    this.#port = port1;
    const worker = new Worker(new URL('./check-files-worker.ts', import.meta.url), {
      workerData: { ...data, port: port2 },
      transferList: [port2],
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    this.done = new Promise((done, fail) => {
      const end = (error?: Error) => {
        port1.close();
        if (error) fail(error);
        else done(this.#results);
      };
      port1.on('message', (message: FileResult[] | 'done') => {
        this.#take(message);
        if (this.#finished) end();
      });
      worker.once('error', end);
      worker.once('exit', (code) => {
        // The port is not the worker's own channel: what it sent last may still be on its way.
        this.receive();
        if (this.#finished) end();
        else end(new Error(`a check thread stopped (exit code ${code}) before it was done`));
      });
    });
  }

  /** Takes the batches sent so far, without waiting (for a thread busy with work of its own). */
  receive(): void {
    for (let message = receiveMessageOnPort(this.#port); message; message = receiveMessageOnPort(this.#port)) {
      this.#take(message.message as FileResult[] | 'done');
    }
  }

  #take(message: FileResult[] | 'done'): void {
    if (message === 'done') this.#finished = true;
    else this.#results.push(...message);
  }
}
