// `rules-clarity build` starts Astro while its check still runs: Astro's start-up and bundling
// need no book (the build skips Astro's content sync), only its pages do. The build command then
// says on Astro's standard input when the checked book is there to read. A build command that
// stops first (a book with errors, or the command itself stopped) closes it unsaid, and the pages
// are never rendered.

/** Set (to 1) by the build command when Astro is to wait for the word on its standard input. */
export const BOOK_READY_ENV = 'RULES_BOOK_READY_ON_STDIN';

/** What the build command writes once the checked book is in its file. */
export const BOOK_READY_LINE = 'ready\n';

// One wait per process, shared: Vite may bundle this module into more than one chunk, and a
// second reader of standard input after its end would wait for ever.
const WAITING = Symbol.for('rules-clarity.book-ready');
const shared = globalThis as { [WAITING]?: Promise<void> };

/** Resolves once the book may be read: at once, unless BOOK_READY_ENV asks to wait for the word on `input`. */
export function bookReady(env: NodeJS.ProcessEnv = process.env, input?: NodeJS.ReadableStream): Promise<void> {
  if (env[BOOK_READY_ENV] !== '1') return Promise.resolve();
  if (input) return hearReady(input);
  return (shared[WAITING] ??= hearReady(process.stdin));
}

function hearReady(input: NodeJS.ReadableStream): Promise<void> {
  return new Promise((done, fail) => {
    let heard = '';
    input.setEncoding('utf8');
    input.on('data', (text: string) => {
      heard += text;
      if (heard.includes(BOOK_READY_LINE)) done();
    });
    input.on('end', () => fail(new Error('the build command ended before its check handed over the book; run the build again')));
    input.on('error', fail);
  });
}
