// The worker thread of index-ahead.ts. On Linux a thread has its own priority, and a process
// started from it inherits it: this thread takes the lowest and then starts Pagefind's service,
// which so reads on what Astro leaves idle. At 10,000 rules, reading at the same priority slowed
// Astro by 1.5-3 s; at the lowest, a rebuild took 13.4-16.1 s against 15.9-17.3 s with a
// priority of 10 (3 alternating runs each). A thread, not a child process, as that held 30 MB
// more beside Astro (its own Node).
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { close } from 'pagefind';
import type { AheadMessage, AheadStart, BuiltSite } from './index-ahead.ts';
import { readAhead, readChangedPages, readLatePages, readWhenWritten, type ReadAhead } from './read-ahead.ts';

const port = parentPort!;
const start = workerData as AheadStart;
const built = new Promise<BuiltSite>((take) => port.once('message', take));

setPriority(19);

/** The index read ahead, with the pages that changed since read again; undefined to index the site afresh. */
async function readAndUpdate(): Promise<{ ahead: ReadAhead; reused: { pages: number; readAgain: number } | undefined } | undefined> {
  if (start.from === 'replaced') {
    const ahead = await readAhead(start.target, start.live, start.glob);
    return ahead && { ahead, reused: await readChangedPages(ahead, start.live, start.glob, await built) };
  }
  const ahead = await readWhenWritten(start.site, start.expected, start.glob, built);
  return ahead && { ahead, reused: await readLatePages(ahead, start.glob, await built) };
}

try {
  const { ahead, reused } = (await readAndUpdate().catch(() => undefined)) ?? {};
  port.postMessage({ reused } satisfies AheadMessage);
  if (ahead && reused) {
    const index = await ahead.index.getFiles().catch((error: Error) => ({ errors: [error.message], files: [] }));
    port.postMessage({ index } satisfies AheadMessage);
  }
} finally {
  await close();
  port.close();
}
