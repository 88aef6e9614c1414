// Which files were written before a moment, told by the file system's own times. File times come
// from the kernel's coarser clock (a tick behind the one Date.now() reads, 4 ms at 250 Hz), some
// file systems keep whole seconds, and a network share may keep its host's clock: compared with
// Date.now(), a file written just after could look written before.
import { rmSync, statSync, writeFileSync } from 'node:fs';

/** Longest wait for the file system's clock to move on: whole seconds, and a margin. */
const LONGEST_TICK_MS = 1_100;

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * A time on the file system's clock (stamped on a file written at `marker`, removed at once) that
 * has moved on from the time of this call: a file on the same file system whose change time is
 * earlier was last written before the call returned, and one written after has a time not earlier. Files
 * written in the tick of the call count as before, so the wait for the next tick (a few
 * milliseconds, a second on file systems that keep whole seconds) keeps them from being taken for
 * late: a build writes its last pages just before it asks.
 */
export function fileTimeNow(marker: string): number {
  const stamp = () => {
    writeFileSync(marker, '');
    return statSync(marker).ctimeMs;
  };
  try {
    const first = stamp();
    const until = performance.now() + LONGEST_TICK_MS;
    for (;;) {
      const next = stamp();
      if (next > first || performance.now() > until) return next;
      Atomics.wait(pause, 0, 0, 1);
    }
  } finally {
    rmSync(marker, { force: true });
  }
}
