// The sub-commands of `rules-clarity`, each loaded only when it runs: `check` does not pay for
// Astro, Pagefind or git.
export type Command = (args: string[], write: (text: string) => void) => Promise<number>;

export const commands: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check.ts')).runCheck,
  build: async () => (await import('./build.ts')).runBuild,
  changes: async () => (await import('./changes.ts')).runChanges,
  new: async () => (await import('./new.ts')).runNew,
  serve: async () => (await import('./serve.ts')).runServe,
  start: async () => (await import('./serve.ts')).runStart,
};
