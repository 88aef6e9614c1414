// `npm start` runs the server under `sh -c`, under npm. Ctrl+C reaches all three, but a signal to
// npm alone (`kill <npm's pid>`, as a process manager or a script stops it) ends npm and its
// shell without reaching the server, which then kept the port until someone found it (found by a
// new-user trial). On Linux and macOS a process whose parent ends is given a new one: the server
// watches for that.

/** How often the parent is looked at: a port held a second longer is no harm. */
const LOOK_EVERY_MS = 1000;

/**
 * The parent this process started under, read when the command loads: `start` builds before it
 * serves, and npm stopped during the build has left the server to another parent by then.
 */
const STARTED_UNDER = process.ppid;

/**
 * Calls `gone` once the process that started this one has ended (on Linux and macOS; on Windows
 * a process keeps the number of its parent). Returns a function that stops watching.
 */
export function whenParentEnds(gone: () => void, everyMs = LOOK_EVERY_MS, parent = STARTED_UNDER): () => void {
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    gone();
  }, everyMs);
  // Watching alone never keeps the process running.
  timer.unref();
  return () => clearInterval(timer);
}

/** Whether npm started this command (`npm start`, `npm run serve`): only then is its end the server's. */
export function startedByNpm(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.npm_lifecycle_event !== undefined;
}
