import { writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseOptions } from './parse-options.ts';
import { readPolicyFolder, type InputFile } from '../lib/load-book.ts';
import { ruleTemplate } from '../lib/rule-template.ts';
import { schemaReference } from '../lib/schema-reference.ts';
import { slugify } from '../lib/slug.ts';
import { COLORS, validateSite, type Color, type SiteSettings } from '../lib/schemas.ts';
import { parseYamlFile } from '../lib/yaml-source.ts';
import { bookRootOf } from '../lib/book-root.ts';
import { snapshotOf } from '../lib/changes/snapshot.ts';
import { projectRoot } from './site-steps.ts';
import { UsageError } from './usage-error.ts';
import { editDistance } from '../lib/search/typo.ts';

export const newHelp = `Usage: rules-clarity new <id> [options]

Creates policies/<id>.yaml from a commented template. Never overwrites a file, and refuses
an id or a category that does not fit the book: all of it, when --dir names one of its folders.

Options:
  --color <color>      red, yellow or green (default: green)
  --category <name>    one of the categories in _site.yaml (default: the one most rules in
                       --dir have, else one named like that folder, else the first)
  --dir <path>         folder to create it in, e.g. policies/spaces (default: with --category,
                       the folder that holds most of that category's rules; else policies)
  -h, --help           show this help
`;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function runNew(args: string[], write: (text: string) => void): Promise<number> {
  const { values, positionals } = parseOptions({
    args,
    options: {
      color: { type: 'string', default: 'green' },
      category: { type: 'string' },
      dir: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    write(newHelp);
    return 0;
  }
  const [typed, ...extra] = positionals;
  if (typed === undefined || extra.length > 0) throw new UsageError("give the new rule's id, e.g. `npm run new -- lost-umbrellas`");
  // The file's name typed for its id ("lost-umbrellas.yaml"): the file is named after the id, so
  // that is the id meant (it had been offered "lost-umbrellas-yaml"; found by an administrator's trial).
  const id = typed.replace(/\.ya?ml$/i, '');
  if (!ID.test(id)) {
    // "Overdue fines" → overdue-fines: the id the user most likely meant, ready to paste.
    const meant = slugify(id);
    const suggestion = slugsPlainly(id) && ID.test(meant) ? `. Did you mean "${meant}"?` : '';
    throw new UsageError(`the id must be lowercase-kebab-case, like lost-umbrellas (got "${id}")${suggestion}`);
  }
  const color = values.color as Color;
  if (!COLORS.includes(color)) throw new UsageError(`--color must be one of ${COLORS.join(', ')} (got "${values.color}")`);

  // The id must be new to the whole book and the category one of its own, so read all of it,
  // not only the sub-folder the file goes into.
  const given = values.dir ?? 'policies';
  const root = bookRootOf(given);
  if (root === undefined)
    throw new UsageError(`there is no _site.yaml in ${given} or a folder above it; a new rule needs the book's categories from it`);
  const book = await readPolicyFolder(root);
  // Only an id written in a file counts (a file named like the id is caught when writing); a file
  // that does not parse still names its id when its `id:` line can be read.
  const snapshot = snapshotOf(book.files);
  const existing = snapshot.find((entry) => (entry.readable ? entry.id : entry.guess.id) === id);
  if (existing) throw new UsageError(`a rule with the id "${id}" already exists: ${existing.file}`);
  const settings = usableSite(book.site);
  const categories: readonly string[] = settings?.categories ?? [];
  // The check reads the default folder unless told otherwise: name the book this rule is in.
  const check = resolve(root) === resolve('policies') ? 'npm run check' : `npm run check -- --dir ${root}`;
  if (categories.length === 0)
    throw new UsageError(
      `${book.site?.file ?? join(root, '_site.yaml')} has problems, so the book's categories are unknown; run \`${check}\` and fix it first`,
    );
  const chosen =
    values.category === undefined ? folderCategory(given, snapshot, categories) : { category: bookCategory(values.category, categories) };
  const { category } = chosen;
  // Given a category and no folder, the rule goes where the book keeps that category's rules
  // (`--category Spaces` into policies/spaces/, as a new-user trial expected), else into the book's folder.
  const dir = values.dir ?? (values.category ? (categoryFolder(category, snapshot) ?? given) : given);

  const file = join(dir, `${id}.yaml`);
  // The rules beside the new one first: they are likeliest to be written as it will be.
  const besideIt = (other: string) => resolve(dirname(other)) === resolve(dirname(file));
  const rules = book.files
    .map((input) => ({ file: input.file, text: Buffer.from(input.bytes).toString('utf8') }))
    .sort((a, b) => Number(besideIt(b.file)) - Number(besideIt(a.file)));
  const schemaPath = schemaReference(file, rules, join(projectRoot, 'schemas', 'policy.schema.json'));
  try {
    // 'wx': create only; an existing file (even one written a moment ago) is never replaced.
    await writeFile(file, ruleTemplate({ id, color, category, schemaPath, otherLanguages: settings?.languages?.slice(1), check }), {
      flag: 'wx',
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${file} already exists; it was left as it is`);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`the folder ${dir} does not exist`);
    throw error;
  }
  const guessed = chosen.guessed ? ` ${category} is ${chosen.guessed}: give --category to choose another.` : '';
  write(`Created ${file} (${color}, ${category}).${guessed} Fill in the empty fields, then run \`${check}\`.\n`);
  return 0;
}

/** A usable site settings file, or undefined when it is missing or broken (the check reports it). */
function usableSite(site: InputFile | undefined): SiteSettings | undefined {
  if (!site) return undefined;
  const { source, findings } = parseYamlFile(site.file, site.bytes);
  return findings.length === 0 && validateSite(source.data) ? source.data : undefined;
}

/** Whether `text` has letters a slug keeps: one in another script slugs to a placeholder, which names nothing. */
function slugsPlainly(text: string): boolean {
  return /[a-z0-9]/i.test(text);
}

/**
 * The book's category that `--category` names, however it is capitalised or slugged ("conduct",
 * "study-rooms"); else a usage error naming the nearest one, as `check` does for a typo.
 */
function bookCategory(typed: string, categories: readonly string[]): string {
  const comparable = slugsPlainly(typed);
  const found =
    categories.find((name) => name === typed) ?? (comparable ? categories.find((name) => slugify(name) === slugify(typed)) : undefined);
  if (found) return found;
  const near = comparable
    ? categories
        .map((name) => ({ name, distance: editDistance(slugify(name), slugify(typed), 2) }))
        .filter(({ distance }) => distance <= 2)
        .sort((a, b) => a.distance - b.distance)[0]?.name
    : undefined;
  throw new UsageError(`--category must be one of ${categories.join(', ')} (got "${typed}")${near ? `. Did you mean "${near}"?` : ''}`);
}

/**
 * The category a new rule in `dir` most likely has: the one most rules in that folder have
 * (`policies/spaces` holds Spaces rules), else the one named like the folder, else the first;
 * `guessed` says which of the last two it was, for the message to say.
 */
function folderCategory(
  dir: string,
  snapshot: ReturnType<typeof snapshotOf>,
  categories: readonly string[],
): { category: string; guessed?: string } {
  const counts = new Map<string, number>();
  for (const entry of snapshot) {
    const category = entry.readable ? entry.data.category : undefined;
    if (typeof category === 'string' && categories.includes(category) && resolve(dirname(entry.file)) === resolve(dir))
      counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  const most = [...counts].sort(([a, one], [b, other]) => other - one || categories.indexOf(a) - categories.indexOf(b))[0];
  if (most) return { category: most[0] };
  const named = categories.find((name) => slugify(name) === slugify(basename(resolve(dir))));
  return named ? { category: named } : { category: categories[0]!, guessed: 'the first category of _site.yaml' };
}

/** The folder holding the most rules of `category`, or undefined when no rule has it. */
function categoryFolder(category: string, snapshot: ReturnType<typeof snapshotOf>): string | undefined {
  const counts = new Map<string, number>();
  for (const entry of snapshot)
    if (entry.readable && entry.data.category === category) counts.set(dirname(entry.file), (counts.get(dirname(entry.file)) ?? 0) + 1);
  return [...counts].sort(([a, one], [b, other]) => other - one || a.localeCompare(b))[0]?.[0];
}
