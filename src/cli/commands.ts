import type { Prefetched } from './in-worker.ts';

// The sub-commands of `rules-clarity`, each loaded only when it runs: `check` does not pay for
// Astro, Pagefind or git.
export type Command = (args: string[], write: (text: string) => void, context?: CommandContext) => Promise<number>;

export interface CommandContext {
  /** What the main thread read for the command while its worker started (prefetchers). */
  prefetched?: Promise<unknown>;
}

export const commands: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check.ts')).runCheck,
  build: async () => (await import('./build.ts')).runBuild,
  changes: async () => (await import('./changes.ts')).runChanges,
  new: async () => (await import('./new.ts')).runNew,
  serve: async () => (await import('./serve.ts')).runServe,
  start: async () => (await import('./serve.ts')).runStart,
};

/**
 * For a command run in a worker: what the main thread can read for it meanwhile, loaded without
 * the command's own modules.
 */
export const prefetchers: Record<string, () => Promise<(args: string[]) => Promise<Prefetched>>> = {
  check: async () => (await import('./check-prefetch.ts')).prefetchCheck,
};
