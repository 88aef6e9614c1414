// V8 otherwise grows a young generation to tens of megabytes while 10,000 YAML files are parsed,
// and the garbage it promotes made a full check in one thread peak at about 300 MB; with 8 MB it
// peaked at 186 MB, no slower (measured at 10,000 rules). The limit only takes effect when a heap is
// created, hence the check runs in worker threads (cli/in-worker.ts, check-threads.ts).
export const YOUNG_GENERATION_MB = 8;

/**
 * The same for a child process (cli/in-child.ts), as a V8 flag: a young generation is three
 * semi-spaces, so 3 MB ones make about the 8 MB above.
 */
export const YOUNG_GENERATION_FLAG = '--max-semi-space-size=3';
