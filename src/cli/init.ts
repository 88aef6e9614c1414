import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { bookRootOf } from '../lib/book-root.ts';
import { STARTER_CATEGORIES, starterBook } from '../lib/book-starter.ts';
import { isRulePath } from '../lib/policy-files.ts';
import { SCHEMA_FILES } from '../lib/schema-copies.ts';
import { parseOptions } from './parse-options.ts';
import { projectRoot } from './site-steps.ts';
import { UsageError } from './usage-error.ts';

export const initHelp = `Usage: rules-clarity init --organisation <name> [options]

Starts a new rule book: its settings (_site.yaml) and example rules of the three colors, which
pass \`check\` and build a site at once. Edit them into your own rules, or delete them. Never writes
into a folder that already holds rule files.

Options:
  --organisation <name>  your organisation's name, as visitors know it (required)
  --dir <path>           the folder to start it in (default: policies)
  --categories <list>    its topics, comma-separated (default: ${STARTER_CATEGORIES.join(', ')})
  -h, --help             show this help

A book outside this project gets a copy of the JSON Schemas beside its folder (<dir>/../schemas/),
so that its files' editor help works in its own repository.
`;

export async function runInit(args: string[], write: (text: string) => void): Promise<number> {
  const { values } = parseOptions({
    args,
    options: {
      organisation: { type: 'string' },
      dir: { type: 'string', default: 'policies' },
      categories: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    write(initHelp);
    return 0;
  }
  const organisation = values.organisation?.trim();
  if (!organisation) throw new UsageError('give your organisation\'s name: --organisation "Oak Town Library"');
  const categories = values.categories === undefined ? STARTER_CATEGORIES : values.categories.split(',').map((name) => name.trim());
  if (categories.some((name) => name === '') || new Set(categories.map((name) => name.toLowerCase())).size !== categories.length)
    throw new UsageError(`--categories needs names separated by commas, each once (got "${values.categories}")`);

  const dir = resolve(values.dir);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`${values.dir} is a file, not a folder`);
  // A folder of a book (its settings in it or above it) is that book's: examples there would join it.
  const book = bookRootOf(dir);
  if (book !== undefined)
    throw new UsageError(
      `${values.dir} is part of the rule book in ${relative(process.cwd(), book) || '.'}; a new book needs a folder of its own`,
    );
  const names = existsSync(dir) ? readdirSync(dir, { recursive: true }).map((name) => String(name).split(sep).join('/')) : [];
  if (names.some(isRulePath)) throw new UsageError(`${values.dir} already holds rule files; a new book needs an empty or new folder`);

  // Inside the project the book names the project's schemas, which stay current with the tool.
  // Outside it, a path into the project would be one machine's: the book gets copies of its own.
  const inProject = !relative(projectRoot, dir).startsWith('..');
  const schemaFolder = inProject ? join(projectRoot, 'schemas') : join(dirname(dir), 'schemas');
  const copied: string[] = [];
  if (!inProject) {
    mkdirSync(schemaFolder, { recursive: true });
    for (const name of SCHEMA_FILES) {
      const to = join(schemaFolder, name);
      if (existsSync(to)) continue; // someone's file: kept
      copyFileSync(join(projectRoot, 'schemas', name), to);
      copied.push(relative(process.cwd(), to));
    }
  }
  const schemas = relative(dir, schemaFolder).split(sep).join('/');
  mkdirSync(dir, { recursive: true });
  const files = starterBook({ organisation, categories, schemas });
  // 'wx': create only, so a file that appeared meanwhile is never replaced.
  for (const file of files) writeFileSync(join(dir, file.path), file.text, { flag: 'wx' });

  const shown = relative(process.cwd(), dir) || '.';
  const option = inProject && resolve(dir) === resolve(projectRoot, 'policies') ? '' : ` -- --dir ${shown}`;
  write(
    `Started a rule book in ${shown}/: _site.yaml and ${files.length - 1} example rules of the three colors.` +
      (copied.length > 0 ? ` Copied the JSON Schemas for editor help: ${copied.join(', ')}.` : '') +
      `\nNext: edit ${shown}/_site.yaml, add rules with \`npm run new -- <id>${option.replace(' --', '')}\`, then \`npm run check${option}\` and \`npm start${option}\`.\n`,
  );
  return 0;
}
