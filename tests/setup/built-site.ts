// Vitest global setup for the site tests: builds both editions of the sample rule book with the
// real build command (Astro + Pagefind) into tests/.tmp, and serves each on 127.0.0.1; and the staff
// edition of a second book, in another organisation's voice, for the search relevance set.
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../src/server/static-server.ts';

declare module 'vitest' {
  interface ProvidedContext {
    staffUrl: string;
    publicUrl: string;
    publicSite: string;
    /** The staff edition of the second book (tests/fixtures/community-centre), for the relevance set. */
    communityUrl: string;
  }
}

const STAFF_SITE = 'tests/.tmp/staff-site';
const PUBLIC_SITE = 'tests/.tmp/public-site';
const COMMUNITY_SITE = 'tests/.tmp/community-site';

function buildSite(args: string[]): void {
  const result = spawnSync(process.execPath, ['src/cli/rules-clarity.ts', 'build', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.status !== 0) throw new Error(`build ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  // The sample builds with no warnings: the command prints its one summary line and nothing else.
  if (!/^Built the \w+ edition into \S+ \(\d+ pages indexed for search\) in [\d.]+ s\.\n$/.test(result.stdout) || result.stderr !== '') {
    throw new Error(`build ${args.join(' ')} printed more than its summary:\n${result.stdout}${result.stderr}`);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildSite(['--edition', 'staff', '--out', STAFF_SITE]);
  buildSite(['--edition', 'public', '--out', PUBLIC_SITE]);
  buildSite(['--dir', 'tests/fixtures/community-centre', '--out', COMMUNITY_SITE]);
  const staff = await serveStatic(STAFF_SITE);
  const publicEdition = await serveStatic(PUBLIC_SITE);
  const community = await serveStatic(COMMUNITY_SITE);
  project.provide('staffUrl', staff.url);
  project.provide('publicUrl', publicEdition.url);
  project.provide('publicSite', PUBLIC_SITE);
  project.provide('communityUrl', community.url);
  return async () => {
    await staff.close();
    await publicEdition.close();
    await community.close();
  };
}
