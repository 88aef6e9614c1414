// `[translations ok]` in the changes report as in `check`: a source-text edit whose commits all
// say so leaves its translations current (translations/status.ts), so the report does not list
// them as made out of date.
import { git } from '../git-files.ts';
import { NO_RETRANSLATION_MARK } from '../translations/status.ts';

/**
 * Whether every commit since `ref` that touched these files (a rule's, before and after a move)
 * carries the mark, with nothing left uncommitted: edits not committed yet have no message to
 * carry it. Stricter than `check`, which looks only at the commits that edited the source text:
 * a commit without the mark that edited only staff fields keeps the rule listed.
 */
export function markedTranslationsOk(ref: string, files: readonly string[], to?: string, cwd = process.cwd()): boolean {
  try {
    const subjects = git(['log', '--format=%s', `${ref}..${to ?? 'HEAD'}`, '--', ...files], cwd)
      .toString('utf8')
      .split('\n')
      .filter(Boolean);
    if (subjects.length === 0 || !subjects.every((subject) => subject.includes(NO_RETRANSLATION_MARK))) return false;
    // Between two commits there are no edits not committed yet.
    if (to !== undefined) return true;
    return (
      git(['diff', '--name-only', 'HEAD', '--', ...files], cwd)
        .toString('utf8')
        .trim() === ''
    );
  } catch {
    // Not a repository git can answer for (a shallow history): listed, as without the mark.
    return false;
  }
}
