import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseOptions } from './parse-options.ts';
import { recordBuiltBase } from '../lib/built-base.ts';
import { locationOf } from '../lib/edition-location.ts';
import { DEFAULT_CACHE_DIR } from '../lib/check-cache.ts';
import { buildDate } from '../lib/build-date.ts';
import { CHECKED_BOOK_ENV } from '../lib/checked-book-file.ts';
import { EDITIONS, type Edition } from '../lib/editions.ts';
import { headersFile } from '../lib/security-headers.ts';
import { ASTRO_CONTENT_STORE, buildCacheDir, KEEP_OUT_DIR_ENV } from '../lib/astro-cache-dir.ts';
import type { BuildCheck, Checked } from './build-check.ts';
import { lockOutput, type BuildFolders } from './build-lock.ts';
import { discardFolder, emptyTrash } from './discard-folder.ts';
import { runInChild } from './in-child.ts';
import { FragmentWords, writeSearchVocabulary } from './search-vocabulary.ts';
import { readSiteFiles, siteFile, withWrittenFiles, writeOfflineCopy, type SiteFile } from '../lib/offline/write.ts';
import { INDEX_FOLDER } from './index-files.ts';
import { isShallowClone } from '../lib/git-files.ts';
import { shrinkHeap } from '../lib/shrink-heap.ts';
import { IndexAhead } from './index-ahead.ts';
import { astroBuildTimed, INDEXED_PAGES, pagefindIndex, problemLines, projectRoot } from './site-steps.ts';
import { keepAsSpare, recordedPages, StaleSpareError, takeSpare, type TakenSpare } from './spare-site.ts';
import { PAGE_COPIES } from './astro-page-copies.ts';
import { finishAstroRun, forgetUnfinishedRun, startAstroRun } from './unfinished-astro.ts';
import { parseSize } from './size-option.ts';
import { assertFolder, UsageError } from './usage-error.ts';

export const buildHelp = `Usage: rules-clarity build [options]

Checks the rules, builds the site with Astro and indexes it for search with Pagefind.
The previous site stays in place until the new one is complete. One build at a time writes
an output folder: a second one stops with a message.

Options:
  --edition <name>   staff (default, into dist/), public (into dist-public/) or all
  --dir <path>       policy folder (default: policies)
  --out <path>       output folder, for one edition (default: dist/ or dist-public/)
  --max-file-size <size>  refuse rule files larger than this (default: 1M)
  --no-cache         check every file afresh, without the check's cache
  --timings          also print where the time went (check, each phase of Astro, Pagefind)
  -h, --help         show this help

Where an edition will be published: \`public_url\` / \`staff_url\` in _site.yaml, or RULES_PUBLIC_URL /
RULES_STAFF_URL in the environment (they win). Its path prefixes every link; the public edition's
canonical addresses, sitemap.xml and the signs' QR codes need it. Without it the edition is
served from the root of any host.
`;

export const OUTPUT: Record<Edition, string> = { staff: join(projectRoot, 'dist'), public: join(projectRoot, 'dist-public') };

export async function runBuild(args: string[], write: (text: string) => void): Promise<number> {
  const { values } = parseOptions({
    args,
    options: {
      edition: { type: 'string', default: 'staff' },
      dir: { type: 'string', default: 'policies' },
      out: { type: 'string' },
      'max-file-size': { type: 'string' },
      timings: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    write(buildHelp);
    return 0;
  }
  const editions = values.edition === 'all' ? [...EDITIONS] : [values.edition as Edition];
  if (!editions.every((edition) => EDITIONS.includes(edition))) {
    throw new UsageError(`--edition must be one of ${EDITIONS.join(', ')}, all (got "${values.edition}")`);
  }
  if (values.out !== undefined && editions.length > 1) throw new UsageError('--out takes one edition; build the editions one by one');
  assertFolder(values.dir);

  const targets = editions.map((edition) => ({ edition, target: values.out === undefined ? OUTPUT[edition] : resolve(values.out) }));
  for (const { target } of targets) assertReplaceable(target, resolve(values.dir));
  const maxFileBytes = parseSize('--max-file-size', values['max-file-size']);
  assertBuildDate();

  // Two builds swapping the same folder at once would lose one site or mix two; the lock also
  // clears what a killed build left (and nothing else).
  const locks: { release(): void }[] = [];
  try {
    const builds: { edition: Edition; target: string; folders: BuildFolders }[] = [];
    for (const { edition, target } of targets) {
      const lock = lockOutput(target);
      if (!lock.ok) {
        write(lock.message);
        return 1;
      }
      locks.push(lock);
      builds.push({ edition, target, folders: lock.folders });
    }
    emptyTrash();
    const cacheDir = values['no-cache'] ? undefined : DEFAULT_CACHE_DIR;
    const code = await checkAndBuild(builds, values.dir, { maxFileBytes, cacheDir }, write, values.timings);
    if (code === 0) for (const { edition, target } of builds) recordBuiltBase(target, locationOf(edition, values.dir, process.env)?.base);
    return code;
  } finally {
    for (const lock of locks) lock.release();
  }
}

async function checkAndBuild(
  builds: { edition: Edition; target: string; folders: BuildFolders }[],
  dir: string,
  read: { maxFileBytes?: number; cacheDir?: string },
  write: (text: string) => void,
  timings: boolean,
): Promise<number> {
  // The checked book goes to Astro in a file (inside the first build's lock folder, removed with
  // it), so neither edition's content loader checks it again.
  const handed = builds[0]!.folders.book;
  // Checked in a child process (in-child.ts): its memory, hundreds of megabytes at 10,000 rules,
  // is all given back when it ends, so nothing in this process holds the book while Astro runs.
  const started = performance.now();
  const check: BuildCheck = { dir, read, editions: builds.map(({ edition }) => edition), handed };
  const checking = runInChild<Checked | undefined>(new URL('./build-check-process.ts', import.meta.url), check, write);
  // Meanwhile this process makes each edition's building folder ready from the site the last
  // build replaced (0.7-1.2 s at 10,000 rules; the check of a one-rule edit takes about as long).
  const spareStarted = performance.now();
  const ready: EditionBuild[] = [];
  for (const { edition, target, folders } of builds) {
    const astroCache = buildCacheDir(edition, target, process.env, projectRoot);
    // Before the spare is chosen by Astro's record: the record of an unfinished run is no guide.
    forgetUnfinishedRun(astroCache.folder);
    // Astro keeps no page copies and no content store for the build; any left go
    // (astro-page-copies.ts, astro-cache-dir.ts).
    const copies = join(astroCache.folder, PAGE_COPIES);
    if (existsSync(copies)) discardFolder(copies);
    rmSync(join(astroCache.folder, ASTRO_CONTENT_STORE), { force: true });
    ready.push({ edition, target, folders, astroCache, spare: optional(() => takeSpare(target, folders.building, astroCache.folder)) });
  }
  const spareSeconds = seconds(spareStarted);
  // Astro's start-up and bundling need no book (the build skips its content sync), only its pages
  // do: the first edition's Astro starts beside the check, and renders once the book is handed over.
  const first = startAstro(ready[0]!, resolve(dir), handed, true);
  let checked: Checked | undefined;
  try {
    checked = await checking;
  } finally {
    if (!checked) {
      // Stopped before its pages; what it wrote goes with its building folder, or with the spare.
      first.handOver(false);
      await first.building.catch(() => undefined);
      if (!ready[0]!.spare && existsSync(ready[0]!.folders.building)) discardFolder(ready[0]!.folders.building);
      for (const { spare } of ready) spare?.putBack();
    }
  }
  if (!checked) return 1;
  if (timings) {
    const kept = ready.map(({ edition, spare }) => `${spare?.kept ?? 0} pages of the ${edition} site it replaced`).join(', ');
    write(`Timings: check ${seconds(started)} s; meanwhile ${kept} kept in ${spareSeconds} s.\n`);
  }
  let next = 0;
  try {
    for (; next < ready.length; next++) {
      const edition = ready[next]!;
      const astro = next === 0 ? first : startAstro(edition, resolve(dir), handed, false);
      const code = await buildEdition(edition, astro, write, checked.indexed[edition.edition] ?? [], timings);
      if (code !== 0) return code;
    }
    // The pages say "not available in this build", but whoever reads the build's log (a host's
    // build, cloned shallow) was told nothing (found by a new-user trial).
    if (process.env.RULES_HISTORY !== 'off' && optional(() => isShallowClone(dir))) write(SHALLOW_NOTE);
    return 0;
  } finally {
    // An edition not started yet (the one before failed or threw) keeps its spare for the next build.
    for (const { spare, folders } of ready.slice(next + 1)) if (existsSync(folders.building)) spare?.putBack();
  }
}

const SHALLOW_NOTE =
  'Note: the rule book is in a shallow clone (git clone --depth), so the site has no rule history: no "Last changed" dates, recent changes or feeds, no translation status, and the old addresses of renamed and retired rules lead nowhere. Build from the full history: git fetch --unshallow (GitHub Actions: fetch-depth: 0).\n';

interface EditionBuild {
  edition: Edition;
  target: string;
  folders: BuildFolders;
  astroCache: { folder: string; own: boolean };
  spare: TakenSpare | undefined;
}

/**
 * What only makes a build faster or smaller: when it fails, the build goes on without it (a spare
 * that cannot be taken is no spare: the build starts from an empty folder).
 */
function optional<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}

/**
 * The build replaces its output folder whole, so it must be a site this command built (or empty,
 * or absent): never the project, the rule book, or a folder of someone's files.
 */
function assertReplaceable(target: string, policies: string): void {
  const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + sep);
  if (inside(projectRoot.replace(/[\\/]$/, ''), target) || inside(policies, target) || inside(target, policies)) {
    throw new UsageError(
      `refusing to build into ${target}: it holds the project or the rule book, and the build replaces its output folder whole`,
    );
  }
  if (!existsSync(target)) return;
  const entries = readdirSync(target);
  const builtHere = entries.includes('_headers') && entries.includes('pagefind');
  if (entries.length > 0 && !builtHere) {
    throw new UsageError(
      `refusing to build into ${target}: it is not empty and is not a site built by rules-clarity, and the build replaces its output folder whole. Choose an empty or new folder.`,
    );
  }
}

/** Astro building one edition; when it waits for the book, it renders nothing before `handOver(true)`. */
interface StartedAstro {
  building: ReturnType<typeof astroBuildTimed>;
  /** Where Astro lists the files it made. */
  builtFiles: string;
  handOver(ready: boolean): void;
}

function startAstro(build: EditionBuild, dir: string, checkedBook: string, waiting: boolean): StartedAstro {
  const { edition, folders, astroCache, spare } = build;
  const builtFiles = join(dirname(folders.book), `built-files-${edition}.json`);
  // Astro's run is marked unfinished (unfinished-astro.ts) once it may render: stopped before its
  // pages, it has left its record of the last build as it was, and the spare still matches it.
  let handOver: (ready: boolean) => void = () => {};
  const bookReady = waiting
    ? new Promise<boolean>((done) => {
        handOver = (ready) => {
          try {
            if (ready) startAstroRun(astroCache.folder);
          } catch (error) {
            done(false);
            throw error;
          }
          done(ready);
        };
      })
    : undefined;
  if (!waiting) startAstroRun(astroCache.folder);
  const building = astroBuildTimed({
    edition,
    dir,
    out: folders.building,
    env: {
      [CHECKED_BOOK_ENV]: checkedBook,
      RULES_CACHE_DIR: astroCache.folder,
      RULES_BUILT_FILES: builtFiles,
      ...(spare ? { [KEEP_OUT_DIR_ENV]: '1' } : {}),
    },
    bookReady,
  });
  // Awaited later (after the check, for the first edition): a failure to start is not lost meanwhile.
  building.catch(() => undefined);
  return { building, builtFiles, handOver };
}

/**
 * Builds one edition into a temporary folder, indexes it, and only then swaps it in for the
 * previous output: a failure at any step leaves the previous site as it was.
 */
async function buildEdition(
  build: EditionBuild,
  started: StartedAstro,
  write: (text: string) => void,
  indexed: string[],
  timings: boolean,
): Promise<number> {
  const { edition, target, folders, astroCache, spare } = build;
  const temporary = folders.building;
  const { building, builtFiles } = started;
  // Pagefind reads the pages of the site in place while Astro builds the new one (index-ahead.ts);
  // with none, the pages of the new one as soon as Astro has written them. Not with a spare: the
  // building folder then holds the old pages until Astro writes the new ones. Started before
  // Astro may render its pages.
  const ahead = optional(
    () => IndexAhead.start(target, INDEXED_PAGES) ?? (spare ? undefined : IndexAhead.startOnNew(temporary, indexed, INDEXED_PAGES)),
  );
  try {
    try {
      started.handOver(true);
    } catch (error) {
      // Astro is stopped then: it must be gone before its folder is discarded below.
      await building.catch(() => undefined);
      throw error;
    }
    // While Astro starts or bundles, not before.
    optional(shrinkHeap);
    const astro = await building;
    if (astro.ok) finishAstroRun(astroCache.folder);
    else {
      write(
        `Astro could not build the ${edition} edition:\n${astro.output}\nThe ${edition} edition was not built; its previous site, if any, is unchanged.\n`,
      );
      return 1;
    }
    const pages = recordedPages(astroCache.folder);
    const readList = () => new Set(JSON.parse(readFileSync(builtFiles, 'utf8')) as string[]);
    // The read ahead needs the list as well, but only the spare stops the build without it.
    const files = optional(readList);
    try {
      spare?.finish({ files: files ?? readList(), pages });
    } catch (error) {
      const why =
        error instanceof StaleSpareError
          ? error.message
          : `Astro's list of the pages it made could not be read (${(error as Error).message}).`;
      write(`${why}\nThe ${edition} edition was not built; its previous site, if any, is unchanged.\n`);
      return 1;
    }
    const warnings = problemLines(astro.output);
    if (warnings) write(`${warnings}\n`);
    writeFileSync(join(temporary, '_headers'), headersFile(edition));
    // While Pagefind builds its index: the fragments of the index it replaces are read for the
    // word list, and the staff edition's pages for its offline copy (the files written after
    // Astro's are handed to it as written).
    const fragments = new FragmentWords();
    let readEarly: SiteFile[] | undefined;
    const whileIndexing = (earlier: ReadonlyMap<string, Uint8Array>) => {
      fragments.readEarlier(earlier);
      if (edition === 'staff') readEarly = readSiteFiles(temporary, [INDEX_FOLDER]);
    };
    const readAhead = files ? ahead?.finish({ site: temporary, files: [...files], made: pages }) : undefined;
    const pagefind = await pagefindIndex(temporary, { whileIndexing, readAhead });
    if (!pagefind.ok || !pagefind.files) {
      write(
        `Pagefind could not index the ${edition} edition:\n${pagefind.output}\nThe ${edition} edition was not built; its previous site, if any, is unchanged.\n`,
      );
      return 1;
    }
    const vocabularyStarted = performance.now();
    const words = writeSearchVocabulary(temporary, pagefind.files, fragments);
    const vocabulary = seconds(vocabularyStarted);
    // Last: the offline copy's version is a hash of every file above.
    const offlineStarted = performance.now();
    if (edition === 'staff') {
      const index = pagefind.files.map(({ path, content }) =>
        siteFile(temporary, join(temporary, INDEX_FOLDER, path), Buffer.from(content.buffer, content.byteOffset, content.length)),
      );
      const lists = words.map(({ path, content }) => siteFile(temporary, path, content));
      // Pagefind calls whileIndexing on every way to an index; were it not called, the pages are read now.
      const astroFiles = readEarly ?? readSiteFiles(temporary, [INDEX_FOLDER]);
      writeOfflineCopy(temporary, buildDate(process.env), withWrittenFiles(astroFiles, [...index, ...lists]));
    }
    const offline = seconds(offlineStarted);
    const swapStarted = performance.now();
    const replaced = swapIn(temporary, target, folders.old);
    keepAsSpare(target, replaced, pages, astroCache.own ? astroCache.folder : undefined);
    const swap = seconds(swapStarted);
    write(
      `Built the ${edition} edition into ${relative(process.cwd(), target) || '.'}/ (${pagefind.pages} pages indexed for search) in ${(astro.seconds + pagefind.seconds).toFixed(1)} s.\n`,
    );
    if (timings) {
      const phases = astro.phases;
      const astroPhases = phases
        ? ` (start-up ${phases.startup.toFixed(2)}, content sync ${phases.contentSync.toFixed(2)}, bundling ${phases.bundle.toFixed(2)}, ${phases.waitedForCheck >= 0.005 ? `waiting for the check ${phases.waitedForCheck.toFixed(2)}, ` : ''}${phases.pageCount} pages ${phases.pages.toFixed(2)}, exit ${phases.exit.toFixed(2)})`
        : '';
      const early = pagefind.ahead;
      const aheadCounts = early
        ? ` (${early.pages - early.readAgain} pages read ${early.from === 'replaced' ? 'from the replaced site during Astro' : 'as Astro wrote them'}, ${early.readAgain} read again)`
        : '';
      write(
        `Timings of the ${edition} edition: Astro ${astro.seconds.toFixed(2)} s${astroPhases}; Pagefind ${pagefind.seconds.toFixed(2)} s${aheadCounts}; word list ${vocabulary} s; offline copy ${offline} s; swap ${swap} s.\n`,
      );
    }
    return 0;
  } finally {
    // First: a worker still waiting for Astro's site would keep this process from exiting.
    ahead?.stop();
    // After a failure, a folder started from the spare site holds thousands of files.
    if (existsSync(temporary)) discardFolder(temporary);
  }
}

/**
 * Two renames on the same disk: the folder in place is always a complete site. Between them it
 * is briefly absent; if the second fails the previous site goes back, and if the process dies
 * there the next build puts it back (build-lock.ts). Returns where the replaced site is, if any.
 */
function swapIn(temporary: string, target: string, old: string): string | undefined {
  const hadSite = existsSync(target);
  if (hadSite) renameSync(target, old);
  try {
    renameSync(temporary, target);
  } catch (error) {
    if (hadSite) renameSync(old, target);
    throw error;
  }
  return hadSite ? old : undefined;
}

/** A bad SOURCE_DATE_EPOCH stops the build before it starts, not after Astro has run. */
function assertBuildDate(): void {
  try {
    buildDate(process.env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Seconds since `started` (a performance.now()), as printed. */
function seconds(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(2);
}
