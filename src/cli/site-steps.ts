// The two steps of a site build, timed: Astro as a child process on the project's own Node, and
// Pagefind through its Node API. Shared by the build command and the benchmarks so both measure
// the same thing.
import { spawn, spawnSync } from 'node:child_process';
import { ASTRO_ROOT_ENV, astroWorkingFolder } from './astro-working-folder.ts';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import type { Edition } from '../lib/editions.ts';
import { BOOK_READY_ENV, BOOK_READY_LINE } from '../lib/book-ready.ts';
import type { IndexReadAhead } from './index-ahead.ts';
import { INDEX_FOLDER, readIndexFiles, writeIndexFiles, type IndexFile } from './index-files.ts';
import { projectRoot } from './project-root.ts';

export { projectRoot };

/**
 * The pages search indexes, relative to the site folder: the rule pages, in every language's
 * folder. They are the pages marked `data-pagefind-body`; a test of the built sites holds the two
 * together. Handing Pagefind only these spares it reading every other page of the site.
 */
export const INDEXED_PAGES = '**/rules/*/index.html';

export interface StepResult {
  ok: boolean;
  /** What the tool printed, trimmed. */
  output: string;
  seconds: number;
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv): StepResult {
  const started = performance.now();
  const child = spawnSync(process.execPath, args, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  return { ok: child.status === 0, output: `${child.stdout}${child.stderr}`.trim(), seconds: (performance.now() - started) / 1000 };
}

// How much memory Astro's process takes for its heap. V8 lets a process's young generation grow
// to 64 MB, and Astro's process keeps the room it took: at 10,000 rules (20,617 pages) it peaked
// at 891-979 MB with it, at 775 MB with 16 MB and at 746-752 MB with 8 MB, in the same time
// (33-35 s each, alternating runs; 45 s once without). And V8 lets the old generation grow to up
// to four times what survived its last full collection before the next: while Astro renders, 124
// MB survive, yet its heap grew to 340 MB, and the process to 905 MB, as Pagefind read the first
// pages beside it (index-ahead.ts). Growing by half of it instead, the process peaked at 743-773 MB:
// 16 full collections instead of 5, their pauses 248 ms instead of 60.
const ASTRO_HEAP_FLAGS = ['--max-semi-space-size=16', '--heap-growing-percent=50'];

/** `astro build` of one edition of the rule book in `dir` into `out`. `root` is another Astro project (the benchmark's bare site). */
export function astroBuild(options: { edition: Edition; dir: string; out: string; root?: string; env?: NodeJS.ProcessEnv }): StepResult {
  const bin = join(dirname(fileURLToPath(import.meta.resolve('astro/package.json'))), 'bin', 'astro.mjs');
  const root = options.root ?? projectRoot;
  const working = astroWorkingFolder(root, options.out);
  try {
    return run([...ASTRO_HEAP_FLAGS, bin, 'build', '--root', root], working.folder, {
      RULES_EDITION: options.edition,
      RULES_DIR: options.dir,
      RULES_OUT_DIR: options.out,
      ...options.env,
    });
  } finally {
    working.clear();
  }
}

/** Where an Astro build spent its time, in seconds, read from when its log lines arrived. */
export interface AstroPhases {
  /** From the start of the process to the content sync: Node, Astro and Vite starting up. */
  startup: number;
  /** From Astro's config to its build start: the content layer (the loaders, storing the entries) and Astro's set-up around it. */
  contentSync: number;
  /** From the synced content to the first page: types, Vite's bundles of the pages. */
  bundle: number;
  /** Rendering and writing every page, from when Astro could (the checked book handed over). */
  pages: number;
  /** Astro ready to render but waiting for the check to hand the book over (0 when the check was first). */
  waitedForCheck: number;
  /** From Astro's build:done hook to the end of its process. */
  exit: number;
  /** How many pages Astro wrote. */
  pageCount: number;
}

/** How astro-build-quiet.js marks the start of a phase on stderr: `[rules-clarity:phase] <name> [detail]`. */
const PHASE_MARK = /^\[rules-clarity:phase\] (\w+)(?: (\d+))?$/;

/**
 * `astro build` of one edition, logging only Astro's warnings and errors (astro-build-quiet.js),
 * asynchronous, and timing each phase by when its mark arrives.
 */
export function astroBuildTimed(options: {
  edition: Edition;
  dir: string;
  out: string;
  root?: string;
  env?: NodeJS.ProcessEnv;
  /**
   * When the checked book is not handed over yet: true once it is (Astro renders the pages then),
   * false when it never will be (Astro is stopped). See src/lib/book-ready.ts.
   */
  bookReady?: Promise<boolean>;
}): Promise<StepResult & { phases?: AstroPhases }> {
  const runner = fileURLToPath(new URL('./astro-build-quiet.js', import.meta.url));
  const started = performance.now();
  const marks = new Map<string, number>();
  let handed: number | undefined;
  let pageCount: number | undefined;
  const lines: string[] = [];
  const root = options.root ?? projectRoot;
  const working = astroWorkingFolder(root, options.out);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...ASTRO_HEAP_FLAGS, runner], {
      cwd: working.folder,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        [ASTRO_ROOT_ENV]: root,
        RULES_EDITION: options.edition,
        RULES_DIR: options.dir,
        RULES_OUT_DIR: options.out,
        ...options.env,
        ...(options.bookReady ? { [BOOK_READY_ENV]: '1' } : {}),
      },
      stdio: [options.bookReady ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    options.bookReady?.then(
      (ready) => {
        // Astro may have ended already (an error in its start-up): its input is then gone.
        child.stdin!.on('error', () => {});
        handed = performance.now();
        if (ready) child.stdin!.end(BOOK_READY_LINE);
        else child.kill();
      },
      () => child.kill(),
    );
    const read = (stream: NodeJS.ReadableStream) => {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (text: string) => {
        const parts = (partial + text).split('\n');
        partial = parts.pop()!;
        for (const line of parts) take(line);
      });
      stream.on('end', () => partial && take(partial));
    };
    const take = (line: string) => {
      const mark = PHASE_MARK.exec(line);
      if (!mark) return void (line.trim() && lines.push(line));
      marks.set(mark[1]!, performance.now());
      if (mark[2] !== undefined) pageCount = Number(mark[2]);
    };
    read(child.stdout!);
    read(child.stderr!);
    child.on('error', (error) => {
      working.clear();
      fail(error);
    });
    child.on('close', (code) => {
      working.clear();
      const ended = performance.now();
      const phases = pageCount === undefined ? undefined : astroPhases({ started, ...Object.fromEntries(marks), handed, ended }, pageCount);
      done({ ok: code === 0, output: lines.join('\n').trim(), seconds: (ended - started) / 1000, phases });
    });
  });
}

/** When each phase began, in performance.now() milliseconds: Astro's marks, and when the build command handed the book over. */
export interface PhaseTimes {
  started: number;
  sync?: number;
  synced?: number;
  pages?: number;
  done?: number;
  /** Undefined when Astro did not wait for the book (it was handed over when Astro started). */
  handed?: number | undefined;
  ended: number;
}

/** Where Astro spent its time, in seconds; undefined if a mark is missing (a failed build). */
export function astroPhases(times: PhaseTimes, pageCount: number): AstroPhases | undefined {
  const { started, sync, synced, pages, done, handed, ended } = times;
  if (sync === undefined || synced === undefined || pages === undefined || done === undefined) return undefined;
  // Astro reaches its pages before the book is there when the check takes longer than Astro's
  // start-up and bundling: that wait is the check's time, not the pages'.
  const rendering = Math.max(pages, handed ?? pages);
  return {
    startup: (sync - started) / 1000,
    contentSync: (synced - sync) / 1000,
    bundle: (pages - synced) / 1000,
    waitedForCheck: (rendering - pages) / 1000,
    pages: (done - rendering) / 1000,
    exit: (ended - done) / 1000,
    pageCount,
  };
}

/** Astro's warnings and errors from its build log (its page-by-page progress is left out). */
export function problemLines(output: string): string {
  return output
    .split('\n')
    .filter((line) => /\[(?:WARN|ERROR)\]/.test(line))
    .join('\n');
}

export interface IndexOptions {
  /** The pages to index, relative to the site. */
  glob?: string;
  /** Where the index goes. */
  output?: string;
  /**
   * Work to do while Pagefind builds its index from the pages it read: that part runs on one
   * core, and leaves the other idle (at 10,000 rules, 2.9 of 3.7 s). The index is not written yet:
   * it is given the files of the index about to be replaced (readIndexFiles), read in that time.
   */
  whileIndexing?: (earlier: ReadonlyMap<string, Uint8Array>) => void;
  /** The pages as read while Astro built (index-ahead.ts), when that index serves: the site is then not read again. */
  readAhead?: Promise<IndexReadAhead | undefined>;
}

/**
 * Indexes the pages of a built site and writes the index (by default the rule pages, into the
 * site's own folder). `pages` is how many pages were indexed; a site with none is a failure
 * (search would be empty).
 */
export async function pagefindIndex(
  site: string,
  { glob = INDEXED_PAGES, output = join(site, INDEX_FOLDER), whileIndexing, readAhead }: IndexOptions = {},
): Promise<StepResult & { pages?: number; files?: IndexFile[]; ahead?: IndexReadAhead }> {
  const started = performance.now();
  let ahead: IndexReadAhead | undefined;
  const done = (ok: boolean, output: string, pages?: number, files?: IndexFile[]) => ({
    ok,
    output,
    pages,
    files,
    ahead,
    seconds: (performance.now() - started) / 1000,
  });
  /** Pagefind reads the site: its index, and how many pages it read, or why it could not. */
  const readSite = async (): Promise<{ index: Pick<IndexReadAhead, 'getFiles'>; pages: number } | string> => {
    const created = await createIndex({});
    if (!created.index) return created.errors.join('\n');
    const added = await created.index.addDirectory({ path: site, glob });
    if (added.errors.length > 0) return added.errors.join('\n');
    if (added.page_count === 0) return `no page of ${site} matches ${glob}: nothing to index`;
    return { index: created.index, pages: added.page_count };
  };
  try {
    ahead = await readAhead;
    let read = ahead ? { index: ahead, pages: ahead.pages } : await readSite();
    if (typeof read === 'string') return done(false, read);
    const indexed = read.index.getFiles();
    // Should the work throw, the index is not awaited; its own failure must not go unhandled.
    indexed.catch(() => {});
    const earlier = readIndexFiles(output);
    whileIndexing?.(earlier);
    let built = await indexed;
    if (ahead && built.errors.length > 0) {
      // The index read ahead was lost (its thread or Pagefind stopped): the site is read afresh.
      ahead = undefined;
      read = await readSite();
      if (typeof read === 'string') return done(false, read);
      built = await read.index.getFiles();
    }
    if (built.errors.length > 0) return done(false, built.errors.join('\n'));
    writeIndexFiles(output, built.files, earlier);
    return done(true, `Indexed ${read.pages} pages`, read.pages, built.files);
  } finally {
    // The Node API runs Pagefind's binary as a service; stop it, or this process cannot exit.
    await close();
  }
}
