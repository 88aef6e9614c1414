import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseOptions } from './parse-options.ts';
import { locationOf } from '../lib/edition-location.ts';
import { builtBase } from '../lib/built-base.ts';
import { builtEdition } from './built-edition.ts';
import { serveStatic } from '../server/static-server.ts';
import { OUTPUT, runBuild } from './build.ts';
import { editionOption, portNumber } from './server-options.ts';
import { startedByNpm, whenParentEnds } from './parent-watch.ts';
import { UsageError } from './usage-error.ts';
import type { Edition } from '../lib/editions.ts';

export const serveHelp = `Usage: rules-clarity serve [options]
       rules-clarity start [options]   (build, then serve)

Serves the built site on 127.0.0.1 until you press Ctrl+C.

Options:
  --edition <name>   staff (default) or public; \`serve\` serves the edition its folder holds
  --port <number>    port to listen on (default: 4321 for staff, 4322 for public; 0 picks a free one)
  --dir <path>       policy folder (default: policies); its staff_url / public_url path is where
                     the site is served (RULES_STAFF_URL / RULES_PUBLIC_URL override it)
  --out <path>       the built site to serve (default: dist for staff, dist-public for public);
                     \`start\` builds into it first
  -h, --help         show this help
`;

function options(args: string[]) {
  const { values } = parseOptions({
    args,
    options: {
      // Unset, `serve` serves whichever edition the folder holds.
      edition: { type: 'string' },
      port: { type: 'string' },
      dir: { type: 'string', default: 'policies' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const edition = editionOption(values.edition ?? 'staff');
  const given = values.port ?? process.env.PORT;
  const port = (served: Edition) =>
    portNumber(values.port === undefined ? 'the PORT environment variable' : '--port', given ?? (served === 'staff' ? 4321 : 4322));
  return { edition, named: values.edition !== undefined, port, dir: values.dir, out: values.out, help: values.help };
}

export async function runServe(args: string[], write: (text: string) => void): Promise<number> {
  const { edition: asked, named, port: portFor, dir, out = OUTPUT[asked], help } = options(args);
  if (help) {
    write(serveHelp);
    return 0;
  }
  if (!existsSync(out)) {
    const own = out !== OUTPUT[asked];
    const tail = npmOptions(givenOptions(asked, dir, out));
    throw new UsageError(
      `the ${asked} edition is not built yet${own ? ` in ${out}` : ''}: run \`npm run build${tail}\` first, or \`npm start${tail}\``,
    );
  }
  // A folder says which edition it holds; `--edition` names it only where the folder does not.
  const edition = builtEdition(out) ?? asked;
  if (named && edition !== asked) write(`${out} holds the ${edition} edition, not the ${asked} one.\n`);
  const port = portFor(edition);
  // Served under the base path the folder was built for (built-base.ts); failing a note of it, the
  // one the settings give (`staff_url` / `public_url`, or their environment variables).
  const basePath = builtBase(out) ?? locationOf(edition, dir, process.env)?.base;
  const site = await serveStatic(out, { port, basePath }).catch((error: unknown) => {
    throw (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
      ? portInUse(port, 'npm run serve', givenOptions(edition, dir, out))
      : error;
  });
  write(`Serving the ${edition} edition at ${site.url}  (Ctrl+C to stop)\n`);
  await new Promise<void>((done) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      void site.close().then(done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    // Someone who started it from a terminal may mean it to outlive the terminal; under npm it
    // is npm's to stop.
    if (startedByNpm()) whenParentEnds(stop);
  });
  return 0;
}

/** The options of this command that a hint repeats: the edition, book and folder it serves. */
function givenOptions(edition: Edition, dir: string, out: string | undefined): string[] {
  return [
    ...(out !== undefined && out !== OUTPUT[edition] ? ['--out', out] : []),
    ...(edition === 'staff' ? [] : ['--edition', edition]),
    ...(dir === 'policies' ? [] : ['--dir', dir]),
  ];
}

const npmOptions = (given: readonly string[]) => (given.length > 0 ? ` -- ${given.join(' ')}` : '');

/** The hint repeats the command that was run, with its options: `npm start` would serve another edition. */
function portInUse(port: number, command: string, given: readonly string[]): UsageError {
  return new UsageError(
    `port ${port} on 127.0.0.1 is already in use (another server, or an earlier \`npm start\`?). Stop it, or choose another port: ${command}${npmOptions([...given, '--port', String(port + 100)])}`,
  );
}

/** Finds out before a build whether the port is free, so nobody waits for a build to learn it is not. */
async function assertPortFree(port: number, given: readonly string[]): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((done, fail) => {
    probe.once('error', (error: NodeJS.ErrnoException) => fail(error.code === 'EADDRINUSE' ? portInUse(port, 'npm start', given) : error));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done()));
  });
}

export async function runStart(args: string[], write: (text: string) => void): Promise<number> {
  const { edition, dir, out, port, help } = options(args);
  if (help) {
    write(serveHelp);
    return 0;
  }
  await assertPortFree(port(edition), givenOptions(edition, dir, out));
  const built = await runBuild(['--edition', edition, '--dir', dir, ...(out === undefined ? [] : ['--out', out])], write);
  if (built !== 0) return built;
  return runServe(args, write);
}
