// Vitest global setup for the site tests: builds both editions of the sample rule book with the
// real build command (Astro + Pagefind) into tests/.tmp, and serves each on 127.0.0.1; and the staff
// edition of a second book, in another organisation's voice, for the search relevance set; and
// both editions of the sample book published under a path prefix (`public_url` / `staff_url`),
// each served under its prefix only, as a GitHub Pages project site or an intranet folder is.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../src/server/static-server.ts';

declare module 'vitest' {
  interface ProvidedContext {
    staffUrl: string;
    publicUrl: string;
    publicSite: string;
    /** The staff edition of the second book (tests/fixtures/community-centre), for the relevance set. */
    communityUrl: string;
    /** The sample book built with `public_url` / `staff_url` below, served under their paths. */
    prefixedPublicUrl: string;
    prefixedStaffUrl: string;
  }
}

const STAFF_SITE = 'tests/.tmp/staff-site';
const PUBLIC_SITE = 'tests/.tmp/public-site';
const COMMUNITY_SITE = 'tests/.tmp/community-site';
const PREFIXED_BOOK = 'tests/.tmp/prefixed-book';
const PREFIXED_PUBLIC_SITE = 'tests/.tmp/prefixed-public-site';
const PREFIXED_STAFF_SITE = 'tests/.tmp/prefixed-staff-site';
export const PREFIXED_PUBLIC_URL = 'https://example.github.io/rules/';
export const PREFIXED_STAFF_URL = 'https://intranet.example.org/staff/rule-guide/';
/** Only in the prefixed book: the sample's own organisation has no real repository to link to. */
export const PREFIXED_REPOSITORY = 'https://github.com/riverside-library/rules.git';
/** The branch edit links open in the prefixed build, whatever the clone running the tests records. */
export const PREFIXED_BRANCH = 'main';

/**
 * The sample book as a fresh clone would publish it on a project site, with its repository (for
 * edit links; its staff signs carry QR codes to public_url): only `_site.yaml` differs.
 */
function prefixedBook(): void {
  rmSync(PREFIXED_BOOK, { recursive: true, force: true });
  cpSync('policies', PREFIXED_BOOK, { recursive: true });
  appendFileSync(
    `${PREFIXED_BOOK}/_site.yaml`,
    `public_url: ${PREFIXED_PUBLIC_URL}\nstaff_url: ${PREFIXED_STAFF_URL}\nrepository: ${PREFIXED_REPOSITORY}\n`,
  );
}

function buildSite(args: string[], extraEnv: Record<string, string> = {}): void {
  // The CI's address variables would override the books' own settings: these builds leave them out.
  const { RULES_PUBLIC_URL: _public, RULES_STAFF_URL: _staff, RULES_REPOSITORY_BRANCH: _branch, ...env } = process.env;
  const result = spawnSync(process.execPath, ['src/cli/rules-clarity.ts', 'build', ...args], {
    encoding: 'utf8',
    env: { ...env, NO_COLOR: '1', ...extraEnv },
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
  prefixedBook();
  buildSite(['--dir', PREFIXED_BOOK, '--edition', 'public', '--out', PREFIXED_PUBLIC_SITE]);
  buildSite(['--dir', PREFIXED_BOOK, '--edition', 'staff', '--out', PREFIXED_STAFF_SITE], { RULES_REPOSITORY_BRANCH: PREFIXED_BRANCH });
  const staff = await serveStatic(STAFF_SITE);
  const publicEdition = await serveStatic(PUBLIC_SITE);
  const community = await serveStatic(COMMUNITY_SITE);
  project.provide('staffUrl', staff.url);
  project.provide('publicUrl', publicEdition.url);
  project.provide('publicSite', PUBLIC_SITE);
  project.provide('communityUrl', community.url);
  const prefixedPublic = await serveStatic(PREFIXED_PUBLIC_SITE, { basePath: new URL(PREFIXED_PUBLIC_URL).pathname });
  const prefixedStaff = await serveStatic(PREFIXED_STAFF_SITE, { basePath: new URL(PREFIXED_STAFF_URL).pathname });
  project.provide('prefixedPublicUrl', prefixedPublic.url);
  project.provide('prefixedStaffUrl', prefixedStaff.url);
  return async () => {
    await prefixedPublic.close();
    await prefixedStaff.close();
    await staff.close();
    await publicEdition.close();
    await community.close();
  };
}
