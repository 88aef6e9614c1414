// Peak memory of a process and everything it starts (Astro's process, Pagefind's binary), read
// from /proc while they run (Linux): each process's own peak (VmHWM, kept by the kernel, so exact
// as long as the process is seen once) and the largest sum of them all at one moment (sampled),
// twice: of their resident memory, which counts the Node binary's pages (about 50 MB) once for
// each Node process sharing them, and of their proportional share (Pss), which counts them once.
import { readFileSync, readdirSync } from 'node:fs';

export interface Peaks {
  /** The largest peak of any one process, in MB, and its command. */
  largest: { mb: number; command: string };
  /** The largest total resident memory of the tree seen at one sample, in MB. */
  together: number;
  /** The same with pages shared between its processes counted once (their Pss), in MB. */
  shared: number;
}

function status(pid: number): { ppid: number; rss: number; hwm: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { ppid: field('PPid'), rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return undefined; // gone in the meantime
  }
}

/** Its proportional set size: each page it shares with n processes counts 1/n. */
function pss(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0; // gone in the meantime
  }
}

function command(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').slice(0, 3).join(' ').slice(0, 120);
  } catch {
    return '?';
  }
}

/** Samples the tree under `root` every `everyMs` until stop() is called. */
export function watchPeaks(root: number, everyMs = 100): { stop(): Peaks } {
  const hwm = new Map<number, { kb: number; command: string }>();
  let together = 0;
  let shared = 0;
  const sample = () => {
    const all = new Map<number, { ppid: number; rss: number; hwm: number }>();
    for (const name of readdirSync('/proc')) {
      const pid = Number(name);
      if (!Number.isInteger(pid)) continue;
      const found = status(pid);
      if (found) all.set(pid, found);
    }
    const inTree = (pid: number): boolean => {
      for (let at: number | undefined = pid; at !== undefined && at > 1; at = all.get(at)?.ppid) if (at === root) return true;
      return false;
    };
    let sum = 0;
    let sumShared = 0;
    for (const [pid, found] of all) {
      if (!inTree(pid)) continue;
      sum += found.rss;
      sumShared += pss(pid);
      const known = hwm.get(pid);
      // Read again as it grows: seen just after its fork, a child still shows its parent's command.
      if (!known || found.hwm > known.kb) {
        const now = command(pid);
        hwm.set(pid, { kb: found.hwm, command: now === '?' && known ? known.command : now });
      }
    }
    together = Math.max(together, sum);
    shared = Math.max(shared, sumShared);
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const largest = [...hwm.values()].sort((a, b) => b.kb - a.kb)[0] ?? { kb: 0, command: 'none seen' };
      return { largest: { mb: largest.kb / 1024, command: largest.command }, together: together / 1024, shared: shared / 1024 };
    },
  };
}
