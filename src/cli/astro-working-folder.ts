// Astro takes an output folder for one inside the project when its path begins with the
// project's, as text (`outDir.startsWith(process.cwd())` in astro/dist/core/build/common.js). A
// folder beside the project whose name begins with the project's ("~/rules-clarity-site" beside
// "~/rules-clarity") passes for one inside: Astro then bundles the pages into that folder, where
// Node cannot find the project's packages, and the build fails ("Cannot find package
// '@oslojs/encoding'"; found by a new-user trial). Such a build runs Astro from a folder of its
// own inside the project, which the output folder's path does not begin with: Astro bundles
// into that folder's `.astro/` then, as it does for any output folder outside the project.
import { mkdirSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** Where Astro's root is, when its process runs from another folder (astro-build-quiet.js). */
export const ASTRO_ROOT_ENV = 'RULES_ASTRO_ROOT';

let made = 0;

/** Whether Astro, run from `root`, would take `out` for a folder inside it although it is not. */
export function passesForInside(root: string, out: string): boolean {
  const path = relative(root, out);
  const outside = path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path);
  return outside && out.startsWith(root.replace(/[\\/]+$/, ''));
}

/**
 * The folder to run Astro from for a build of `root` into `out`, and how to clear it afterwards:
 * `root` itself, unless `out` would pass for a folder inside it.
 */
export function astroWorkingFolder(root: string, out: string): { folder: string; clear(): void } {
  if (!passesForInside(root, out)) return { folder: root, clear: () => {} };
  const folder = join(root, 'node_modules', '.cache', 'rules-clarity', `astro-run-${process.pid}-${made++}`);
  mkdirSync(folder, { recursive: true });
  return { folder, clear: () => rmSync(folder, { recursive: true, force: true }) };
}
