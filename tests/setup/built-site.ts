// Vitest global setup for the site tests: builds both editions of the sample rule book with the
// real build command (Astro + Pagefind) into tests/.tmp, and serves each on 127.0.0.1; and the staff
// edition of a second book, in another organisation's voice, for the search relevance set; and
// both editions of the sample book published under a path prefix (`public_url` / `staff_url`),
// each served under its prefix only, as a GitHub Pages project site or an intranet folder is;
// and the staff edition's next build (one rule edited), for the offline copy's update.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    /** The staff edition of the sample book with one rule edited: the next build, for the offline copy. */
    nextStaffUrl: string;
    /** The public edition of a small book in English and French (tests/fixtures/french-library), one rule not translated. */
    frenchUrl: string;
  }
}

const STAFF_SITE = 'tests/.tmp/staff-site';
const PUBLIC_SITE = 'tests/.tmp/public-site';
const COMMUNITY_SITE = 'tests/.tmp/community-site';
const PREFIXED_BOOK = 'tests/.tmp/prefixed-book';
const PREFIXED_PUBLIC_SITE = 'tests/.tmp/prefixed-public-site';
const PREFIXED_STAFF_SITE = 'tests/.tmp/prefixed-staff-site';
const NEXT_BOOK = 'tests/.tmp/next-book';
const NEXT_STAFF_SITE = 'tests/.tmp/next-staff-site';
const FRENCH_SITE = 'tests/.tmp/french-site';
/** The sentence the next build adds to the sleeping rule's intent. */
export const NEXT_BUILD_SENTENCE = 'Added in the next build: rest is welcome, snoring less so.';
export const PREFIXED_PUBLIC_URL = 'https://example.github.io/rules/';
// A folder with an accented letter, as a Spanish-speaking library's may have: the build had failed
// on one (found by a new-user trial).
export const PREFIXED_STAFF_URL = 'https://intranet.example.org/staff/guía-de-normas/';
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

/** The sample book with one rule edited, as the next build of the staff edition would have it. */
function nextBook(): void {
  rmSync(NEXT_BOOK, { recursive: true, force: true });
  cpSync('policies', NEXT_BOOK, { recursive: true });
  const file = `${NEXT_BOOK}/conduct/sleeping.yaml`;
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^intent: >-\n/m, `intent: >-\n  ${NEXT_BUILD_SENTENCE}\n`));
}

function buildSite(args: string[], extraEnv: Record<string, string> = {}): void {
  // The CI's address variables would override the books' own settings: these builds leave them out.
  const { RULES_PUBLIC_URL: _public, RULES_STAFF_URL: _staff, RULES_REPOSITORY_BRANCH: _branch, ...env } = process.env;
  const result = spawnSync(process.execPath, ['src/cli/rules-clarity.ts', 'build', ...args], {
    encoding: 'utf8',
    env: { ...env, NO_COLOR: '1', ...extraEnv },
  });
  if (result.status !== 0) throw new Error(`build ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  // The sample builds with no warnings: the command prints its one summary line and nothing else
  // (in a shallow clone of this project, also its note that the site has no history).
  const summary =
    /^Built the \w+ edition into \S+ \(\d+ pages indexed for search\) in [\d.]+ s\.\n(Note: the rule book is in a shallow clone [^\n]*\n)?$/;
  if (!summary.test(result.stdout) || result.stderr !== '') {
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
  nextBook();
  buildSite(['--dir', NEXT_BOOK, '--out', NEXT_STAFF_SITE]);
  buildSite(['--dir', 'tests/fixtures/french-library', '--edition', 'public', '--out', FRENCH_SITE]);
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
  const nextStaff = await serveStatic(NEXT_STAFF_SITE);
  project.provide('nextStaffUrl', nextStaff.url);
  const french = await serveStatic(FRENCH_SITE);
  project.provide('frenchUrl', french.url);
  return async () => {
    await french.close();
    await nextStaff.close();
    await prefixedPublic.close();
    await prefixedStaff.close();
    await staff.close();
    await publicEdition.close();
    await community.close();
  };
}
