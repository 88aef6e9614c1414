import { basename } from 'node:path';
import { parse } from 'yaml';
import { isRulePath } from '../policy-files.ts';
import { SITE_FILES } from '../policy-folder.ts';
import type { LogCommit } from './git-log.ts';

/** Where the book's own history starts: the first commit to read, and the rule files there after it. */
export interface BookStart {
  /** Index of the first commit of this organisation's book (0: the whole log is its). */
  index: number;
  /** Every rule file after that commit, by path, with its blob: the first commit adds them all. */
  files: Map<string, string>;
}

/**
 * Where this organisation's own rule book begins in the folder's history. A book started from a
 * fork of another (the sample library, a neighbouring branch's) keeps that book's commits, and
 * read as history they put the other book's rules on the public site as this one's retired
 * rules, in its feeds and on Recent changes (found by a new-user trial: a swimming pool's site
 * listed 48 library rules as "no longer applies").
 *
 * The book starts over where `_site.yaml` names another organisation and, in that commit or the
 * one just before or after it, at most a quarter of the rules the old book had (by id) are left:
 * the start is the first of those commits after which they are gone. People do it in one commit,
 * or remove the sample first and run `init` next, or name themselves first. Renaming the
 * organisation alone, or replacing most rules alone, is the same book's history and is kept.
 * `commits` hold every file of the folder (paths relative to it), oldest first;
 * `organisationIn` reads the name a `_site.yaml` blob gives.
 */
export function bookStart(commits: readonly LogCommit[], organisationIn: (oid: string) => string | undefined): BookStart {
  // Where the name changes: only there are the rules counted, so a long log costs one pass.
  const renamed = new Set<number>();
  let organisation: string | undefined;
  for (const [index, commit] of commits.entries()) {
    const named = commit.files.reduce<string | undefined>(
      (name, file) => (isSiteFile(file.path) && file.after !== undefined ? (organisationIn(file.after) ?? name) : name),
      undefined,
    );
    if (named === undefined) continue;
    if (organisation !== undefined && named !== organisation) renamed.add(index);
    organisation = named;
  }
  const files = new Map<string, string>();
  if (renamed.size === 0) return { index: 0, files };
  // The old book: its ids before the commit ahead of a renaming one.
  const oldBooks = new Map<number, Set<string>>();
  const near = (index: number) => [...renamed].some((at) => index >= at - 1 && index <= at + 1);
  // Each renaming decides once: at the first of its commits after which the old book is gone.
  const decided = new Set<number>();
  let start = 0;
  let startFiles = new Map<string, string>();
  for (const [index, commit] of commits.entries()) {
    if (renamed.has(index + 1)) oldBooks.set(index + 1, idsOf(files.keys()));
    for (const file of commit.files) {
      if (!isRulePath(file.path)) continue;
      if (file.after === undefined) files.delete(file.path);
      else files.set(file.path, file.after);
    }
    if (!near(index)) continue;
    const now = idsOf(files.keys());
    for (const at of renamed) {
      const old = oldBooks.get(at);
      if (old === undefined || old.size === 0 || index < at - 1 || index > at + 1 || decided.has(at)) continue;
      if ([...old].filter((id) => now.has(id)).length * 4 <= old.size) {
        decided.add(at);
        start = index;
        startFiles = new Map(files);
      }
    }
  }
  return { index: start, files: startFiles };
}

/** The book's own site settings file (at the top of its folder). */
export function isSiteFile(path: string): boolean {
  return (SITE_FILES as readonly string[]).includes(path);
}

function idsOf(paths: Iterable<string>): Set<string> {
  return new Set([...paths].map((path) => basename(path).replace(/\.ya?ml$/i, '')));
}

/** The `organisation` a `_site.yaml` gives, or undefined when it gives none it can be read for. */
export function organisationOf(text: string): string | undefined {
  try {
    const data: unknown = parse(text);
    if (data === null || typeof data !== 'object') return undefined;
    const name = (data as Record<string, unknown>).organisation;
    return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
  } catch {
    return undefined;
  }
}
