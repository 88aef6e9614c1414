// The search index, begun while Astro builds (read-ahead.ts), in a worker thread at the lowest
// priority (index-ahead-worker.ts). Pagefind's reading of the pages is half its time (at 10,000
// rules 3.0 of 6.5 s, on both cores): a rebuild reads them from the site it replaces, as it
// changes few of them; a first build from the new site, while Astro renders its last pages.
import { matchesGlob } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { workerEntry } from '../lib/entry-point.ts';
import { smallHeapWorker } from '../lib/worker-heap.ts';
import type { IndexFile } from './index-files.ts';
import type { RecordedSite } from './read-ahead.ts';
import type { PageDigests } from './spare-site.ts';
import { liveSite } from './spare-site.ts';

/** The worker keeps little: the digests of the pages it reads, and messages. */
const WORKER_YOUNG_GENERATION_MB = 2;

/** What the worker starts with: the site in the output folder, or the one Astro is writing and the pages to wait for. */
export type AheadStart =
  { from: 'replaced'; target: string; live: RecordedSite; glob: string } | { from: 'new'; site: string; expected: string[]; glob: string };

/** What the build tells the worker once Astro is done. */
export interface BuiltSite {
  site: string;
  /** Every file Astro made, relative to `site`. */
  files: string[];
  /** The digests Astro recorded of its pages. */
  made: PageDigests | undefined;
}

export type AheadMessage =
  { reused: { pages: number; readAgain: number } | undefined } | { index: { errors: string[]; files: IndexFile[] } };

/** An index of the new site made from what was read ahead. */
export interface IndexReadAhead {
  /** Read from the site the new one replaces, or from the new one as Astro wrote it. */
  from: AheadStart['from'];
  pages: number;
  readAgain: number;
  /** Pagefind's index files (as its getFiles gives them). */
  getFiles(): Promise<{ errors: string[]; files: IndexFile[] }>;
}

export class IndexAhead {
  readonly #worker: Worker;
  readonly #glob: string;
  readonly #messages: Promise<AheadMessage | undefined>[] = [];
  readonly #from: AheadStart['from'];
  #finished = false;

  private constructor(worker: Worker, start: AheadStart) {
    this.#worker = worker;
    this.#glob = start.glob;
    this.#from = start.from;
    const waiting: ((message: AheadMessage | undefined) => void)[] = [];
    for (let at = 0; at < 2; at++) this.#messages.push(new Promise((take) => waiting.push(take)));
    worker.on('message', (message: AheadMessage) => waiting.shift()?.(message));
    // A worker that failed or stopped has nothing more to say: what was not said is undefined.
    worker.on('exit', () => waiting.splice(0).forEach((take) => take(undefined)));
    worker.on('error', () => {});
  }

  /**
   * Starts reading the pages of the site in `target` that match `glob`, if the last build
   * recorded that site. Only where a thread can have a priority of its own (Linux): read at the
   * usual priority, the pages cost Astro as much time as they save.
   */
  static start(target: string, glob: string): IndexAhead | undefined {
    if (process.platform !== 'linux') return undefined;
    const live = liveSite(target);
    // Only the pages it reads: at 10,000 rules half of the site's.
    const pages = Object.entries(live?.pages ?? {}).filter(([page]) => matchesGlob(page, glob));
    if (!live || pages.length === 0) return undefined;
    return IndexAhead.#begin({ from: 'replaced', target, live: { pages: Object.fromEntries(pages), recorded: live.recorded }, glob });
  }

  /**
   * For a build with no site to read from (the first, or one with no spare): starts reading the
   * pages matching `glob` of the site Astro is writing in `site` once all of `expected` are there
   * (indexed-pages.ts). Only on Linux, as above.
   */
  static startOnNew(site: string, expected: string[], glob: string): IndexAhead | undefined {
    if (process.platform !== 'linux' || expected.length === 0 || !expected.every((page) => matchesGlob(page, glob))) return undefined;
    return IndexAhead.#begin({ from: 'new', site, expected, glob });
  }

  static #begin(start: AheadStart): IndexAhead {
    const { script, workerData } = workerEntry(new URL('./index-ahead-worker.ts', import.meta.url), start);
    return new IndexAhead(smallHeapWorker(script, workerData, WORKER_YOUNG_GENERATION_MB), start);
  }

  /** After Astro built `built.site`: the index of it made from what was read, or undefined if it is to be indexed afresh. */
  async finish(built: BuiltSite): Promise<IndexReadAhead | undefined> {
    this.#finished = true;
    // Only the pages it reads.
    const pages = built.files.filter((file) => matchesGlob(file, this.#glob));
    const digests = built.made;
    const made = digests && Object.fromEntries(pages.flatMap((page) => (digests[page] === undefined ? [] : [[page, digests[page]]])));
    this.#worker.postMessage({ ...built, files: pages, made } satisfies BuiltSite);
    const answer = await this.#messages[0];
    const reused = answer && 'reused' in answer ? answer.reused : undefined;
    if (!reused) return undefined;
    const index = this.#messages[1]!.then((message) =>
      message && 'index' in message ? message.index : { errors: ['the index read ahead was lost: its thread stopped'], files: [] },
    );
    return { from: this.#from, ...reused, getFiles: () => index };
  }

  /** A build that stops before indexing: the worker and Pagefind's service go. */
  stop(): void {
    if (!this.#finished) void this.#worker.terminate();
  }
}
