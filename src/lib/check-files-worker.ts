// A helper thread of check-threads.ts: waits for its share of the files (it is started before
// they are read), checks the batches of it that it claims alone, and sends each one's results.
import { parentPort } from 'node:worker_threads';
import { claimFront } from './batch-claims.ts';
import { checkFilesAlone, readSite } from './check-file.ts';
import { bookChecks } from './checks/index.ts';
import type { HelperData } from './check-threads.ts';

parentPort!.once('message', ({ site, inputs, claims, batchSize, checks, today }: HelperData) => {
  const perRule = bookChecks.filter((check) => checks.includes(check.name));
  const siteRead = site ? readSite(site, []) : undefined;
  // Results go out by batch, then 'done': the thread holds one batch at a time, not the data of
  // its whole share beside the copy it sends.
  for (let batch: number; (batch = claimFront(claims)) >= 0;) {
    const results = checkFilesAlone(siteRead, inputs.slice(batch * batchSize, (batch + 1) * batchSize), perRule, today);
    parentPort!.postMessage({ batch, results });
  }
  parentPort!.postMessage('done');
});
