// The staff rule page's links into the book's repository (`repository` in _site.yaml), with the
// branch and the clone's layout read once per build.
import { resolve } from 'node:path';
import { bookFolder } from '../lib/book-folder.ts';
import { defaultBranch } from '../lib/default-branch.ts';
import { pathInBook } from '../lib/path-in-book.ts';
import { repositoryLinks, type RepositoryLinks } from '../lib/repository-links.ts';
import type { Rule } from '../lib/schemas.ts';
import { getBook } from './book.ts';

let branch: string | undefined;

/** "Edit this rule" and "Suggest a change" for `rule`, or undefined without `repository`. */
export async function repositoryLinksFor(rule: Rule): Promise<RepositoryLinks | undefined> {
  const { site, files } = await getBook();
  if (!site.repository) return undefined;
  branch ??= defaultBranch(resolve(bookFolder()), process.env);
  const path = pathInBook(files.get(rule.id) ?? `${rule.id}.yaml`);
  return repositoryLinks({ repository: site.repository, branch, path, id: rule.id, title: rule.title });
}
