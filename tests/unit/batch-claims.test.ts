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
    const started = new Int32Array(new SharedArrayBuffer(4));
    const module = new URL('../../src/lib/batch-claims.ts', import.meta.url).href;
    // The other thread claims from the front as fast as it can, as a helper does, and says when it
    // starts, so that the two race.
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       import(${JSON.stringify(module)}).then(({ claimFront }) => {
         const taken = [];
         Atomics.store(workerData.started, 0, 1);
         for (let batch; (batch = claimFront(workerData.claims)) >= 0; ) taken.push(batch);
         parentPort.postMessage(taken);
       });`,
      { eval: true, workerData: { claims, started } },
    );
    const fromFront = new Promise<number[]>((done, fail) => {
      worker.once('message', done);
      worker.once('error', fail);
    });
    while (Atomics.load(started, 0) === 0) Atomics.wait(started, 0, 0, 5);
    const fromBack: number[] = [];
    for (let batch: number; (batch = claimBack(claims)) >= 0;) fromBack.push(batch);
    const front = await fromFront;
    await worker.terminate();
    expect(front.length).toBeGreaterThan(0);
    expect(fromBack.length).toBeGreaterThan(0);
    const all = [...front, ...fromBack].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: MAX_BATCHES }, (_, index) => index));
  });
});
