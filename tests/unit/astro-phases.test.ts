// `build --timings` splits Astro's run into phases by when its marks arrive. Astro starts beside
// the check and may reach its pages before the book is handed over: that wait belongs to the
// check, and the page phase is what rendering took.
import { describe, expect, it } from 'vitest';
import { astroPhases } from '../../src/cli/site-steps.ts';

const marks = { started: 0, sync: 1000, synced: 1100, pages: 2000, done: 12_000, ended: 12_100 };

describe("Astro's phases", () => {
  it('counts the pages from when the book was handed over, and the wait apart', () => {
    const phases = astroPhases({ ...marks, handed: 3500 }, 20);
    expect(phases).toMatchObject({ bundle: 0.9, waitedForCheck: 1.5, pages: 8.5, exit: 0.1, pageCount: 20 });
  });

  it('has no wait when the book was there before the pages', () => {
    expect(astroPhases({ ...marks, handed: 1500 }, 20)).toMatchObject({ waitedForCheck: 0, pages: 10 });
    expect(astroPhases({ ...marks, handed: undefined }, 20)).toMatchObject({ waitedForCheck: 0, pages: 10 });
  });

  it('gives none for a run that did not reach its pages', () => {
    expect(astroPhases({ started: 0, sync: 1000, synced: 1100, ended: 1200 }, 0)).toBeUndefined();
  });
});
