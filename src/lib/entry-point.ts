// Worker threads and child processes start their TypeScript module through ts-entry.js, which
// turns Node's compile cache on before the module loads (why: there).
import { fileURLToPath } from 'node:url';

const TS_ENTRY = new URL('./ts-entry.js', import.meta.url);

/** What `new Worker()` is given to run `entry`: the script, and workerData naming the module. */
export function workerEntry(entry: URL, data: object): { script: URL; workerData: object } {
  return { script: TS_ENTRY, workerData: { ...data, entry: entry.href } };
}

/** What `fork()` is given to run `entry`: the script and its arguments. */
export function processEntry(entry: URL): { script: string; args: string[] } {
  return { script: fileURLToPath(TS_ENTRY), args: [entry.href] };
}
