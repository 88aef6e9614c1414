// One build at a time per output folder, and a build removes only what a build made.
//
// The lock is a folder beside the output, `<out>.lock/` (creating a folder is atomic, and the
// `dist.*/` ignore rule already covers it), holding the owner's record: its process id and the
// two folders it makes (`<out>.building-<pid>`, `<out>.old-<pid>`). A build killed part-way leaves
// its record behind; the next build reads it and clears exactly those folders. Anything else
// beside the output (say a `dist.old-2024` someone kept) is never touched.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

export interface BuildFolders {
  /** Where this build writes the new site. */
  building: string;
  /** Where the previous site waits during the swap. */
  old: string;
  /** The checked book handed to Astro: inside the lock folder, so it goes when the lock is released. */
  book: string;
}

interface Owner {
  pid: number;
  started: string;
  /** Folder names beside the output, made by that build. */
  building: string;
  old: string;
}

export type LockResult = { ok: true; folders: BuildFolders; release(): void } | { ok: false; message: string };

/** The folders a build of `target` by process `pid` makes. */
export function buildFolders(target: string, pid: number = process.pid): BuildFolders {
  return { building: `${target}.building-${pid}`, old: `${target}.old-${pid}`, book: join(`${target}.lock`, 'checked-book.json') };
}

/**
 * Takes the lock on `target` for this process, first clearing what a killed build left, or says
 * why it cannot: another build is writing the same folder.
 */
export function lockOutput(target: string, now: Date = new Date()): LockResult {
  const lock = `${target}.lock`;
  const folders = buildFolders(target);
  const record: Owner = { pid: process.pid, started: now.toISOString(), building: basename(folders.building), old: basename(folders.old) };
  mkdirSync(dirname(target), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      mkdirSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readRecord(lock) ?? recordOnceWritten(lock);
      if (holder === undefined || isRunning(holder.pid)) return { ok: false, message: busy(target, lock, holder) };
      if (!takeOver(lock, holder)) return { ok: false, message: busy(target, lock, readRecord(lock)) };
      clearAfter(target, holder);
      continue;
    }
    writeFileSync(join(lock, 'owner.json'), `${JSON.stringify(record)}\n`);
    return { ok: true, folders, release: () => rmSync(lock, { recursive: true, force: true }) };
  }
  return { ok: false, message: busy(target, lock, readRecord(lock)) };
}

function readRecord(lock: string): Owner | undefined {
  try {
    const record = JSON.parse(readFileSync(join(lock, 'owner.json'), 'utf8')) as Partial<Owner>;
    return typeof record.pid === 'number' && typeof record.building === 'string' && typeof record.old === 'string'
      ? (record as Owner)
      : undefined;
  } catch {
    // Not written yet (the owner is between making the folder and writing its record) or damaged.
    return undefined;
  }
}

/**
 * The record of a lock just taken: its owner writes it right after making the folder, so a build
 * started at the same moment waits for it a little (up to 0.2 s) to say who holds the lock.
 */
function recordOnceWritten(lock: string): Owner | undefined {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < 200; waited += 10) {
    Atomics.wait(pause, 0, 0, 10);
    const record = readRecord(lock);
    if (record !== undefined) return record;
  }
  return undefined;
}

/**
 * Moves a dead build's lock aside, so two builds that both found it dead do not both clear and
 * take it: only one rename succeeds. If what was moved is not the record judged dead (a live
 * build took the lock in between), it goes back.
 */
function takeOver(lock: string, dead: Owner): boolean {
  const aside = `${lock}-stale-${process.pid}`;
  try {
    renameSync(lock, aside);
  } catch {
    return false;
  }
  const moved = readRecord(aside);
  if (moved?.pid !== dead.pid) {
    try {
      renameSync(aside, lock);
    } catch {
      // The lock was taken again meanwhile: leave the moved record for its owner's next build.
    }
    return false;
  }
  rmSync(aside, { recursive: true, force: true });
  return true;
}

/**
 * Clears what a killed build made, and only that: its half-built site is removed; a previous site
 * it had moved aside goes back in place if nothing replaced it (killed between the two renames of
 * the swap), and is removed if the new site did (killed just before removing it).
 */
function clearAfter(target: string, dead: Owner): void {
  const parent = dirname(target);
  rmSync(join(parent, dead.building), { recursive: true, force: true });
  const old = join(parent, dead.old);
  if (!existsSync(old)) return;
  if (existsSync(target)) rmSync(old, { recursive: true, force: true });
  else renameSync(old, target);
}

function busy(target: string, lock: string, holder: Owner | undefined): string {
  const who = holder ? `process ${holder.pid}, started ${holder.started}` : 'just starting';
  const show = (path: string) => relative(process.cwd(), path) || '.';
  return `Another build (${who}) is writing ${show(target)}/ right now. Wait for it to finish, then build again. If no build is running, delete ${show(lock)}/ and build again.\n`;
}

/** Whether process `pid` is alive (on this machine). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
