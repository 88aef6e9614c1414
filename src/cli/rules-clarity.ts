#!/usr/bin/env node
// The `rules-clarity` command. Each sub-command lives in its own module; this file only dispatches
// and turns failures into one readable line and an exit code.
import { enableCompileCache } from 'node:module';
import { commands, warmStarts } from './commands.ts';
import { runInWorker } from './in-worker.ts';
import { isUsageError, UsageError } from './usage-error.ts';

// V8 keeps the compiled code of our modules and their dependencies on disk between runs (in the
// system's temporary folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off). Called before any
// command is imported, so that all of them benefit.
enableCompileCache();

// A cold `check` runs in a worker thread with a small young generation (in-worker.ts): at 10,000
// rules that was the difference between peaking at 300 MB and at under 200. With most files read
// without yaml (yaml-plain.ts) it still is: 145 MB in the worker against 202 MB here, for 1.09 s
// against 1.03 s (7 alternating runs). A warm one, with few files to check again, runs here
// (warm-check.ts).
const inWorker = new Set(['check']);

const help = `Usage: rules-clarity <command> [options]

Commands:
  check     check the rule book and report problems with their file:line:column
  build     check, then build the site and its search index (staff, public or all editions)
  changes   report what changed in the rules since a git ref (for pull requests)
  new       create a rule file from a commented template
  init      start a new rule book: its settings and example rules of each color
  serve     serve the built site on 127.0.0.1
  start     build, then serve
  dev       live preview while editing rules (Astro's dev server)

Run \`rules-clarity <command> --help\` for a command's options.
`;

// A reader that stops early (`check | head`) closes the pipe: the rest of the output has nowhere
// to go, and the command ends as it would have, with its own exit code and no stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(help);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}`);
  const write = (text: string) => process.stdout.write(text);
  if (inWorker.has(name)) {
    const readWarm = warmStarts[name];
    const warm = readWarm && (await (await readWarm())(args));
    if (warm === undefined) return runInWorker<number>(new URL('./command-worker.ts', import.meta.url), { name, args }, write);
    return (await command())(args, write, { warm });
  }
  return (await command())(args, write);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const usage = isUsageError(error);
  process.stderr.write(`rules-clarity: ${error instanceof Error ? error.message : String(error)}\n`);
  if (!usage && process.env.DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  if (!usage) process.stderr.write('This is a bug in rules-clarity, not in your rules. Run again with DEBUG=1 for details.\n');
  process.exitCode = 2;
}
