import { basename } from 'node:path';
import { parse } from 'yaml';
import { isRulePath } from '../policy-files.ts';
import { SITE_FILES } from '../policy-folder.ts';
import type { LogCommit } from './git-log.ts';

/**
 * Where this organisation's own rule book begins in the folder's history: the index of the first
 * commit to read. A book started from a fork of another (the sample library, a neighbouring
 * branch's) keeps that book's commits, and read as history they put the other book's rules on
 * the public site as this one's retired rules, in its feeds and on Recent changes (found by a
 * new-user trial: a swimming pool's site listed 48 library rules as "no longer applies").
 *
 * A book starts over at the last commit that gives `_site.yaml` another organisation name while
 * at most a quarter of the rules just before it (by id) are still there after it. Renaming the
 * organisation alone, or replacing most rules alone, is the same book's history and is kept.
 * `commits` hold every file of the folder (paths relative to it), oldest first;
 * `organisationIn` reads the name a `_site.yaml` blob gives.
 */
export function bookStart(commits: readonly LogCommit[], organisationIn: (oid: string) => string | undefined): number {
  let start = 0;
  let organisation: string | undefined;
  // The rule files there, and how many each id has (an id in two files is one rule).
  const files = new Set<string>();
  for (const [index, commit] of commits.entries()) {
    const idsBefore = idsOf(files);
    let named: string | undefined;
    for (const file of commit.files) {
      if (isSiteFile(file.path)) {
        if (file.after !== undefined) named = organisationIn(file.after) ?? named;
        continue;
      }
      if (!isRulePath(file.path)) continue;
      if (file.after === undefined) files.delete(file.path);
      else files.add(file.path);
    }
    if (named === undefined) continue;
    if (organisation !== undefined && named !== organisation) {
      const idsAfter = idsOf(files);
      const kept = [...idsBefore].filter((id) => idsAfter.has(id)).length;
      if (kept * 4 <= idsBefore.size) start = index;
    }
    organisation = named;
  }
  return start;
}

/** The site settings file of the book's own folder (not of a sub-folder). */
export function isSiteFile(path: string): boolean {
  return (SITE_FILES as readonly string[]).includes(path);
}

function idsOf(files: ReadonlySet<string>): Set<string> {
  return new Set([...files].map((path) => basename(path).replace(/\.ya?ml$/i, '')));
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
