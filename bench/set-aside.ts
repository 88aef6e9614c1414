// The bench's old outputs are moved aside while it times builds, and deleted when it is done.
// An ext4 file system without a journal (as on these machines) skips, for each new file or
// folder, every inode freed in the last minute (six while the freed inodes are not yet written
// out), looking up each one's inode block to see when it was freed. Right after the 50,000 files
// of a 10,000-rule site were deleted, a build creating 40,000 more spent seconds in that search
// (`perf`: a third to a half of all CPU samples in the page phase, in `recently_deleted` under
// `ext4_create`/`ext4_mkdir`). The real build, timed first after the deletions, paid more of it
// than its floor: its pages took 19-24 s just after, 15.5-16 s with nothing freed nearby.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const TRASH = resolve('bench/out/trash');
/** When the bench last deleted its trash (milliseconds), for the next bench to wait on. */
const EMPTIED = resolve('bench/out/trash-emptied');
/** A minute once the freed inodes are written out (`sync` does that at once), and a margin for the kernel's whole seconds. */
const RECENT_MS = 62_000;

let moved = 0;

/** Moves the folders into the bench's trash: a rename frees no inode. */
export async function setAside(folders: string[]): Promise<void> {
  await mkdir(TRASH, { recursive: true });
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    await rename(folder, join(TRASH, `${process.pid}-${moved++}`)).catch(() => rm(folder, { recursive: true, force: true }));
  }
}

/** Deletes what the bench moved aside (after its last timing), writes the freed inodes out, and notes when. */
export async function emptyTrash(): Promise<void> {
  await rm(TRASH, { recursive: true, force: true });
  spawnSync('sync');
  writeFileSync(EMPTIED, String(Date.now()));
}

/**
 * Before the first timing: a trash left by a bench stopped before its end is deleted, and the
 * bench waits until no inode it or the last bench freed counts as recently freed.
 */
export async function startClean(say: (line: string) => void): Promise<void> {
  if (existsSync(TRASH)) await emptyTrash();
  const emptied = Number(existsSync(EMPTIED) ? readFileSync(EMPTIED, 'utf8') : 0);
  const wait = emptied + RECENT_MS - Date.now();
  if (wait <= 0) return;
  say(`waiting ${Math.ceil(wait / 1000)} s: the last bench's deleted outputs would slow the file system (bench/set-aside.ts)`);
  await sleep(wait);
}
