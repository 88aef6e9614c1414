// The child process of index-ahead.ts. It runs at the lowest priority, and so does Pagefind's
// service, which it starts and which inherits it: Pagefind then reads on what Astro leaves idle.
// At 10,000 rules, reading at the same priority slowed Astro by 1.5-3 s; at the lowest, a rebuild
// took 13.4-16.1 s against 15.9-17.3 s with a priority of 10 (3 alternating runs each).
import { setPriority } from 'node:os';
import { dataFromParent } from './in-child.ts';
import type { AheadMessage, BuiltSite } from './index-ahead.ts';
import type { RecordedSite } from './read-ahead.ts';

// Listened for before Pagefind's modules load: a message with no listener yet would be lost.
const start = await dataFromParent<{ target: string; live: RecordedSite; glob: string }>();
const built = dataFromParent<BuiltSite>();
const { close } = await import('pagefind');
const { readAhead, readChangedPages } = await import('./read-ahead.ts');
const send = (message: AheadMessage) => new Promise<void>((sent) => process.send!(message, undefined, {}, () => sent()));

try {
  setPriority(19);
} catch {
  // Not allowed here: it reads at the usual priority.
}
try {
  const ahead = await readAhead(start.target, start.live, start.glob).catch(() => undefined);
  const reused = ahead && (await readChangedPages(ahead, start.live, start.glob, await built).catch(() => undefined));
  await send({ reused });
  if (ahead && reused) await send({ index: await ahead.index.getFiles() });
} finally {
  await close();
  process.disconnect();
}
