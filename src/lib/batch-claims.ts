// A helper thread's share of the files, in batches that the helper takes from the front and the
// thread that gave it the share takes from the back once its own share is done: the two end
// together, however late the helper started or however slowly it runs (at 10,000 rules a helper
// started 0.2-0.3 s after the checking thread, which then waited that long for it at the end).
// Both ends are kept in one 32-bit word of shared memory, so that a batch is claimed by exactly
// one thread with one compare-and-swap.

/** The most batches a share may have: each end is kept in 16 bits. */
export const MAX_BATCHES = 0xffff;

/** Claims on `batches` batches, none taken yet; shared by posting it to the helper. */
export function batchClaims(batches: number): Int32Array {
  if (!Number.isInteger(batches) || batches < 0 || batches > MAX_BATCHES)
    throw new RangeError(`a share has 0 to ${MAX_BATCHES} batches (got ${batches})`);
  const claims = new Int32Array(new SharedArrayBuffer(4));
  claims[0] = batches << 16;
  return claims;
}

/** The next batch from the front, or -1 when none is left. */
export function claimFront(claims: Int32Array): number {
  return claim(claims, (front, back) => [front, front + 1, back]);
}

/** The next batch from the back, or -1 when none is left. */
export function claimBack(claims: Int32Array): number {
  return claim(claims, (front, back) => [back - 1, front, back - 1]);
}

/** Takes the batch `take` chooses (with the ends it leaves) unless another thread moved an end first. */
function claim(claims: Int32Array, take: (front: number, back: number) => [batch: number, front: number, back: number]): number {
  for (;;) {
    const word = Atomics.load(claims, 0);
    const front = word & 0xffff;
    const back = word >>> 16;
    if (front >= back) return -1;
    const [batch, newFront, newBack] = take(front, back);
    if (Atomics.compareExchange(claims, 0, word, (newBack << 16) | newFront) === word) return batch;
  }
}
