import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Replaces `from` with `to` in a rule file of `book`, as an administrator's edit; throws if `from` is not there. */
export function editRule(book: string, file: string, from: string, to: string): void {
  const path = join(book, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  writeFileSync(path, text.replace(from, to));
}

/** Every file of a built site by its path in the site, each as `read` gives it (its bytes by default). */
export function siteFiles(folder: string, read: (path: string, bytes: Buffer) => Buffer = (_, bytes) => bytes): Map<string, Buffer> {
  const paths = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    paths.map((entry) => {
      const path = join(entry.parentPath, entry.name).slice(folder.length + 1);
      return [path, read(path, readFileSync(join(folder, path)))];
    }),
  );
}
