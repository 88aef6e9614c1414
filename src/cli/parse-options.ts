// node:util's parseArgs, with a suggestion when an option is misspelt: "Unknown option
// '--strcit'. Did you mean --strict?", as git and npm say it (found by a new-user trial).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { editDistance } from '../lib/search/typo.ts';
import { UsageError } from './usage-error.ts';

export function parseOptions<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw error;
    const typed = /'(-[^']*)'/.exec((error as Error).message)?.[1];
    const near = typed === undefined ? undefined : nearestOption(typed, Object.keys(config.options ?? {}));
    if (near === undefined) throw error;
    throw new UsageError(`Unknown option '${typed}'. Did you mean --${near}?`);
  }
}

/** The option nearest what was typed, within two edits (a swap counts as one), if any. */
export function nearestOption(typed: string, options: readonly string[]): string | undefined {
  const name = typed.replace(/^-+/, '').split('=')[0]!;
  let best: string | undefined;
  let bestDistance = 3;
  for (const option of options) {
    const distance = editDistance(name, option, bestDistance - 1);
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  return best;
}
