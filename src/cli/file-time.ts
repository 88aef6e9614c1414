// Which files were written before a moment, told by the file system's own times. File times come
// from the kernel's coarser clock (a tick behind the one Date.now() reads), some file systems keep
// whole seconds, and a network share may keep its host's clock: compared with Date.now(), a file
// written just after could look written before.
import { rmSync, statSync, writeFileSync } from 'node:fs';

/**
 * The time the file system stamps on a file written now at `marker` (removed at once): a file on
 * the same file system whose change time is earlier was last written before this call.
 */
export function fileTimeNow(marker: string): number {
  writeFileSync(marker, '');
  try {
    return statSync(marker).ctimeMs;
  } finally {
    rmSync(marker, { force: true });
  }
}
