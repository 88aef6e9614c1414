import { statSync } from 'node:fs';

/** A mistake in how a command was called: reported in one line with exit code 2, never as a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A mistake in the call (ours, or node:util's parseArgs'), as opposed to a bug. */
export function isUsageError(error: unknown): boolean {
  return error instanceof UsageError || Boolean((error as { code?: string } | null)?.code?.startsWith('ERR_PARSE_ARGS'));
}

/** The policy folder must exist: a typo in --dir is the user's to fix, not a finding in a file. */
export function assertFolder(dir: string): void {
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isFolder)
    throw new UsageError(
      `there is no policy folder at ${dir}${dir === 'policies' ? ' (run the command from the project folder, or give --dir)' : ''}`,
    );
}
