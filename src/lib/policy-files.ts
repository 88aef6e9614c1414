import { readdirSync, realpathSync, statSync } from 'node:fs';
import { normalize, sep } from 'node:path';

export interface ListedFiles {
  /** Absolute paths of rule files, sorted so every run reports in the same order. */
  files: string[];
  /** Paths that could not be listed, with the reason. */
  problems: { path: string; reason: string }[];
  /** Files named almost as a rule file is (`.YAML`, `.yaml.txt`): not read, and said so. */
  misnamed: string[];
  /** Word processor documents (`.docx`, `.odt`): a rule written the usual office way, not read. */
  documents: string[];
}

// An extension in capitals, or a `.txt` a Windows editor added behind a hidden `.yaml`: the rule
// had silently been left out of the site (found by a new-user trial).
// `.YAML`, `.yaml.txt` (a Windows editor's), `.yaml ` (a space typed after the name).
const ALMOST_RULE_FILE = /\.ya?ml(?:\.txt)?\s*$/i;

const RULE_FILE = /\.ya?ml$/;

// A rule written in a word processor and dropped into the folder had been left out without a word
// (found by an administrator's trial).
const DOCUMENT = /\.(docx?|odt|rtf|pages)$/i;

/** Whether a path inside the policy folder (with / separators) is a rule file. */
export function isRulePath(path: string): boolean {
  return RULE_FILE.test(path) && path.split('/').every((part) => !part.startsWith('_') && !part.startsWith('.'));
}

/**
 * Every rule file under `dir`: `*.yaml` and `*.yml` in any sub-folder, skipping names that start
 * with `_` (site settings, drafts) or `.`. Linked folders are followed once; a link back up the
 * tree is reported instead of looping.
 */
export async function listPolicyFiles(dir: string): Promise<ListedFiles> {
  const files: string[] = [];
  const problems: ListedFiles['problems'] = [];
  const misnamed: string[] = [];
  const documents: string[] = [];
  const seen = new Set<string>();

  // Synchronous: a listing is a few hundred calls, each faster than a trip through the thread pool.
  function walk(folder: string, ancestors: readonly string[] = []): void {
    let real: string;
    try {
      real = realpathSync(folder);
    } catch (error) {
      problems.push({ path: folder, reason: reason(error) });
      return;
    }
    if (ancestors.includes(real)) {
      problems.push({ path: folder, reason: 'this linked folder leads back to a folder it is inside (a link loop)' });
      return;
    }
    // A second way into a folder already read (a link beside it) adds nothing: read it once.
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: folder, reason: reason(error) });
      return;
    }
    // Joined by hand: path.join's normalising cost 10-20 ms at 10,000 files, and `folder` is already normal.
    const prefix = folder === '.' ? '' : folder.endsWith(sep) ? folder : folder + sep;
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
      const path = prefix + entry.name;
      let kind: { isDirectory(): boolean; isFile(): boolean } = entry;
      if (entry.isSymbolicLink()) {
        try {
          kind = statSync(path);
        } catch (error) {
          problems.push({ path, reason: reason(error) });
          continue;
        }
      }
      if (kind.isDirectory()) walk(path, [...ancestors, real]);
      else if (!RULE_FILE.test(entry.name)) {
        if (ALMOST_RULE_FILE.test(entry.name)) misnamed.push(path);
        else if (DOCUMENT.test(entry.name) && !entry.name.startsWith('~$')) documents.push(path);
        continue;
      }
      // A pipe or device named like a rule would block or never end a read.
      else if (kind.isFile()) files.push(path);
      else problems.push({ path, reason: 'it is not a regular file (a pipe, socket or device)' });
    }
  }

  walk(normalize(dir));
  return { files, problems, misnamed, documents };
}

export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'it is a link that leads back to itself (a link loop)';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOTFILE':
      return 'it is not a regular file (a pipe, socket or device)';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
