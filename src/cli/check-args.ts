// The options of `rules-clarity check`, read the same way where a warm check is told from a cold
// one (warm-check.ts) and where the check runs (check.ts).
import { DEFAULT_CACHE_DIR } from '../lib/cache-file.ts';
import { parseOptions } from './parse-options.ts';
import type { FolderReadOptions } from '../lib/policy-folder.ts';
import { parseSize } from './size-option.ts';

export function parseCheckArgs(args: string[]) {
  return parseOptions({
    args,
    options: {
      dir: { type: 'string', default: 'policies' },
      format: { type: 'string', default: 'human' },
      strict: { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      'changed-since': { type: 'string' },
      today: { type: 'string' },
      'due-within': { type: 'string' },
      'max-file-size': { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}

/** How the check reads the policy folder, from its options. */
export function checkReadOptions(values: ReturnType<typeof parseCheckArgs>): FolderReadOptions & { cacheDir?: string } {
  return {
    maxFileBytes: parseSize('--max-file-size', values['max-file-size']),
    cacheDir: values['no-cache'] ? undefined : DEFAULT_CACHE_DIR,
  };
}
