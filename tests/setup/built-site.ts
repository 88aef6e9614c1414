// Vitest global setup for the browser tests: builds the sample rule book's staff edition with the
// real build command (Astro + Pagefind) into tests/.tmp, and serves it on 127.0.0.1.
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../src/server/static-server.ts';

declare module 'vitest' {
  interface ProvidedContext {
    staffUrl: string;
  }
}

export const STAFF_SITE = 'tests/.tmp/staff-site';

export function buildSite(args: string[]): void {
  const result = spawnSync(process.execPath, ['src/cli/rules-clarity.ts', 'build', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0) throw new Error(`build ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildSite(['--edition', 'staff', '--out', STAFF_SITE]);
  const staff = await serveStatic(STAFF_SITE);
  project.provide('staffUrl', staff.url);
  return () => staff.close();
}
