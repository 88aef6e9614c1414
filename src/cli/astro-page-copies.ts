// Astro's incremental build keeps a copy of every page it renders in its cache folder, to copy
// back into an output folder that lacks an unchanged page. The build command has no use for them:
// Astro starts from the site the last build replaced (spare-site.ts), which holds every unchanged
// page it can keep, and renders the rest. Writing the copies doubled the page phase's writes. At
// 10,000 rules (20,617 pages, 217 MB of copies) a cold build's page phase took 12.9-13.1 s
// without them against 14.7-15.0 s with (alternating runs). Without a spare (the second build
// into a folder) Astro now renders every page instead of copying it back, which took about as long.
// Astro's process loads this file: it imports nothing (discard-folder.ts's imports took 15 ms and
// 8 MB there).

/**
 * Where in its cache folder Astro keeps the page copies. The build drops any it finds (an older
 * version of this tool or `astro build` given the same cache folder left them): it will not
 * update them, and `astro build` would copy one back under a key that no longer matches it.
 */
export const PAGE_COPIES = 'dist';

interface IncrementalBuildCache {
  prototype: { writeOutputFile?: unknown; restoreOutputFile?: unknown };
}

/**
 * In Astro's process, before it builds: Astro neither writes page copies nor restores any. False
 * when this Astro's build cache is not the one this knows: Astro then does both, as before.
 */
export async function skipPageCopies(): Promise<boolean> {
  let cache: IncrementalBuildCache | undefined;
  try {
    // Not in Astro's exports: the very module its build imports, by its file.
    const module = (await import(new URL('./core/build/incremental.js', import.meta.resolve('astro')).href)) as {
      IncrementalBuildCache?: IncrementalBuildCache;
    };
    cache = module.IncrementalBuildCache;
  } catch {
    return false;
  }
  const methods = cache?.prototype;
  if (typeof methods?.writeOutputFile !== 'function' || typeof methods.restoreOutputFile !== 'function') return false;
  methods.writeOutputFile = async () => {};
  methods.restoreOutputFile = async () => false;
  return true;
}
