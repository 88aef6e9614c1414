// The sub-commands of `rules-clarity`, each loaded only when it runs: `check` does not pay for
// Astro, Pagefind or git.
export type Command = (args: string[], write: (text: string) => void, context?: CommandContext) => Promise<number>;

export interface CommandContext {
  /** What telling a warm run already read, for the command to use (warmStarts). */
  warm?: unknown;
}

export const commands: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check.ts')).runCheck,
  build: async () => (await import('./build.ts')).runBuild,
  changes: async () => (await import('./changes.ts')).runChanges,
  new: async () => (await import('./new.ts')).runNew,
  init: async () => (await import('./init.ts')).runInit,
  serve: async () => (await import('./serve.ts')).runServe,
  start: async () => (await import('./serve.ts')).runStart,
  dev: async () => (await import('./dev.ts')).runDev,
};

/**
 * For a command run in a worker: what tells a warm run, which runs in the main thread instead,
 * and what it read to tell (given to the command as `warm`); undefined for a cold run.
 */
export const warmStarts: Record<string, () => Promise<(args: string[]) => Promise<unknown>>> = {
  check: async () => (await import('./warm-check.ts')).readWarmCheck,
};
