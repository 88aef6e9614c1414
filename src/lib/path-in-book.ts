import { resolve } from 'node:path';
import { bookFolder } from './book-folder.ts';
import { pathInRepository, repositoryTop } from './default-branch.ts';

let top: string | undefined;

/**
 * A rule file's path as its book's repository names it (`policies/phone-calls.yaml`), not from
 * wherever the build ran: a book built with --dir showed `../oak/policies/…` (found by a new-user
 * trial). Without git, from the policy folder's parent. The repository's top is read once.
 */
export function pathInBook(file: string): string {
  top ??= repositoryTop(resolve(bookFolder()));
  return pathInRepository(file, top);
}
