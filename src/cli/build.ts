import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EDITIONS, type Edition } from '../lib/editions.ts';
import { localToday, loadBook } from '../lib/load-book.ts';
import { formatHuman } from '../lib/report/human.ts';
import { headersFile } from '../lib/security-headers.ts';
import { readLines } from '../lib/report/read-lines.ts';
import { summarize } from '../lib/summary.ts';
import { terminalStyle } from './check.ts';
import { astroBuild, pagefindIndex, problemLines, projectRoot } from './site-steps.ts';
import { parseSize } from './size-option.ts';
import { UsageError } from './usage-error.ts';

export const buildHelp = `Usage: rules-clarity build [options]

Checks the rules, builds the site with Astro and indexes it for search with Pagefind.
The previous site stays in place until the new one is complete.

Options:
  --edition <name>   staff (default, into dist/), public (into dist-public/) or all
  --dir <path>       policy folder (default: policies)
  --out <path>       output folder, for one edition (default: dist/ or dist-public/)
  --max-file-size <size>  refuse rule files larger than this (default: 1M)
  -h, --help         show this help
`;

export const OUTPUT: Record<Edition, string> = { staff: join(projectRoot, 'dist'), public: join(projectRoot, 'dist-public') };

export async function runBuild(args: string[], write: (text: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      edition: { type: 'string', default: 'staff' },
      dir: { type: 'string', default: 'policies' },
      out: { type: 'string' },
      'max-file-size': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    write(buildHelp);
    return 0;
  }
  const editions = values.edition === 'all' ? [...EDITIONS] : [values.edition as Edition];
  if (!editions.every((edition) => EDITIONS.includes(edition))) {
    throw new UsageError(`--edition must be one of ${EDITIONS.join(', ')}, all (got "${values.edition}")`);
  }
  if (values.out !== undefined && editions.length > 1) throw new UsageError('--out takes one edition; build the editions one by one');

  // Check first: a broken rule stops the build before anything is written, with the check's report.
  const maxFileBytes = parseSize('--max-file-size', values['max-file-size']);
  const book = await loadBook(values.dir, { today: localToday(), maxFileBytes });
  const summary = summarize(book);
  if (summary.errors > 0) {
    write(formatHuman(book.findings.filter((finding) => finding.severity === 'error'), summary, readLines, terminalStyle));
    write('The site was not built; the previous site, if any, is unchanged.\n');
    return 1;
  }
  for (const edition of editions) {
    const code = buildEdition(edition, resolve(values.dir), values.out === undefined ? OUTPUT[edition] : resolve(values.out), write, maxFileBytes);
    if (code !== 0) return code;
  }
  return 0;
}

/**
 * Builds one edition into a temporary folder, indexes it, and only then swaps it in for the
 * previous output: a failure at any step leaves the previous site as it was.
 */
function buildEdition(edition: Edition, dir: string, target: string, write: (text: string) => void, maxFileBytes?: number): number {
  removeAbandoned(target);
  const temporary = `${target}.building-${process.pid}`;
  try {
    const astro = astroBuild({ edition, dir, out: temporary, env: maxFileBytes === undefined ? {} : { RULES_MAX_FILE_BYTES: String(maxFileBytes) } });
    if (!astro.ok) {
      write(`Astro could not build the ${edition} edition:\n${astro.output}\nThe site was not built; the previous site, if any, is unchanged.\n`);
      return 1;
    }
    const warnings = problemLines(astro.output);
    if (warnings) write(`${warnings}\n`);
    writeFileSync(join(temporary, '_headers'), headersFile(edition));
    const pagefind = pagefindIndex(temporary);
    if (!pagefind.ok) {
      write(`Pagefind could not index the ${edition} edition:\n${pagefind.output}\nThe previous site, if any, is unchanged.\n`);
      return 1;
    }
    swapIn(temporary, target);
    write(`Built the ${edition} edition into ${relative(process.cwd(), target) || '.'}/ (${pagefind.pages} pages indexed for search) in ${(astro.seconds + pagefind.seconds).toFixed(1)} s.\n`);
    return 0;
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

/** Folders left by a build that was killed part-way (its process is gone): never the live site. */
function removeAbandoned(target: string): void {
  const folder = dirname(target);
  const prefix = `${basename(target)}.`;
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const match = /^(?:building|old)-(\d+)$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '');
    if (match && !isRunning(Number(match[1]))) rmSync(join(folder, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function swapIn(temporary: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  // Two renames on the same disk: there is no moment with a half-written site in place.
  if (existsSync(target)) renameSync(target, old);
  renameSync(temporary, target);
  rmSync(old, { recursive: true, force: true });
}
