// Pagefind numbers the pages of an index in the order its walk of the site meets them: a
// depth-first walk that takes each folder's entries in the order the file system lists them, not
// sorted. The numbers are in the index files, so two folders holding the same pages give the same
// index only when their walks meet the pages in the same order. ext4 lists a folder's entries by
// a hash of their names, tmpfs in the reverse of the order they were written, other file systems
// otherwise again. Nothing here assumes any of them: it reads the order.
import { opendirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The order in which a depth-first walk of `root`, taking each folder's entries as the file
 * system lists them, meets `files` (relative paths, with `/`). Only the folders that hold two or
 * more of them are read (a folder with one has one order), so the files are taken to be there;
 * at 10,000 rule pages that is 2 folders read instead of 10,002.
 */
export function walkOrder(root: string, files: Iterable<string>): string[] {
  // For each folder on the way to a file: how many of the files it holds, and one of them.
  const held = new Map<string, { count: number; file: string }>();
  const wanted = new Set<string>();
  for (const file of files) {
    wanted.add(file);
    for (let at = file.indexOf('/'); at >= 0; at = file.indexOf('/', at + 1)) {
      const folder = file.slice(0, at);
      const seen = held.get(folder);
      if (seen) seen.count++;
      else held.set(folder, { count: 1, file });
    }
  }
  const order: string[] = [];
  const visit = (folder: string) => {
    let listing;
    try {
      listing = opendirSync(folder ? join(root, folder) : root);
    } catch {
      return;
    }
    try {
      for (let entry = listing.readSync(); entry; entry = listing.readSync()) {
        const path = folder ? `${folder}/${entry.name}` : entry.name;
        if (wanted.has(path)) {
          if (!entry.isDirectory()) order.push(path);
          continue;
        }
        const inside = held.get(path);
        if (inside === undefined || !entry.isDirectory()) continue;
        if (inside.count > 1) visit(path);
        else order.push(inside.file);
      }
    } finally {
      listing.closeSync();
    }
  };
  visit('');
  return order;
}
