// The checked book as one JSON file: `rules-clarity build` checks the book once, writes what the
// site needs here, and the Astro process it starts reads it back instead of checking again.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Finding } from './finding.ts';
import type { Book } from './load-book.ts';
import type { Rule, SiteSettings } from './schemas.ts';

/** What the site is built from: the settings and the rules that passed the check. */
export interface SiteInput {
  site: SiteSettings | undefined;
  /** In file order; `file` as the check shows it, e.g. `policies/spaces/phone-calls.yaml`. */
  rules: { file: string; data: Rule }[];
  /** Warnings still to be shown (none when the book was handed over: the build showed them). */
  warnings: Finding[];
}

/** Names this file's layout; a file of another layout (an older tool's) is refused, not misread. */
const FORMAT = 'rules-clarity checked book 1';

/** The environment variable that tells the content loader where the handed-over book is. */
export const CHECKED_BOOK_ENV = 'RULES_CHECKED_BOOK';

interface FileShape {
  format: string;
  /** The policy folder, absolute: a book of another folder is not used by mistake. */
  dir: string;
  /** The folder the file names are relative to, absolute. */
  base?: string;
  site: SiteSettings | undefined;
  rules: { file: string; data: Rule }[];
}

/**
 * Writes a book that has passed the check (callers stop at errors before this). File names are
 * made relative to `base`, the folder Astro usually runs in, as its own loading of the book names
 * them; a reader elsewhere names them from where it runs (readCheckedBook).
 */
export function writeCheckedBook(path: string, dir: string, book: Book, base: string): void {
  const named = (file: string) => relative(base, resolve(file)).split(sep).join('/');
  if (book.findings.some((finding) => finding.severity === 'error'))
    throw new Error('a book with errors is never handed to the site build');
  const shape: FileShape = {
    format: FORMAT,
    dir: resolve(dir),
    base: resolve(base),
    site: book.site,
    rules: book.rules.map((rule) => ({ file: named(rule.file), data: rule.data })),
  };
  writeFileSync(path, JSON.stringify(shape));
}

/** Reads the book written by writeCheckedBook for the policy folder `dir`. */
export function readCheckedBook(path: string, dir: string): SiteInput {
  let shape: Partial<FileShape>;
  try {
    shape = JSON.parse(readFileSync(path, 'utf8')) as Partial<FileShape>;
  } catch (error) {
    throw new Error(
      `${CHECKED_BOOK_ENV}=${path}: the checked book could not be read (${(error as Error).message}). ` +
        `Run the build with \`npm run build\`, or unset ${CHECKED_BOOK_ENV} to let Astro check the book itself.`,
      { cause: error },
    );
  }
  if (shape.format !== FORMAT || !Array.isArray(shape.rules)) {
    throw new Error(
      `${CHECKED_BOOK_ENV}=${path}: not a checked book of this version of rules-clarity; run the build with \`npm run build\`.`,
    );
  }
  if (shape.dir !== resolve(dir)) {
    throw new Error(`${CHECKED_BOOK_ENV}=${path}: this book was checked from ${shape.dir}, not from ${resolve(dir)}; run the build again.`);
  }
  return { site: shape.site, rules: fromHere(shape.rules, shape.base), warnings: [] };
}

/**
 * The rules with their file names relative to this process's folder, as the pages resolve them.
 * Astro runs from a folder of its own for some output folders (astro-working-folder.ts): names
 * relative to the project had shown "node_modules/.cache/…/policies/phone-calls.yaml" as the
 * rule's file, and made its edit link point there (found by a new-user trial).
 */
function fromHere(rules: FileShape['rules'], base: string | undefined): FileShape['rules'] {
  const here = process.cwd();
  if (base === undefined || base === here) return rules;
  return rules.map((rule) => ({ ...rule, file: relative(here, resolve(base, rule.file)).split(sep).join('/') }));
}

/**
 * The book `rules-clarity build` checked and handed over (CHECKED_BOOK_ENV), so a build checks
 * once; undefined when Astro runs on its own (`astro build`, `astro dev`).
 */
export function handedBook(dir: string, env: NodeJS.ProcessEnv = process.env): SiteInput | undefined {
  const handed = env[CHECKED_BOOK_ENV];
  return handed ? readCheckedBook(handed, dir) : undefined;
}
