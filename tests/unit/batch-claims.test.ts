// A helper's share is checked in batches claimed from both ends (batch-claims.ts): every batch
// must be checked by exactly one thread, or a file's findings would be lost or reported twice.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { batchClaims, claimBack, claimFront, MAX_BATCHES } from '../../src/lib/batch-claims.ts';

describe('batch claims', () => {
  it('give each batch once, from either end, then none', () => {
    const claims = batchClaims(5);
    expect([claimFront(claims), claimBack(claims), claimFront(claims), claimBack(claims), claimFront(claims)]).toEqual([0, 4, 1, 3, 2]);
    expect(claimFront(claims)).toBe(-1);
    expect(claimBack(claims)).toBe(-1);
    expect(claimBack(batchClaims(0))).toBe(-1);
  });

  it('hold the most batches there may be, and refuse more', () => {
    const claims = batchClaims(MAX_BATCHES);
    expect(claimBack(claims)).toBe(MAX_BATCHES - 1);
    expect(claimFront(claims)).toBe(0);
    expect(() => batchClaims(MAX_BATCHES + 1)).toThrow(RangeError);
  });

  it('give each batch to one thread only while two threads claim at once', async () => {
    const claims = batchClaims(MAX_BATCHES);
    const go = new Int32Array(new SharedArrayBuffer(4));
    const module = new URL('../../src/lib/batch-claims.ts', import.meta.url).href;
    // The other thread claims from the front as fast as it can, as a helper does. Both start at
    // one signal, once it is ready, so that they race.
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       import(${JSON.stringify(module)}).then(({ claimFront }) => {
         parentPort.postMessage('ready');
         Atomics.wait(workerData.go, 0, 0);
         const taken = [];
         for (let batch; (batch = claimFront(workerData.claims)) >= 0; ) taken.push(batch);
         parentPort.postMessage(taken);
       });`,
      { eval: true, workerData: { claims, go } },
    );
    const message = () =>
      new Promise<unknown>((done, fail) => {
        worker.once('message', done);
        worker.once('error', fail);
      });
    try {
      expect(await message()).toBe('ready');
      // Listened for before the signal: the worker sends nothing more until it has claimed all it can.
      const taken = message();
      Atomics.store(go, 0, 1);
      Atomics.notify(go, 0);
      const fromBack: number[] = [];
      for (let batch: number; (batch = claimBack(claims)) >= 0;) fromBack.push(batch);
      const fromFront = (await taken) as number[];
      expect(fromFront.length).toBeGreaterThan(0);
      expect(fromBack.length).toBeGreaterThan(0);
      const all = [...fromFront, ...fromBack].sort((a, b) => a - b);
      expect(all).toEqual(Array.from({ length: MAX_BATCHES }, (_, index) => index));
    } finally {
      await worker.terminate();
    }
  });
});
