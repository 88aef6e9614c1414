import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { readHistory, type BookHistory } from './history/history.ts';

/**
 * The policy folder's git history as `check` reads it for translation status: honours
 * `RULES_HISTORY=off` and keeps what each version reads as in the same cache file as the site
 * build (src/data/history.ts), so a check after a build, or a build after a check, reads only new
 * versions.
 */
export function readBookHistory(dir: string, env: NodeJS.ProcessEnv = process.env): BookHistory {
  if (env.RULES_HISTORY === 'off') return { available: false, reason: 'history is turned off (RULES_HISTORY=off)' };
  const folder = resolve(dir);
  const key = createHash('sha256').update(folder).digest('hex').slice(0, 16);
  return readHistory(folder, { cacheFile: join('node_modules', '.cache', 'rules-clarity', `history-${key}.json`) });
}
