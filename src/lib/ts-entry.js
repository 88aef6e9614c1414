// Starts a TypeScript module in a worker thread or a child process with Node's compile cache on
// from the first line. Node strips a .ts module's types with a WebAssembly compiler that it loads
// on first use (about 17 MB and 60 ms in each thread or process) unless the stripped code is in
// the compile cache; but a .ts entry point is stripped before any of its code can turn the cache
// on. This plain script can. The module is given as workerData.entry, or as the first argument.
import { enableCompileCache } from 'node:module';
import { isMainThread, workerData } from 'node:worker_threads';

enableCompileCache();
await import(isMainThread ? process.argv[2] : workerData.entry);
