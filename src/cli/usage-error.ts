import { statSync } from 'node:fs';

/** A mistake in how a command was called: reported in one line with exit code 2, never as a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * A mistake in the call (ours, or node:util's parseArgs'), or a file changed under a running check
 * (lib/unchanged-files.ts), as opposed to a bug: said in one line, with no stack.
 */
export function isUsageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof UsageError || (typeof code === 'string' && (code.startsWith('ERR_PARSE_ARGS') || code === 'ERR_FILE_CHANGED'));
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
