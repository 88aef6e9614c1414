// The two steps of a site build, timed: Astro as a child process on the project's own Node, and
// Pagefind through its Node API. Shared by the build command and the benchmarks so both measure
// the same thing.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import type { Edition } from '../lib/editions.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

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

/** `astro build` of one edition of the rule book in `dir` into `out`. `root` is another Astro project (the benchmark's bare site). */
export function astroBuild(options: { edition: Edition; dir: string; out: string; root?: string; env?: NodeJS.ProcessEnv }): StepResult {
  const bin = join(dirname(fileURLToPath(import.meta.resolve('astro/package.json'))), 'bin', 'astro.mjs');
  return run([bin, 'build'], options.root ?? projectRoot, {
    RULES_EDITION: options.edition,
    RULES_DIR: options.dir,
    RULES_OUT_DIR: options.out,
    ...options.env,
  });
}

/** Astro's warnings and errors from its build log (its page-by-page progress is left out). */
export function problemLines(output: string): string {
  return output
    .split('\n')
    .filter((line) => /\[(?:WARN|ERROR)\]/.test(line))
    .join('\n');
}

/**
 * Indexes the pages of a built site that match `glob` and writes the index to `<site>/pagefind/`.
 * `pages` is how many pages were indexed; a site with none is a failure (search would be empty).
 */
export async function pagefindIndex(site: string, glob: string = INDEXED_PAGES): Promise<StepResult & { pages?: number }> {
  const started = performance.now();
  const done = (ok: boolean, output: string, pages?: number) => ({ ok, output, pages, seconds: (performance.now() - started) / 1000 });
  try {
    const { index, errors } = await createIndex({});
    if (!index) return done(false, errors.join('\n'));
    const added = await index.addDirectory({ path: site, glob });
    if (added.errors.length > 0) return done(false, added.errors.join('\n'));
    if (added.page_count === 0) return done(false, `no page of ${site} matches ${glob}: nothing to index`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) return done(false, written.errors.join('\n'));
    return done(true, `Indexed ${added.page_count} pages`, added.page_count);
  } finally {
    // The Node API runs Pagefind's binary as a service; stop it, or this process cannot exit.
    await close();
  }
}
