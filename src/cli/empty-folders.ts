import { rmdirSync } from 'node:fs';
import { dirname, sep } from 'node:path';

/**
 * Removes each of `folders` (where files were deleted) that is empty, and then its parents that
 * are, up to `root`: a site keeps no empty folder that a clean build would not make.
 */
export function removeEmptyFolders(folders: Iterable<string>, root: string): void {
  const deepestFirst = [...folders].sort((a, b) => b.split(sep).length - a.split(sep).length);
  for (let folder of deepestFirst) {
    while (folder !== root && folder.startsWith(root + sep)) {
      try {
        rmdirSync(folder);
      } catch {
        break; // not empty, or already gone
      }
      folder = dirname(folder);
    }
  }
}
