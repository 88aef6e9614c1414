// A replaced site is thrown away after the build has returned, not during it. Deleting a site of
// 10,000 rules (about 50,000 files and folders) took 5 to 14 s here, most of a one-rule rebuild's
// work after Astro and Pagefind. The folder is first moved out of the way (a rename, instant),
// into the tool's cache folder, so nothing is left beside the output; a detached process then
// deletes it. Whatever a killed remover left is deleted by the next build.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CACHE_DIR } from '../lib/check-cache.ts';
import { isRunning } from './build-lock.ts';

const TRASH = join(DEFAULT_CACHE_DIR, 'trash');

let discarded = 0;

/** A new name in the trash: the builder's process id first (emptyTrash reads it), then unique. */
function trashPlace(trash: string): string {
  return join(trash, `${process.pid}-${Date.now()}-${discarded++}`);
}

/** Removes `folder`: at once from where it is, from the disk in the background. */
export function discardFolder(folder: string, trash = TRASH): void {
  discardFolders([folder], trash);
}

/** Removes `folders` like discardFolder: into one place in the trash, with one remover for all. */
export function discardFolders(folders: string[], trash = TRASH): void {
  if (folders.length === 0) return;
  const place = trashPlace(trash);
  try {
    mkdirSync(place, { recursive: true });
  } catch {
    // No cache folder: delete them here and now.
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    return;
  }
  folders.forEach((folder, at) => {
    try {
      renameSync(folder, join(place, String(at)));
    } catch {
      // Another disk (a rename cannot cross it): delete it here and now.
      rmSync(folder, { recursive: true, force: true });
    }
  });
  removeInBackground(place);
}

/** Deletes what earlier builds put in the trash and whose removers are gone. */
export function emptyTrash(trash = TRASH): void {
  let entries: string[];
  try {
    entries = readdirSync(trash);
  } catch {
    return; // no trash
  }
  for (const entry of entries) {
    const builder = Number(entry.split('-')[0]);
    // A build still running may be about to start a remover for its own entry.
    if (!Number.isInteger(builder) || isRunning(builder)) continue;
    removeInBackground(join(trash, entry));
  }
}

function removeInBackground(path: string): void {
  // `force`: a second remover of the same folder (a build emptying the trash while an earlier
  // remover still runs) finds parts already gone, which is fine.
  const script = 'try { require("node:fs").rmSync(process.argv[1], { recursive: true, force: true }) } catch {}';
  const child = spawn(process.execPath, ['-e', script, path], { detached: true, stdio: 'ignore' });
  child.on('error', () => rmSync(path, { recursive: true, force: true }));
  child.unref();
}
