import { git } from '../git-files.ts';

/** One file a commit changed: its blob before and after (undefined: absent on that side). */
export interface FileChange {
  /** From the top of the repository, as git names it. */
  path: string;
  before?: string;
  after?: string;
}

export interface LogCommit {
  hash: string;
  /** Strict ISO 8601 with the committer's offset: the day shown is the day it was committed there. */
  date: string;
  subject: string;
  files: FileChange[];
}

const NO_BLOB = /^0+$/;

/**
 * Every commit of the main line (first parents) that touched the folder `dir`, oldest first, with
 * the blobs of each file it changed: one `git log` process for the whole folder, however many
 * rules and commits. A merge counts as one change made when it lands, compared with the line it
 * lands on: that is when its rules changed for readers, it includes whatever the merge itself
 * changed (a resolved conflict), and each commit is then compared with the state just before it,
 * so the last one is what the checkout holds. Renames are not detected here (`--no-renames`): a
 * moved file is a removal and an addition in the same commit, which the rule-by-id pairing of the
 * changes report joins again, even when the move came with edits past git's rename threshold.
 * Links and submodules hold no rule text and are left out.
 */
export function readLog(dir: string): LogCommit[] {
  const output = git(
    [
      'log',
      '--reverse',
      '--first-parent',
      '--diff-merges=first-parent',
      '-z',
      '--raw',
      '--no-abbrev',
      '--no-renames',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--format=%x01%H%x1f%cI%x1f%s%x1f%b',
      '--',
      '.',
    ],
    dir,
  ).toString('utf8');
  return parseLog(output);
}

/** Parses the `-z --raw` output of readLog's format. */
export function parseLog(output: string): LogCommit[] {
  const commits: LogCommit[] = [];
  for (const record of output.split('\x01')) {
    if (record === '') continue;
    const headerEnd = record.indexOf('\0');
    const header = headerEnd < 0 ? record : record.slice(0, headerEnd);
    const [hash = '', date = '', subject = '', ...body] = header.split('\x1f');
    const files: FileChange[] = [];
    const tokens = headerEnd < 0 ? [] : record.slice(headerEnd + 1).split('\0');
    for (let i = 0; i < tokens.length; i++) {
      const meta = tokens[i]!.replace(/^\n/, '');
      if (!meta.startsWith(':')) continue;
      // `:<mode> <mode> <blob> <blob> <status>` then the path.
      const [modeBefore = '', modeAfter = '', blobBefore = '', blobAfter = ''] = meta.slice(1).split(' ');
      const path = tokens[++i] ?? '';
      const isFile = (mode: string) => mode.startsWith('100');
      files.push({
        path,
        ...(isFile(modeBefore) && !NO_BLOB.test(blobBefore) ? { before: blobBefore } : {}),
        ...(isFile(modeAfter) && !NO_BLOB.test(blobAfter) ? { after: blobAfter } : {}),
      });
    }
    commits.push({ hash, date, subject: describedSubject(subject, body.join('\x1f')), files });
  }
  return commits;
}

/**
 * What a commit says it did. A pull request merged with a merge commit says only "Merge pull
 * request #14 from riverside-library/loosen-unattended"; GitHub puts the request's title on the
 * first line of the body, and that is what the change was (found by a new-user trial): "Lower the
 * age to 8 (#14)", as a squashed one reads. GitLab's merge commit ("Merge branch 'loosen-printing'
 * into 'main'") has the request's title there too, and "See merge request group/rules!15" at its
 * end: "Loosen printing (!15)". A merge made by hand ("Merge branch 'feat' into scratch2") names
 * its branch, not the change: "Merged branch feat", or its message's first line when it has one
 * (both found by a policy clerk's trial).
 */
export function describedSubject(subject: string, body: string): string {
  const title = firstLine(body);
  const github = /^Merge pull request (#\d+) from \S+$/.exec(subject);
  if (github) return title ? `${title} (${github[1]})` : subject;
  const branch = /^Merge (?:remote-tracking )?branch '([^']+)'(?: of \S+)?(?: into \S+)?$/.exec(subject);
  if (!branch) return subject;
  const request = /^See merge request \S*?(!\d+)$/m.exec(body);
  if (request) return `${title && !title.startsWith('See merge request') ? title : `Merged branch ${branch[1]}`} (${request[1]})`;
  return title ?? `Merged branch ${branch[1]}`;
}

/**
 * The message's first line of its own: not git's note of conflicts (and the files indented under
 * it), the list of merged commits `merge.log` writes ("* feat:"), a cherry-pick's note, nor a
 * trailer ("Signed-off-by: …") (found by a review: a merge had been named "policies/x.yaml").
 */
function firstLine(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || /^\s/.test(line) || /^(?:#|Conflicts:|\* |\(cherry picked|[A-Z][\w-]*-by: )/.test(trimmed)) continue;
    return trimmed;
  }
  return undefined;
}
