import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The site settings file's names: the folder holding one is a book's policy folder. */
export const SITE_FILES = ['_site.yaml', '_site.yml'] as const;

/**
 * The policy folder of the book that `dir` belongs to: the nearest folder, `dir` itself or one
 * above it, that holds the site settings (`_site.yaml`). A sub-folder such as policies/borrowing
 * is part of a book, and ids and categories are the whole book's.
 */
export function bookRootOf(dir: string): string | undefined {
  for (let folder = resolve(dir); ; folder = dirname(folder)) {
    if (SITE_FILES.some((name) => existsSync(join(folder, name)))) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}
