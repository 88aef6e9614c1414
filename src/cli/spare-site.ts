// A rebuild starts from the site it replaced the time before, kept in the tool's cache folder
// (nothing is left beside the output). Astro's incremental build restores an unchanged page by copying it from its
// cache folder, unless the output folder already holds it. At 10,000 rules that was 20,403 copies
// and as many new folders per rebuild, and as many deletions again when the replaced site was
// thrown away: Astro's page phase took 12-16 s, against 2.8-3.0 s with the pages already there
// (alternating runs). A page of the spare site is kept only when its code and key were the same in
// the build that made it and in the last build, whose record Astro compares this build with: then
// it is the very page Astro would restore. Everything else in it goes before Astro runs.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve, sep } from 'node:path';
import { DEFAULT_CACHE_DIR } from '../lib/cache-file.ts';
import { discardFolder } from './discard-folder.ts';
import { INDEX_FOLDER } from './index-files.ts';

/** Where Astro's incremental build records each page's code and key (Astro's cache folder). */
const ASTRO_RECORD = 'incremental-build.json';
/** The only version of that record this file reads; another means Astro changed it. */
const ASTRO_RECORD_VERSION = 1;

interface AstroRecord {
  version: number;
  configHash: string;
  lockfileHash: string;
  routes: Record<
    string,
    { dependencyHash: string; paths: Record<string, { cacheKey: string; outputFile: string; contentHashes?: Record<string, string> }> }
  >;
}

/** Each page Astro recorded, by output file: a digest of everything that decides its bytes. */
export type PageDigests = Record<string, string>;

/** The pages Astro's record in `astroCacheDir` says the last build made; undefined without a record it can read. */
export function recordedPages(astroCacheDir: string): PageDigests | undefined {
  let record: AstroRecord;
  try {
    record = JSON.parse(readFileSync(join(astroCacheDir, ASTRO_RECORD), 'utf8')) as AstroRecord;
  } catch {
    return undefined;
  }
  if (record?.version !== ASTRO_RECORD_VERSION || typeof record.routes !== 'object') return undefined;
  const pages: PageDigests = {};
  for (const [component, route] of Object.entries(record.routes)) {
    for (const page of Object.values(route.paths)) {
      const inputs = [record.configHash, record.lockfileHash, component, route.dependencyHash, page.cacheKey];
      pages[page.outputFile] = createHash('sha256')
        .update(JSON.stringify([...inputs, page.contentHashes ?? {}]))
        .digest('base64url');
    }
  }
  return pages;
}

interface SpareFolders {
  slot: string;
  /** The site the last build replaced. */
  site: string;
  /** Its pages as Astro recorded them when it was built. */
  sitePages: string;
  /** The pages of the site in the output folder now, and which folder that is. */
  live: string;
}

const SPARES = join(DEFAULT_CACHE_DIR, 'spare');

function spareFolders(target: string, spares = SPARES): SpareFolders {
  const slot = join(spares, createHash('sha256').update(resolve(target)).digest('hex').slice(0, 16));
  return { slot, site: join(slot, 'site'), sitePages: join(slot, 'site-pages.json'), live: join(slot, 'live-pages.json') };
}

export interface TakenSpare {
  /** How many pages of the spare site stay for Astro to use as they are. */
  kept: number;
  /** After Astro: removes the kept pages this build did not make (a rule deleted), and folders left empty. */
  dropStale(astroCacheDir: string): void;
  /** Before Astro, when the build stops: the folder goes back as the spare (what is left of it still matches its record). */
  putBack(): void;
}

/**
 * Moves the spare site of `target`, if any, into `building` and leaves in it only the pages the
 * last build (recorded in `astroCacheDir`) made the same; undefined when there is none to use.
 */
export function takeSpare(target: string, building: string, astroCacheDir: string): TakenSpare | undefined {
  const folders = spareFolders(target);
  const last = recordedPages(astroCacheDir);
  const spare = readPages(folders.sitePages);
  if (!last || !spare || !existsSync(folders.site)) return undefined;
  try {
    renameSync(folders.site, building);
  } catch {
    return undefined;
  }
  const kept = new Set(Object.keys(spare).filter((file) => spare[file] === last[file]));
  let emptied: Set<string>;
  try {
    emptied = clearAllBut(building, kept);
  } catch {
    // Half cleared: the build starts from an empty folder instead.
    discardFolder(building);
    return undefined;
  }
  return {
    kept: kept.size,
    dropStale(cacheDir) {
      const made = recordedPages(cacheDir) ?? {};
      for (const file of kept) {
        if (made[file] !== undefined) continue;
        unlinkSync(join(building, file));
        emptied.add(dirname(join(building, file)));
      }
      removeEmptyFolders(emptied, building);
    },
    putBack() {
      try {
        renameSync(building, folders.site);
      } catch {
        discardFolder(building);
      }
    },
  };
}

/**
 * Removes everything in `folder` but the files `kept` (paths relative to it, with `/`) and
 * Pagefind's index, which the next index is written over (index-files.ts). Whole folders without
 * a kept file go to the trash, deleted in the background; the few other files are deleted here.
 * Returns the folders files were deleted from.
 */
function clearAllBut(folder: string, kept: Set<string>): Set<string> {
  const keptFolders = new Set<string>();
  for (const file of kept) {
    for (let at = file.indexOf('/'); at >= 0; at = file.indexOf('/', at + 1)) keptFolders.add(file.slice(0, at));
  }
  const emptied = new Set<string>();
  const walk = (relative: string) => {
    const here = join(folder, relative);
    for (const entry of readdirSync(here, { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (path === INDEX_FOLDER) continue;
      if (entry.isDirectory()) {
        if (keptFolders.has(path)) walk(path);
        else discardFolder(join(here, entry.name));
      } else if (!kept.has(path)) {
        unlinkSync(join(here, entry.name));
        emptied.add(here);
      }
    }
  };
  walk('');
  return emptied;
}

/** Removes each of `folders` that is empty, and then its parents that are, up to `root`. */
function removeEmptyFolders(folders: Set<string>, root: string): void {
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

/**
 * After the swap: keeps the site just replaced (`old`) as the spare of `target` when the last
 * build recorded its pages, and records the pages of the new site (`astroCacheDir`'s record).
 * The new site is in place by now: a failure here only costs the next build its head start.
 */
export function keepAsSpare(target: string, old: string | undefined, astroCacheDir: string): void {
  const folders = spareFolders(target);
  try {
    const live = readLive(folders.live);
    mkdirSync(folders.slot, { recursive: true });
    if (existsSync(folders.site)) discardFolder(folders.site);
    rmFile(folders.sitePages);
    rmFile(folders.live);
    // The record is of the folder the last build put in place: a folder put there since is not it.
    if (old !== undefined && live && statSync(old).ino === live.folder) {
      writeFileSync(folders.sitePages, JSON.stringify(live.pages));
      renameSync(old, folders.site);
    }
    const pages = recordedPages(astroCacheDir);
    if (pages) writeFileSync(folders.live, JSON.stringify({ target: resolve(target), folder: statSync(target).ino, pages }));
    discardSparesOfGoneSites();
  } catch {
    rmFile(folders.sitePages);
    rmFile(folders.live);
  } finally {
    if (old !== undefined && existsSync(old)) discardFolder(old);
  }
}

/**
 * The spares of output folders that no longer exist (a test's, a folder deleted) are thrown away;
 * a spare without a record only after a day, as another build may be between its two writes.
 */
function discardSparesOfGoneSites(now = Date.now()): void {
  for (const name of readdirSync(SPARES)) {
    const slot = join(SPARES, name);
    const live = readLive(join(slot, 'live-pages.json'));
    if (live ? !existsSync(live.target) : now - statSync(slot).mtimeMs > 24 * 3600 * 1000) discardFolder(slot);
  }
}

function readPages(path: string): PageDigests | undefined {
  try {
    const pages = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return pages && typeof pages === 'object' ? (pages as PageDigests) : undefined;
  } catch {
    return undefined;
  }
}

function readLive(path: string): { target: string; folder: number; pages: PageDigests } | undefined {
  try {
    const live = JSON.parse(readFileSync(path, 'utf8')) as { target?: unknown; folder?: unknown; pages?: unknown };
    return typeof live.target === 'string' && typeof live.folder === 'number' && live.pages && typeof live.pages === 'object'
      ? { target: live.target, folder: live.folder, pages: live.pages as PageDigests }
      : undefined;
  } catch {
    return undefined;
  }
}

function rmFile(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // absent
  }
}
