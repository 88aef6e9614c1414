// A helper thread of check-threads.ts: waits for its share of the files (it is started before
// they are read), checks them alone and sends the results.
import { parentPort } from 'node:worker_threads';
import { checkFilesAlone, readSite } from './check-file.ts';
import { bookChecks } from './checks/index.ts';
import { BATCH, type HelperData } from './check-threads.ts';

parentPort!.once('message', ({ site, inputs, checks, today }: HelperData) => {
  const perRule = bookChecks.filter((check) => checks.includes(check.name));
  const siteRead = site ? readSite(site, []) : undefined;
  // Results go out in batches, then 'done': the thread holds one batch at a time, not the data of
  // its whole share beside the copy it sends.
  for (let start = 0; start < inputs.length; start += BATCH) {
    parentPort!.postMessage(checkFilesAlone(siteRead, inputs.slice(start, start + BATCH), perRule, today));
  }
  parentPort!.postMessage('done');
});
