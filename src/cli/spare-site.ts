// A rebuild starts from the site it replaced the time before, kept in the tool's cache folder
// (nothing is left beside the output). Astro's incremental build restores an unchanged page by
// copying it from its cache folder, unless the output folder already holds it. At 10,000 rules that was 20,403 copies
// and as many new folders per rebuild, and as many deletions again when the replaced site was
// thrown away: Astro's page phase took 12-16 s, against 2.8-3.0 s with the pages already there
// (alternating runs). A page of the spare site is kept only when its code and key were the same in
// the build that made it and in the last build, whose record Astro compares this build with: then
// it is the very page Astro would restore. Everything else in it goes before Astro runs, and
// after Astro every kept page is checked against what Astro made (TakenSpare.finish). Astro keeps
// no copies for the build command (astro-page-copies.ts): what the spare lacks, it renders.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { outputDigest } from '../lib/astro-cache-dir.ts';
import { DEFAULT_CACHE_DIR } from '../lib/cache-file.ts';
import { discardFolder, discardFolders } from './discard-folder.ts';
import { fileTimeNow } from './file-time.ts';
import { removeEmptyFolders } from './empty-folders.ts';
import { INDEX_FOLDER } from './index-files.ts';

/** Where Astro's incremental build records each page's code and key (Astro's cache folder). */
export const ASTRO_RECORD = 'incremental-build.json';
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
  try {
    for (const [component, route] of Object.entries(record.routes)) {
      for (const page of Object.values(route.paths)) {
        const inputs = [record.configHash, record.lockfileHash, component, route.dependencyHash, page.cacheKey];
        // Astro records the file as a URL path; the disk has it decoded.
        pages[decodeURI(page.outputFile)] = createHash('sha256')
          .update(JSON.stringify([...inputs, page.contentHashes ?? {}]))
          .digest('base64url');
      }
    }
  } catch {
    return undefined; // not the shape this file knows
  }
  return pages;
}

interface SpareFolders {
  slot: string;
  /** The site the last build replaced. */
  site: string;
  /** Its record (SiteRecord). */
  siteRecord: string;
  /** The record of the site in the output folder now. */
  live: string;
}

/** What a build records of the site it put in place. */
interface SiteRecord {
  /** The output folder, and the folder's inode: a folder put there since is not this site. */
  target: string;
  folder: number;
  /** When the record was written, the site complete, as a file time (file-time.ts): a file whose time is not earlier is not the build's. */
  recorded: number;
  pages: PageDigests;
  /** Astro's cache folder the build chose for this output (astro-cache-dir.ts), thrown away with the spare. */
  astroCache?: string;
}

const SPARES = join(DEFAULT_CACHE_DIR, 'spare');

/** Where the spare of `target` is kept (a benchmark's clean start removes it). */
export const spareSlot = (target: string): string => spareFolders(target).slot;

function spareFolders(target: string): SpareFolders {
  const slot = join(SPARES, outputDigest(target));
  return { slot, site: join(slot, 'site'), siteRecord: join(slot, 'site.json'), live: join(slot, 'live.json') };
}

/** What Astro made: every file of every page, relative to the output folder (astro-build-quiet.js writes it). */
export interface AstroOutput {
  files: Set<string>;
  /** Astro's record after the build. */
  pages: PageDigests | undefined;
}

export interface TakenSpare {
  /** How many pages of the spare site stay for Astro to use as they are. */
  kept: number;
  /**
   * After Astro: removes the kept pages Astro did not make (a rule deleted). Throws if a kept page
   * changed since and Astro did not render it again: another build shared Astro's cache folder.
   */
  finish(astro: AstroOutput): void;
  /** Before Astro, when the build stops: the folder goes back as the spare (what is left of it still matches its record). */
  putBack(): void;
}

export class StaleSpareError extends Error {}

/**
 * Moves the spare site of `target`, if any, into `building` and leaves in it only the pages the
 * last build (recorded in `astroCacheDir`) made the same; undefined when there is none to use.
 */
export function takeSpare(target: string, building: string, astroCacheDir: string): TakenSpare | undefined {
  const folders = spareFolders(target);
  const last = recordedPages(astroCacheDir);
  const spare = readRecord(folders.siteRecord);
  if (!last || !spare || !existsSync(folders.site)) return undefined;
  try {
    renameSync(folders.site, building);
  } catch {
    return undefined;
  }
  let kept: Set<string>;
  let emptied: Set<string>;
  try {
    const candidates = new Set(Object.keys(spare.pages).filter((file) => spare.pages[file] === last[file]));
    ({ kept, emptied } = clearAllBut(building, candidates, spare.recorded));
  } catch {
    // Half cleared: the build starts from an empty folder instead.
    discardFolder(building);
    return undefined;
  }
  const taken = Date.now();
  return {
    kept: kept.size,
    finish({ files, pages }) {
      for (const file of kept) {
        const path = join(building, file);
        if (!files.has(file)) {
          unlinkSync(path);
          emptied.add(dirname(path));
        } else if (pages?.[file] !== spare.pages[file] && statSync(path).mtimeMs < taken) {
          throw new StaleSpareError(
            `${file} was kept from the site this build replaced, but it has changed since and Astro did not render it again: another build used the same Astro cache folder at the same time. Build again.`,
          );
        }
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
 * Removes everything in `folder` but the files `candidates` (paths relative to it, with `/`)
 * unchanged since `recorded`, and Pagefind's index, which the next index is written over
 * (index-files.ts). Folders without a candidate go to the trash, deleted in the background;
 * other files are deleted here. Returns the files kept and the folders files were deleted from.
 */
function clearAllBut(folder: string, candidates: Set<string>, recorded: number): { kept: Set<string>; emptied: Set<string> } {
  const candidateFolders = new Set<string>();
  for (const file of candidates) {
    for (let at = file.indexOf('/'); at >= 0; at = file.indexOf('/', at + 1)) candidateFolders.add(file.slice(0, at));
  }
  const kept = new Set<string>();
  const emptied = new Set<string>();
  const dropped: string[] = [];
  const walk = (relative: string) => {
    const here = join(folder, relative);
    for (const entry of readdirSync(here, { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (path === INDEX_FOLDER) continue;
      if (entry.isDirectory()) {
        if (candidateFolders.has(path)) walk(path);
        else dropped.push(join(here, entry.name));
        continue;
      }
      // Its change time is the last write, rename or copy over it, which no one can set back: a
      // page someone edited (or replaced) in the live site after it was built is not kept.
      if (entry.isFile() && candidates.has(path) && statSync(join(here, entry.name)).ctimeMs < recorded) {
        kept.add(path);
        continue;
      }
      unlinkSync(join(here, entry.name));
      emptied.add(here);
    }
  };
  walk('');
  discardFolders(dropped);
  return { kept, emptied };
}

/** What the last build recorded of the site now in `target`; undefined when that site is not the one it put there. */
export function liveSite(target: string): { pages: PageDigests; recorded: number } | undefined {
  const live = readRecord(spareFolders(target).live);
  try {
    return live && statSync(target).ino === live.folder ? live : undefined;
  } catch {
    return undefined;
  }
}

/**
 * After the swap: keeps the site just replaced (`old`) as the spare of `target` when the last
 * build recorded it, and records the new site, whose pages Astro made as `pages`. The new site is
 * in place by now: a failure here only costs the next build its head start.
 */
export function keepAsSpare(target: string, old: string | undefined, pages: PageDigests | undefined, astroCache?: string): void {
  const folders = spareFolders(target);
  try {
    const live = readRecord(folders.live);
    mkdirSync(folders.slot, { recursive: true });
    if (existsSync(folders.site)) discardFolder(folders.site);
    rmFile(folders.siteRecord);
    rmFile(folders.live);
    if (old !== undefined && live && statSync(old).ino === live.folder) {
      writeFileSync(folders.siteRecord, JSON.stringify(live));
      renameSync(old, folders.site);
    }
    if (pages) {
      // Beside the site, on its file system: a page changed from now on has a later time (file-time.ts).
      const recorded = fileTimeNow(join(dirname(target), `.${basename(target)}.recorded-${process.pid}`));
      const record: SiteRecord = { target: resolve(target), folder: statSync(target).ino, recorded, pages, astroCache };
      writeFileSync(folders.live, JSON.stringify(record));
    }
  } catch {
    rmFile(folders.siteRecord);
    rmFile(folders.live);
  } finally {
    if (old !== undefined && existsSync(old)) discardFolder(old);
  }
  discardSparesOfGoneSites();
}

/**
 * The spares of output folders that no longer exist (a test's, a folder deleted) are thrown away;
 * a spare without a record only after a day, as another build may be between its two writes.
 */
function discardSparesOfGoneSites(now = Date.now()): void {
  let slots: string[];
  try {
    slots = readdirSync(SPARES);
  } catch {
    return;
  }
  for (const name of slots) {
    try {
      const slot = join(SPARES, name);
      const live = readRecord(join(slot, 'live.json'));
      if (live ? existsSync(live.target) : now - statSync(slot).mtimeMs <= 24 * 3600 * 1000) continue;
      discardFolders([slot, ...(live?.astroCache && existsSync(live.astroCache) ? [live.astroCache] : [])]);
    } catch {
      // another build is changing it
    }
  }
}

function readRecord(path: string): SiteRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as Partial<SiteRecord>;
    const valid =
      typeof record.target === 'string' &&
      typeof record.folder === 'number' &&
      typeof record.recorded === 'number' &&
      typeof record.pages === 'object' &&
      record.pages !== null;
    return valid ? (record as SiteRecord) : undefined;
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
