import { diffBooks, type ColorChange, type FieldChange } from '../changes/diff.ts';
import { snapshotOf, type ReadableRule, type SnapshotEntry } from '../changes/snapshot.ts';
import { fieldTexts } from '../changes/fields.ts';
import { git, GitError, readBlobs } from '../git-files.ts';
import { isRulePath } from '../policy-files.ts';
import { publicWhy } from '../public-text.ts';
import { loadBlobCache, saveBlobCache } from './blob-cache.ts';
import { readLog, type LogCommit } from './git-log.ts';

/** What a commit changed in a rule's public text, as the public edition may show it. */
export interface PublicChange {
  /** The rule became public in this commit (it was new, or staff-only before). */
  published: boolean;
  /** `title`, `category`, `public_wording`, `why` ("Why we ask"), each with a redline. */
  fields: FieldChange[];
}

/** One commit in a rule's history. */
export interface HistoryEntry {
  commit: string;
  /** Strict ISO 8601, with the committer's offset. */
  date: string;
  /** YYYY-MM-DD, the day as the committer's clock had it. */
  day: string;
  subject: string;
  /** The rule's first commit. */
  added: boolean;
  /** The id it had before this commit, when this commit changed it. */
  idBefore?: string;
  color?: ColorChange;
  /** Every other changed field, as in the changes report, with its redline. */
  fields: FieldChange[];
  /** Absent when no public text changed (or the rule was staff-only). */
  public?: PublicChange;
}

export interface RuleHistory {
  id: string;
  /** Newest first. */
  entries: HistoryEntry[];
  /** Every field's text as last committed: a rule that differs has edits not committed yet. */
  committedTexts: Map<string, string>;
}

export type BookHistory = { available: true; rules: Map<string, RuleHistory> } | { available: false; reason: string };

export const NOT_AVAILABLE = 'not available in this build';

/**
 * Every rule's history in the policy folder `dir`, keyed by rule id, from one `git log` and one
 * `git cat-file --batch` process. Each commit is compared as the changes report compares a pull
 * request, so a rule keeps its history when its file moves or its id changes. A shallow clone or
 * a folder outside git gives `available: false`: the dates it could show would be wrong.
 */
export interface HistoryOptions {
  /** A file to keep what each blob reads as between builds (blob-cache.ts); none by default. */
  cacheFile?: string;
}

export function readHistory(dir: string, options: HistoryOptions = {}): BookHistory {
  let commits: LogCommit[];
  try {
    if (git(['rev-parse', '--is-shallow-repository'], dir).toString('utf8').trim() === 'true')
      return { available: false, reason: 'the repository is a shallow clone; fetch its full history (fetch-depth: 0)' };
    const prefix = git(['rev-parse', '--show-prefix'], dir).toString('utf8').trim();
    commits = readLog(dir).map((commit) => ({
      ...commit,
      files: commit.files
        .filter((file) => file.path.startsWith(prefix) && isRulePath(file.path.slice(prefix.length)))
        .map((file) => ({ ...file, path: file.path.slice(prefix.length) })),
    }));
  } catch (error) {
    if (error instanceof GitError) return { available: false, reason: `no git history: ${firstLine(error.message)}` };
    throw error;
  }
  const blobs = blobReader(dir, commits, loadBlobCache(options.cacheFile));
  const rules = historyOf(commits, blobs.read);
  saveBlobCache(options.cacheFile, blobs.used);
  return { available: true, rules };
}

/**
 * Reads every blob the log names that the cache does not know, in one process, and each as a rule
 * once. `used` is what this history read, for the cache.
 */
function blobReader(
  dir: string,
  commits: readonly LogCommit[],
  cached: ReadonlyMap<string, SnapshotEntry>,
): { read: (oid: string, path: string) => SnapshotEntry; used: Map<string, SnapshotEntry> } {
  const oids = [...new Set(commits.flatMap((commit) => commit.files.flatMap((file) => [file.before, file.after])))].filter(
    (oid) => oid !== undefined,
  );
  const missing = oids.filter((oid) => !cached.has(oid));
  const bytes = new Map(readBlobs(dir, missing).map((blob, index) => [missing[index]!, blob]));
  const used = new Map<string, SnapshotEntry>();
  const read = (oid: string, path: string): SnapshotEntry => {
    let entry = used.get(oid) ?? cached.get(oid);
    if (entry === undefined) entry = snapshotOf([{ file: path, bytes: bytes.get(oid)! }])[0]!;
    used.set(oid, entry);
    return entry.file === path ? entry : { ...entry, file: path };
  };
  return { read, used };
}

function historyOf(commits: readonly LogCommit[], read: (oid: string, path: string) => SnapshotEntry): Map<string, RuleHistory> {
  const rules = new Map<string, RuleHistory>();
  // The last version of each file that read as a rule: a commit that mends a broken file is
  // compared with the rule as it last stood, not with the slip.
  const lastReadable = new Map<string, ReadableRule>();
  for (const commit of commits) {
    const before: SnapshotEntry[] = [];
    const after: ReadableRule[] = [];
    for (const file of commit.files) {
      const now = file.after === undefined ? undefined : read(file.after, file.path);
      // A commit that leaves a file unreadable changes no rule yet; the one that mends it will.
      if (now !== undefined && !now.readable) continue;
      const old = file.before === undefined ? undefined : read(file.before, file.path);
      const oldRule = old?.readable ? old : lastReadable.get(file.path);
      if (oldRule) before.push(oldRule);
      if (now) after.push(now);
      if (now) lastReadable.set(file.path, now);
      else lastReadable.delete(file.path);
    }
    if (before.length === 0 && after.length === 0) continue;
    record(rules, commit, before as ReadableRule[], after);
  }
  for (const history of rules.values()) history.entries.reverse();
  return rules;
}

function record(rules: Map<string, RuleHistory>, commit: LogCommit, before: ReadableRule[], after: ReadableRule[]): void {
  const changes = diffBooks(before, after);
  const publicChanges = diffBooks(before.flatMap(publicSide), after.flatMap(publicSide));
  const entries = new Map<string, HistoryEntry>();
  const entryOf = (id: string): HistoryEntry => {
    let entry = entries.get(id);
    if (!entry) {
      entry = { commit: commit.hash, date: commit.date, day: commit.date.slice(0, 10), subject: commit.subject, added: false, fields: [] };
      entries.set(id, entry);
    }
    return entry;
  };
  for (const { from, to } of changes.renamed) {
    const earlier = rules.get(from);
    if (earlier && !rules.has(to)) {
      rules.delete(from);
      rules.set(to, { ...earlier, id: to });
    }
    entryOf(to).idBefore = from;
  }
  for (const added of changes.added) entryOf(added.id).added = true;
  for (const color of changes.colors) entryOf(color.id).color = color;
  for (const changed of changes.changed) entryOf(changed.id).fields = changed.fields;
  for (const added of publicChanges.added) entryOf(added.id).public = { published: true, fields: [] };
  for (const changed of publicChanges.changed) {
    const fields = publicFields(changed.fields);
    if (fields.length > 0) entryOf(changed.id).public = { published: false, fields };
  }
  for (const removed of changes.removed) rules.delete(removed.id);

  for (const rule of after) {
    const entry = entries.get(rule.id);
    let history = rules.get(rule.id);
    if (!history) {
      history = { id: rule.id, entries: [], committedTexts: new Map() };
      rules.set(rule.id, history);
    }
    history.committedTexts = fieldTexts(rule.data);
    if (entry) history.entries.push(entry);
  }
}

/** The rule as the public edition sees it: nothing of a staff-only rule, only public fields. */
function publicSide(rule: ReadableRule): ReadableRule[] {
  const data = rule.data as { title: string; category: string; public_wording?: string; intent: string; public_why?: string };
  if (rule.data.public === false) return [];
  const fields = {
    id: rule.id,
    title: data.title,
    category: data.category,
    ...(data.public_wording !== undefined ? { public_wording: data.public_wording } : {}),
    // Keyed by where it comes from, so that a reason moving from the intent to its own
    // public_why is not shown with the intent's words (now staff text) as its "before".
    [publicWhy(data).field]: publicWhy(data).text,
  };
  return [{ ...rule, data: fields }];
}

/** "Why we ask" as one field: its before and redline only when both come from the same field. */
function publicFields(fields: FieldChange[]): FieldChange[] {
  const why = fields.filter((field) => field.field === 'intent' || field.field === 'public_why');
  const others = fields.filter((field) => !why.includes(field));
  if (why.length === 0) return others;
  const after = why.find((field) => field.after !== undefined)?.after;
  const merged: FieldChange =
    why.length === 1 && why[0]!.before !== undefined && after !== undefined
      ? { ...why[0]!, field: 'why' }
      : { field: 'why', ...(after !== undefined ? { after } : {}) };
  return [...others, merged];
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
