// A rebuild's search index, begun while Astro builds (read-ahead.ts), in a child process
// (index-ahead-process.ts). Pagefind's reading of the pages is half its time (at 10,000 rules
// 3.0 of 6.5 s, on both cores), and a rebuild changes few of them.
import { fork, type ChildProcess } from 'node:child_process';
import { matchesGlob } from 'node:path';
import { processEntry } from '../lib/entry-point.ts';
import { SMALL_HEAP_FLAGS } from '../lib/worker-heap.ts';
import type { IndexFile } from './index-files.ts';
import type { PageDigests } from './spare-site.ts';
import { liveSite } from './spare-site.ts';

/** What the build tells the child once Astro is done. */
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
  pages: number;
  readAgain: number;
  /** Pagefind's index files (as its getFiles gives them). */
  getFiles(): Promise<{ errors: string[]; files: IndexFile[] }>;
}

export class IndexAhead {
  readonly #child: ChildProcess;
  readonly #messages: Promise<AheadMessage | undefined>[] = [];
  #finished = false;

  private constructor(child: ChildProcess) {
    this.#child = child;
    const waiting: ((message: AheadMessage | undefined) => void)[] = [];
    for (let at = 0; at < 2; at++) this.#messages.push(new Promise((take) => waiting.push(take)));
    child.on('message', (message: AheadMessage) => waiting.shift()?.(message));
    // A child that failed or stopped has nothing more to say: what was not said is undefined.
    child.on('close', () => waiting.splice(0).forEach((take) => take(undefined)));
    child.on('error', () => {});
  }

  /** Starts reading the pages of the site in `target` that match `glob`, if the last build recorded that site. */
  static start(target: string, glob: string): IndexAhead | undefined {
    const live = liveSite(target);
    if (!live || !Object.keys(live.pages).some((page) => matchesGlob(page, glob))) return undefined;
    const { script, args } = processEntry(new URL('./index-ahead-process.ts', import.meta.url));
    const child = fork(script, args, {
      execArgv: [...process.execArgv, ...SMALL_HEAP_FLAGS],
      serialization: 'advanced',
      // It has nothing to say but its messages: a failure there means indexing afresh.
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    child.send({ target, live, glob });
    return new IndexAhead(child);
  }

  /** After Astro built `built.site`: the index of it made from what was read, or undefined if it is to be indexed afresh. */
  async finish(built: BuiltSite): Promise<IndexReadAhead | undefined> {
    this.#finished = true;
    this.#child.send(built, () => {});
    const answer = await this.#messages[0];
    const reused = answer && 'reused' in answer ? answer.reused : undefined;
    if (!reused) return undefined;
    const index = this.#messages[1]!.then((message) =>
      message && 'index' in message ? message.index : { errors: ['the index read ahead was lost: its process stopped'], files: [] },
    );
    return { ...reused, getFiles: () => index };
  }

  /** A build that stops before indexing: the child and Pagefind's service go. */
  stop(): void {
    if (!this.#finished) this.#child.kill();
  }
}
