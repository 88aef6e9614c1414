import { spawn } from 'node:child_process';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bookRootOf } from '../lib/book-root.ts';
import { LIVE_PREVIEW_ENV } from '../lib/live-preview.ts';
import { BookError, loadSiteInput } from '../loaders/checked-book.ts';
import { parseOptions } from './parse-options.ts';
import { editionOption, portNumber } from './server-options.ts';
import { projectRoot } from './site-steps.ts';
import { UsageError } from './usage-error.ts';
import type { Edition } from '../lib/editions.ts';

export const devHelp = `Usage: rules-clarity dev [options]

A live preview while editing rules: Astro's dev server, whose pages update when a rule file is
saved. Search needs a build (\`npm start\`).

Options:
  --dir <path>       policy folder (default: policies)
  --edition <name>   staff (default) or public
  --port <number>    port to listen on (default: Astro's, 4321)
  -h, --help         show this help
`;

/**
 * Astro's own `astro dev` reads no `--dir`: given one, it previewed the sample book without a
 * word (found by a new-user trial). This passes the folder on as the build does (RULES_DIR).
 */
export async function runDev(args: string[], write: (text: string) => void): Promise<number> {
  const { values } = parseOptions({
    args,
    options: {
      // RULES_DIR and RULES_EDITION as \`astro dev\` read them, before this command took its place.
      dir: { type: 'string', default: process.env.RULES_DIR ?? 'policies' },
      edition: { type: 'string', default: process.env.RULES_EDITION ?? 'staff' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    write(devHelp);
    return 0;
  }
  const edition = editionOption(values.edition);
  const port = values.port === undefined ? undefined : portNumber('--port', values.port);
  const root = bookRootOf(values.dir);
  if (root === undefined) throw new UsageError(`there is no _site.yaml in ${values.dir} or a folder above it: is it a rule book?`);
  const dir = resolve(root);
  // A book with errors stops the preview before Astro starts: Astro would print the same report
  // and then its own "Location" and "Stack trace" lines for it. Warnings do not stop it.
  try {
    await loadSiteInput({ dir });
  } catch (error) {
    if (!(error instanceof BookError)) throw error;
    write(`${error.message}\nFix the errors above, then start the preview again.\n`);
    return 1;
  }
  write(`Previewing the ${edition} edition of ${dir}\n`);

  const bin = join(dirname(fileURLToPath(import.meta.resolve('astro/package.json'))), 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [bin, 'dev', '--host', '127.0.0.1', ...(port === undefined ? [] : ['--port', String(port)])], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      RULES_DIR: dir,
      RULES_EDITION: edition,
      ASTRO_TELEMETRY_DISABLED: '1',
      [LIVE_PREVIEW_ENV]: startCommand(dir, edition),
    },
  });
  // Ctrl+C reaches the server too (one process group); a `kill` of this process is passed on.
  const stop = () => child.kill('SIGTERM');
  process.once('SIGTERM', stop);
  process.once('SIGINT', () => undefined);
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code, signal) => {
      process.off('SIGTERM', stop);
      done(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1));
    });
  });
}

/**
 * What builds and serves the previewed book: `npm start` alone serves the sample book (found by
 * a new-user trial). npm runs its scripts in the project folder, so the book's path is from there.
 */
export function startCommand(dir: string, edition: Edition): string {
  const path = relative(projectRoot, dir);
  const shown = path === '' || path.startsWith('..') || isAbsolute(path) ? dir : path;
  const given = [...(edition === 'staff' ? [] : ['--edition', edition]), ...(path === 'policies' ? [] : ['--dir', shown])];
  return `npm start${given.length > 0 ? ` -- ${given.join(' ')}` : ''}`;
}
