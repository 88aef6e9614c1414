import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diffBooks, noRuleChanged } from '../lib/changes/diff.ts';
import { markedTranslationsOk } from '../lib/changes/translations-ok.ts';
import { formatChangesMarkdown } from '../lib/changes/markdown.ts';
import { parseOptions } from './parse-options.ts';
import { snapshotOf, type SnapshotEntry } from '../lib/changes/snapshot.ts';
import type { TranslationsOutdated } from '../lib/changes/translations.ts';
import { stillOutdated } from '../lib/changes/translations-reverted.ts';
import { readBookHistory } from '../lib/book-history.ts';
import { git, GitError, mergeBase, policyFilesAt, shownName, siteSettingsAt } from '../lib/git-files.ts';
import { siteSettingChanges, unreadableSite } from '../lib/changes/site-settings.ts';
import { readPolicyFolder, SITE_FILES } from '../lib/load-book.ts';
import { assertFolder, UsageError } from './usage-error.ts';

export const changesHelp = `Usage: rules-clarity changes <git-ref> [options]
       rules-clarity changes <from>..<to> [options]

Compares the rules where this branch left a git ref (a branch, tag or commit; their merge base,
as git's ref...HEAD) with the working tree, or at one ref with another (\`abc1234^..abc1234\`: what that one commit changed), and prints a
report for a pull-request comment: rule files that cannot be read and color changes first
(loosening needs sign-off by the rule's owner), the translations the change makes out of date,
then rules added, removed, renamed and changed, each changed field with its text before and after
and a word-by-word redline.

Options:
  --dir <path>       policy folder (default: policies)
  --format <name>    markdown (default) or json
  -h, --help         show this help

In a shallow CI checkout, fetch the ref first: git fetch --depth=1 origin main
`;

export async function runChanges(args: string[], write: (text: string) => void): Promise<number> {
  const { values, positionals } = parseOptions({
    args,
    options: {
      dir: { type: 'string', default: 'policies' },
      format: { type: 'string', default: 'markdown' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    write(changesHelp);
    return 0;
  }
  const [ref, ...extra] = positionals;
  if (ref === undefined || extra.length > 0) throw new UsageError('give one git ref to compare with, e.g. `npm run changes -- main`');
  if (values.format !== 'markdown' && values.format !== 'json')
    throw new UsageError(`--format must be markdown or json (got "${values.format}")`);

  assertFolder(values.dir);
  // `a..b`: one committed state against another, as an auditor asks what a past commit changed
  // (found by a new-user trial); else the ref against the working tree.
  if (ref.includes('...')) throw new UsageError(`give two commits as from..to (two dots), e.g. \`abc1234^..abc1234\` (got "${ref}")`);
  const range = /^([^.].*?)\.\.([^.].*)?$/.exec(ref);
  // `a..` is git's "from a up to HEAD".
  const to = range ? (range[2] ?? 'HEAD') : undefined;
  // A ref alone: from where this branch left it. Its tip had shown the changes made on it since
  // as this branch's, reversed (found by a reviewer's trial); `a..b` stays as written.
  const start = range ? { from: range[1]! } : branchPoint(values.dir, ref);
  const from = start.from;
  let before;
  let atTo;
  let siteBefore: string | undefined;
  let siteAfter: string | undefined;
  try {
    before = snapshotOf(policyFilesAt(values.dir, from));
    siteBefore = siteSettingsAt(values.dir, from, SITE_FILES);
    if (to !== undefined) {
      atTo = snapshotOf(policyFilesAt(values.dir, to));
      siteAfter = siteSettingsAt(values.dir, to, SITE_FILES);
    }
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(error.message);
    throw error;
  }
  const after = atTo ?? (await workingTree(values.dir));
  const changes = diffBooks(before, after);
  const siteNow = to === undefined ? siteSettingsNow(values.dir) : siteAfter;
  // Settings that cannot be read are not compared: the file is told as a rule file would be.
  const siteUnreadable = unreadableSite(siteFileName(values.dir), siteBefore, siteNow);
  const site = siteUnreadable ? [] : siteSettingChanges(siteBefore, siteNow);
  if (site.length > 0) changes.site = site;
  if (siteUnreadable) changes.siteUnreadable = siteUnreadable;
  const files = (id: string) => [...before, ...after].filter((entry) => entry.id === id).map((entry) => entry.file);
  // A mark on every commit leaves the translations current, as in `check`; the report still names
  // them, so that a reviewer sees a real change let through as a typo fix ("25 cents" to "50").
  // Asked of the book's repository, its files named in full: this project beside a book kept in
  // a repository of its own runs from another one (found by a review).
  const vouched = changes.translationsOutdated.filter((outdated) =>
    markedTranslationsOk(
      from,
      files(outdated.id).map((file) => resolve(file)),
      to,
      values.dir,
    ),
  );
  changes.translationsOutdated = revertedLeftOut(
    changes.translationsOutdated.filter((outdated) => !vouched.includes(outdated)),
    after,
    values.dir,
    to,
  );
  if (vouched.length > 0) changes.translationsVouched = vouched;
  // Version 2: files that cannot be read are listed in `unreadable`; each changed rule lists all
  // its changed fields in `fields`, with before, after and a redline. `translationsOutdated` was
  // added later (a new field, so the version stays): rules whose source text changed while some
  // translations did not; and `translationsVouched` (only when there are any): those of them
  // whose commits all say `[translations ok]`; and `site` (only when there are any): the settings
  // of `_site.yaml` the change touched, each with its value before and after; and `siteUnreadable`
  // (only when so): `_site.yaml` cannot be read on a side, with why.
  // and `base` (only when it is not the ref's tip): the commit where this branch left the ref.
  const base = start.leftAt === undefined ? {} : { base: start.from };
  write(
    values.format === 'json'
      ? `${JSON.stringify({ version: 2, ref, ...base, ...changes }, null, 2)}\n`
      : formatChangesMarkdown(changes, ref, { leftAt: start.leftAt }),
  );
  if (start.unknown)
    process.stderr.write(
      `Note: git cannot find where this branch left ${ref} (a shallow clone?), so this compares with the tip of ${ref}: if ${ref} has moved on since, its newer changes show here as this branch's, reversed. Fetch the history first: git fetch --unshallow\n`,
    );
  if (to === undefined && noRuleChanged(changes) && isCheckedOut(values.dir, ref))
    process.stderr.write(
      `Note: ${ref} is the commit checked out, so this compares it with edits not committed yet. To see what your commits change, compare with where they started: \`npm run changes -- HEAD~1\`, or the branch they go into (\`-- main\`).\n`,
    );
  return 0;
}

/**
 * The translations still out of date after the change, by the book's history: a source text
 * brought back to what its translation was written for is not. The history is the checkout's, so
 * a range that ends before it (`a..b`, b not checked out) is left as the diff tells it.
 */
function revertedLeftOut(
  outdated: TranslationsOutdated[],
  after: readonly SnapshotEntry[],
  dir: string,
  to: string | undefined,
): TranslationsOutdated[] {
  if (outdated.every((entry) => entry.from !== undefined) || (to !== undefined && !isCheckedOut(dir, to))) return outdated;
  // From the cache `check` and the build keep: read afresh, the whole log was replayed (found by a review).
  const history = readBookHistory(dir);
  return outdated.flatMap((entry) => {
    const rule = after.find((candidate) => candidate.readable && candidate.id === entry.id);
    const left = rule?.readable ? stillOutdated(entry, history, rule.data) : entry;
    return left ? [left] : [];
  });
}

/** The rules as they are in the folder now; a file that cannot be opened is one that cannot be read, not a removed rule. */
async function workingTree(dir: string) {
  const folder = await readPolicyFolder(dir);
  // The site settings are not a rule.
  const unopened = folder.problems.filter((problem) => problem.code !== 'site-missing' && !isSiteFile(problem.file));
  return snapshotOf(folder.files, unopened);
}

/**
 * The commit to compare a ref alone with: where the branch checked out left it. `leftAt` (its
 * short hash) only when that is not the ref's tip, for the report to say so; `unknown` when git
 * cannot tell (a shallow clone), and the tip stands in. In a pull request's merge commit (GitHub
 * CI) the merge base is the base's tip, so the report reads as before.
 */
function branchPoint(dir: string, ref: string): { from: string; leftAt?: string; unknown?: true } {
  const base = mergeBase(dir, ref);
  // An unknown ref is told by the reading that follows, with its fix.
  if (base === undefined) return isKnown(dir, ref) ? { from: ref, unknown: true } : { from: ref };
  const [tip, short] = git(['rev-parse', `${ref}^{commit}`, '--short', base], dir)
    .toString('utf8')
    .trim()
    .split('\n');
  return tip === base ? { from: ref } : { from: base, leftAt: short ?? base };
}

function isKnown(dir: string, ref: string): boolean {
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], dir);
    return true;
  } catch {
    return false;
  }
}

/** Whether `ref` names the commit checked out (`HEAD`, or the branch it is on): a common first try that compares nothing. */
function isCheckedOut(dir: string, ref: string): boolean {
  try {
    const [at, head] = git(['rev-parse', `${ref}^{commit}`, 'HEAD'], dir)
      .toString('utf8')
      .trim()
      .split('\n');
    return at !== undefined && at === head;
  } catch {
    return false;
  }
}

/** The site settings as they are in the folder now, or undefined when it has none. */
function siteSettingsNow(dir: string): string | undefined {
  const file = SITE_FILES.map((name) => join(dir, name)).find((path) => existsSync(path));
  return file === undefined ? undefined : readFileSync(file, 'utf8');
}

/** The site settings' file as the report names it (relative to where it runs, as rule files are). */
function siteFileName(dir: string): string {
  const name = SITE_FILES.find((candidate) => existsSync(join(dir, candidate))) ?? SITE_FILES[0]!;
  return shownName(dir, name, process.cwd());
}

function isSiteFile(file: string): boolean {
  return (SITE_FILES as readonly string[]).includes(file.split('/').at(-1) ?? '');
}
