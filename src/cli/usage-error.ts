/** A mistake in how a command was called: reported in one line with exit code 2, never as a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
