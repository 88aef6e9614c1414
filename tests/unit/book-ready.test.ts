// Astro starts beside the build's check and renders its pages only once the build command says
// the checked book is there; a build command that ends without saying so stops Astro's build.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BOOK_READY_ENV, BOOK_READY_LINE, bookReady } from '../../src/lib/book-ready.ts';

const waiting = { [BOOK_READY_ENV]: '1' };

describe('the word that the checked book is there', () => {
  it('is not waited for when Astro runs on its own', async () => {
    const input = new PassThrough();
    await expect(bookReady({}, input)).resolves.toBeUndefined();
  });

  it('is waited for, however the line arrives', async () => {
    const input = new PassThrough();
    let ready = false;
    const heard = bookReady(waiting, input).then(() => (ready = true));
    input.write(BOOK_READY_LINE.slice(0, 2));
    await new Promise((settle) => setTimeout(settle, 20));
    expect(ready).toBe(false);
    input.end(BOOK_READY_LINE.slice(2));
    await heard;
    expect(ready).toBe(true);
  });

  it('stops the build when the build command ends without it', async () => {
    const input = new PassThrough();
    const heard = bookReady(waiting, input);
    input.end();
    await expect(heard).rejects.toThrow('the build command ended before its check handed over the book');
  });
});
