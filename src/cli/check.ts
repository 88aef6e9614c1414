import { availableParallelism } from 'node:os';
import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { staleSchemaCopies } from '../lib/schema-copies.ts';
import { projectRoot } from './project-root.ts';
import { readBookHistory } from '../lib/book-history.ts';
import { localToday, loadBook } from '../lib/load-book.ts';
import { formatGithub } from '../lib/report/github.ts';
import { formatHuman } from '../lib/report/human.ts';
import { formatJson } from '../lib/report/json.ts';
import { formatMarkdown } from '../lib/report/markdown.ts';
import { changedLinesSince, GitError } from '../lib/git-files.ts';
import { gitTop, pathInRepository } from '../lib/default-branch.ts';
import { changedFilesFirst, gateChangedLines } from '../lib/pr-gate.ts';
import type { ChangedLines } from '../lib/unified-diff.ts';
import { summarize } from '../lib/summary.ts';
import { readLines } from '../lib/report/read-lines.ts';
import { formatReviewsHuman, formatReviewsMarkdown, parseDays, reviewsDue } from '../lib/review-due-list.ts';
import { checkReadOptions, parseCheckArgs } from './check-args.ts';
import type { CommandContext } from './commands.ts';
import type { WarmCheck } from './warm-check.ts';
import { terminalStyle } from './terminal-style.ts';
import { assertFolder, UsageError } from './usage-error.ts';

export const checkHelp = `Usage: rules-clarity check [options]

Checks every rule in the policy folder and reports each problem as file:line:column.

Options:
  --dir <path>       policy folder to check (default: policies)
  --format <name>    human (default), github (pull-request annotations), json, or
                     markdown (the human report for a GitHub job summary)
  --strict           fail on warnings too
  -q, --quiet        report errors only (the last line still counts the warnings)
  --changed-since <git-ref>
                     pull-request gate: welcoming-language warnings on lines changed
                     since the branch left <git-ref> (e.g. origin/main) are errors
  --today <date>     check review dates against this YYYY-MM-DD instead of today
  --due-within <days>
                     list the rules whose review_by falls within this many days
                     (30d, 4w or 30), and the overdue ones, each with its owner,
                     instead of the problems (human, markdown or json)
  --max-file-size <size>  refuse rule files larger than this (default: 1M)
  --no-cache         check every file again, ignoring what the last check found in
                     unchanged files (kept in node_modules/.cache/rules-clarity)
  -h, --help         show this help

In a book with more than one language, missing and out-of-date translations are found
from the policy folder's git history (RULES_HISTORY=off turns it off); without the
history their status is unknown, and a note says so.

Exit code: 0 no errors, 1 errors (or warnings with --strict), 2 wrong usage.
`;

const FORMATS = ['human', 'github', 'json', 'markdown'] as const;

export async function runCheck(args: string[], write: (text: string) => void, context: CommandContext = {}): Promise<number> {
  const values = parseCheckArgs(args);
  if (values.help) {
    write(checkHelp);
    return 0;
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${values.format}")`);
  if (values.today !== undefined && !isRealDate(values.today))
    throw new UsageError(`--today must be a real date as YYYY-MM-DD (got "${values.today}")`);
  const dueWithin = values['due-within'] === undefined ? undefined : parseDays(values['due-within']);
  if (values['due-within'] !== undefined && dueWithin === undefined)
    throw new UsageError(`--due-within takes a number of days such as 30d, 4w or 30 (got "${values['due-within']}")`);
  if (dueWithin !== undefined && format === 'github') throw new UsageError('--due-within prints human, markdown or json, not github');
  assertFolder(values.dir);

  // Asked of git before the check runs, so a wrong ref is reported at once.
  const since = values['changed-since'];
  const changed = since === undefined ? undefined : changedLines(values.dir, since);
  const read = checkReadOptions(values);
  // Read already, with the same options, to tell a warm check (warm-check.ts).
  const warm = context.warm as WarmCheck | undefined;
  const checked = await loadBook(values.dir, {
    today: values.today ?? localToday(),
    ...read,
    ...(warm ? { folder: warm.folder, cache: warm.cache } : {}),
    threads: availableParallelism(),
    // Read only if a check asks: a book in one language never runs git for it.
    history: () => readBookHistory(values.dir),
  });
  const book = changed ? { ...checked, findings: changedFilesFirst(gateChangedLines(checked.findings, changed), changed) } : checked;
  const summary = summarize(book);
  if (dueWithin !== undefined) {
    const list = reviewsDue(book.rules, values.today ?? localToday(), dueWithin);
    // The list is the output; a book with errors still fails, so a broken book is not missed. In
    // JSON the errors are counted in the object: a line after it had made it unreadable to the
    // review-reminder workflow (found by a new-user trial).
    if (format === 'json') write(`${JSON.stringify({ version: 1, ...list, errors: summary.errors }, null, 2)}\n`);
    else write(format === 'markdown' ? formatReviewsMarkdown(list) : formatReviewsHuman(list));
    if (summary.errors > 0 && format !== 'json')
      write(`\n${summary.errors} ${summary.errors === 1 ? 'error' : 'errors'} in the book: run the check without --due-within.\n`);
    return summary.errors > 0 ? 1 : 0;
  }
  const notes = [...book.notes, ...staleSchemaCopies(values.dir, join(projectRoot, 'schemas'))];
  // The one error an edit made can sit among dozens of warnings of untranslated rules (found by a
  // new-user trial: the only error was at line 306 of 322).
  const shown = values.quiet ? book.findings.filter((finding) => finding.severity === 'error') : book.findings;
  if (format === 'json') write(formatJson(shown, summary, notes));
  else if (format === 'github') write(formatGithub(shown, notes, annotationPaths(values.dir)));
  else if (format === 'markdown') write(formatMarkdown(shown, summary, readLines, notes));
  else write(formatHuman(shown, summary, readLines, terminalStyle, notes));
  const failing = summary.errors + (values.strict ? summary.warnings : 0);
  return failing > 0 ? 1 : 0;
}

/**
 * Files named from the top of the book's repository: a book in a repository of its own, checked
 * by this project beside it, is `../oak-rules/policies/…` from here, and GitHub placed no
 * annotation on a path like that. Outside git, as given.
 */
function annotationPaths(dir: string): ((file: string) => string) | undefined {
  const top = gitTop(dir);
  // git names its top with links resolved: the file is named the same way (a --dir through a
  // symbolic link had given `../symt/policies/…`; found by a review).
  const real = (file: string) => {
    try {
      return realpathSync(file);
    } catch {
      return resolve(file);
    }
  };
  return top === undefined ? undefined : (file) => pathInRepository(real(file), top);
}

function changedLines(dir: string, ref: string): ChangedLines {
  try {
    return changedLinesSince(dir, ref);
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(`--changed-since: ${error.message}`);
    throw error;
  }
}

function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
