// After Pagefind: gives the staff edition its offline copy. Hashes every file the worker may
// keep into the build's version, stamps the version into each page, and writes offline.json
// (what to keep) and sw.js (the worker, from src/scripts/service-worker.ts).
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inScope, offlineWorker, pathIn, type OfflineManifest, type WorkerConfig } from '../../scripts/service-worker.ts';
import { NETWORK_TIMEOUT_MS } from './network-timeout.ts';
import { OFFLINE_FALLBACK, planOffline, type OfflinePlan } from './plan.ts';
import { BUILD_STAMP_MARKER, BUILD_STAMP_PLACE, buildStamp, EARLIER_BUILD_STAMP, VERSION_LENGTH } from './stamp.ts';

export const MANIFEST_FILE = 'offline.json';
export const WORKER_FILE = 'sw.js';

export interface OfflineCopy {
  version: string;
  plan: OfflinePlan;
}

const hash = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

const MARKER = Buffer.from(BUILD_STAMP_MARKER);
const PLACE = Buffer.from(BUILD_STAMP_PLACE);

const EARLIER_STAMP_START = Buffer.from('<p class="build-stamp"><span id="build-label">');

/**
 * Where a page's stamp goes: the marker as the layout writes it, padded (BUILD_STAMP_PLACE) or
 * not, exactly, as a rule's text quoting part of it in the page's head is not the place; or, in a
 * page kept from the site this build replaces, the stamp of the build that made it.
 */
function stampPlace(html: Buffer): { at: number; length: number } | undefined {
  for (const marker of [PLACE, MARKER]) {
    const at = html.indexOf(marker);
    if (at >= 0) return { at, length: marker.length };
  }
  const start = html.indexOf(EARLIER_STAMP_START);
  if (start < 0) return undefined;
  // A stamp is ASCII and short: the bytes of the longest one a date can give are enough to match.
  const earlier = EARLIER_BUILD_STAMP.exec(html.subarray(start, start + 2 * PLACE.length).toString('latin1'));
  return earlier?.index === 0 ? { at: start, length: earlier[0].length } : undefined;
}

/** A file of the built site as the offline copy needs it: read once, with where its stamp goes. */
export interface SiteFile {
  /** On disk. */
  path: string;
  /** Relative to the site, with `/`. */
  file: string;
  bytes: Buffer;
  place: { at: number; length: number } | undefined;
  /** What is fetched first depends on the sizes: each page is weighed with its marker unpadded. */
  size: number;
  /**
   * What the version covers: the contents before the stamp, each page taken with its marker
   * unpadded, so the same rules built again give the same version, as they did before the padding.
   */
  digest: string;
}

export function siteFile(site: string, path: string, bytes: Buffer): SiteFile {
  const place = path.endsWith('.html') ? stampPlace(bytes) : undefined;
  const size = place ? bytes.length - place.length + MARKER.length : bytes.length;
  const digest = place
    ? createHash('sha256')
        .update(bytes.subarray(0, place.at))
        .update(MARKER)
        .update(bytes.subarray(place.at + place.length))
        .digest('hex')
        .slice(0, 12)
    : hash(bytes).slice(0, 12);
  return { path, file: relative(site, path).split(sep).join('/'), bytes, place, size, digest };
}

/**
 * Reads every file of `site`, but none under the folders `leftOut` (relative to it): the build
 * reads what Astro made while Pagefind indexes, and hands over the files it writes after that
 * itself. At 10,000 rules reading the pages took 1.5 s, most of it on a core Pagefind left idle.
 */
export function readSiteFiles(site: string, leftOut: readonly string[] = []): SiteFile[] {
  const skipped = leftOut.map((folder) => join(site, folder));
  const inSkipped = (folder: string) => skipped.some((skip) => folder === skip || folder.startsWith(skip + sep));
  // Each file is read once: its bytes are hashed, and a page is stamped from them. At 10,000 rules
  // reading the pages again to stamp them (and a stat per file for its size) took 0.6 of 1.9 s.
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !inSkipped(entry.parentPath))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return siteFile(site, path, readFileSync(path));
    });
}

/**
 * Every file of the site, from files read earlier and files written since (given as written):
 * a file written since replaces its earlier reading.
 */
export function withWrittenFiles(readEarlier: readonly SiteFile[], writtenSince: readonly SiteFile[]): SiteFile[] {
  const written = new Set(writtenSince.map((file) => file.file));
  return [...readEarlier.filter((file) => !written.has(file.file)), ...writtenSince];
}

/**
 * Stamps and lists `files`, which must be every file of `site` as it is now (by default they
 * are read here): a file missing from them would be missing from the offline copy.
 */
export function writeOfflineCopy(site: string, built = new Date(), files: readonly SiteFile[] = readSiteFiles(site)): OfflineCopy {
  const byFile = new Map(files.map((file) => [file.file, file]));
  const plan = planOffline(files.map(({ file, size }) => ({ file, bytes: size })));
  const hashes: Record<string, string> = {};
  for (const { path, file } of plan.kept) hashes[path] = byFile.get(file)!.digest;
  const version = hash(plan.kept.map((entry) => `${entry.path} ${hashes[entry.path]}\n`).join('')).slice(0, VERSION_LENGTH);

  // The manifest lists each file as served, stamp included: a device keeps a file from an older
  // build's copy only when it is the same to the byte, so no page shows another build's stamp.
  // Pages are stamped as bytes (the marker is ASCII), not decoded and encoded again.
  const stamp = Buffer.from(buildStamp(version, built));
  for (const { path, file } of plan.kept) {
    const { path: onDisk, bytes, place } = byFile.get(file)!;
    if (!place) continue;
    let stamped: Buffer;
    if (place.length === stamp.length) {
      stamped = bytes;
      stamp.copy(stamped, place.at);
      writeInPlace(onDisk, stamp, place.at);
    } else {
      stamped = Buffer.concat([bytes.subarray(0, place.at), stamp, bytes.subarray(place.at + place.length)]);
      writeFileSync(onDisk, stamped);
    }
    hashes[path] = hash(stamped).slice(0, 12);
  }

  const manifest: OfflineManifest = {
    version,
    built: built.toISOString(),
    files: hashes,
    precache: plan.precache,
    fallback: OFFLINE_FALLBACK,
  };
  writeFileSync(join(site, MANIFEST_FILE), JSON.stringify(manifest));
  writeFileSync(join(site, WORKER_FILE), workerScript({ version, manifest: MANIFEST_FILE, networkTimeoutMs: NETWORK_TIMEOUT_MS }));
  return { version, plan };
}

/** Writes `bytes` over a file's own at `at`: the file is not truncated, its other bytes stay. */
function writeInPlace(file: string, bytes: Buffer, at: number): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, at);
  } finally {
    closeSync(fd);
  }
}

/** The worker as one classic script: its helpers, then the worker called with this build's settings. */
export function workerScript(config: WorkerConfig): string {
  return [
    `// The staff edition's offline worker, build ${config.version}. Written by the build from src/scripts/service-worker.ts.`,
    inScope.toString(),
    pathIn.toString(),
    `(${offlineWorker.toString()})(${JSON.stringify(config)});`,
    '',
  ].join('\n');
}
