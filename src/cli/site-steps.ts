// The two steps of a site build, each a child process on the project's own Node, timed: shared
// by the build command and the benchmarks so both measure the same thing.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Edition } from '../lib/editions.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

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

/** The Pagefind CLI over a built site; `pages` is how many pages it indexed. */
export function pagefindIndex(site: string): StepResult & { pages?: number } {
  const bin = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');
  const result = run([bin, '--site', site], projectRoot, {});
  const pages = /Indexed (\d+) pages?/.exec(result.output)?.[1];
  return { ...result, ok: result.ok && pages !== undefined, pages: pages === undefined ? undefined : Number(pages) };
}
