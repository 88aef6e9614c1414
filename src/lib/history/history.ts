import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { diffBooks, isRecordKeeping, type ColorChange, type FieldChange } from '../changes/diff.ts';
import { snapshotOf, type ReadableRule, type SnapshotEntry } from '../changes/snapshot.ts';
import { fieldTexts } from '../changes/fields.ts';
import { shownText } from '../changes/shown-text.ts';
import { git, GitError, readBlobs } from '../git-files.ts';
import { isRulePath } from '../policy-files.ts';
import { publicWhy } from '../public-text.ts';
import { validateRule } from '../schemas.ts';
import { readVersions } from './chunked-yaml.ts';
import { loadHistoryCache, saveHistoryCache } from './history-cache.ts';
import { readLog, type LogCommit } from './git-log.ts';
import { isPublic } from '../public-rule.ts';
import { originsOf, TranslationsSeen } from './carried-translations.ts';
import { onlyReviewDates } from '../changes/review-dates.ts';
import { bookStart, isSiteFile, organisationOf } from './book-start.ts';

/** What a commit changed in a rule's public text, as the public edition may show it. */
export interface PublicChange {
  /** The rule became public in this commit (it was new, or staff-only before). */
  published: boolean;
  /** `title`, `category`, `public_wording`, `why` ("Why we ask"), each with a redline. */
  fields: FieldChange[];
  /**
   * In another language: the source text of a field its readers read translated changed here, and
   * the translation has not changed since, so what they read may be behind it.
   */
  lagging?: true;
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
  /** The commit that took the rule out of the book (its `fields` give what it last said). */
  removed?: true;
  /** The id it had before this commit, when this commit changed it. */
  idBefore?: string;
  color?: ColorChange;
  /** Every other changed field, as in the changes report, with its redline. */
  fields: FieldChange[];
  /** Absent when no public text changed (or the rule was staff-only). */
  public?: PublicChange;
  /**
   * On a rule's first commit: translated texts it brought from another rule (a rule split in two,
   * its translations copied), written beside a source text other than its own.
   */
  carried?: CarriedTranslation[];
}

/** A translated text a new rule has as another rule had it, and the source text it was written for. */
export interface CarriedTranslation {
  /** As the history names fields: `translations.es.public_wording`. */
  field: string;
  /** The source text (`public_wording`) beside which the translation was written. */
  source: string;
  /** The rule that had it first, and the commit that first gave it that text. */
  from: string;
  commit: string;
  date: string;
  day: string;
  subject: string;
}

export interface RuleHistory {
  id: string;
  /** Newest first. */
  entries: HistoryEntry[];
  /** The rule's text as last committed (textsDigest): a rule that differs has edits not committed yet. */
  committed: string;
  /**
   * The public text as last committed, field by field (`title`, `translations.es.public_wording`…):
   * translation status compares it with the working tree, so edits not committed yet count.
   */
  committedPublic: Record<string, string>;
}

/**
 * A rule that left the book (its file deleted, or its id changed), or left the public edition
 * (also made staff-only): what it said as last committed, and the commit that took it away. A
 * rule that comes back under the same id is no longer gone.
 */
export interface GoneRule {
  id: string;
  commit: string;
  date: string;
  day: string;
  subject: string;
  /** The id it has now, when only its id changed. */
  movedTo?: string;
  /** Its data as last committed before it went: all of it for `removed`, public fields only for `unpublished`. */
  data: Record<string, unknown>;
}

export interface GoneRules {
  /** Rules gone from the book, oldest first. */
  removed: GoneRule[];
  /** Rules gone from the public edition (deleted, made staff-only, or given another id), oldest first. */
  unpublished: GoneRule[];
}

/**
 * A commit that changed only the rule's record (owner, tags, related, replaces, approval, review
 * dates: the fields a red rule's approval does not cover), not what it says: "Last changed" and
 * the feed leave it out. An owner renamed across 16 rules had made 16 feed entries and moved 16
 * pages' "Last changed" (found by a policy clerk's trial). A translation is no record: visitors
 * read it.
 */
export function isRecordOnly(entry: HistoryEntry): boolean {
  return (
    !entry.added &&
    !entry.removed &&
    entry.idBefore === undefined &&
    !entry.color &&
    entry.fields.length > 0 &&
    entry.fields.every(({ field }) => isRecordKeeping(field) && !field.startsWith('translations'))
  );
}

/** A commit that only updated the rule's review dates: it was reviewed, and says nothing new. */
export function isReviewOnly(entry: HistoryEntry): boolean {
  return !entry.added && !entry.removed && entry.idBefore === undefined && !entry.color && onlyReviewDates(entry.fields);
}

/**
 * The id a rule had just after each commit of its history (newest first), by commit: a feed
 * entry keeps the id it was first published under when the rule later gets another id, or feed
 * readers show it again as new (found by a new-user trial).
 */
export function idsByCommit(id: string, entries: readonly Pick<HistoryEntry, 'commit' | 'idBefore'>[]): Map<string, string> {
  const ids = new Map<string, string>();
  let now = id;
  for (const entry of entries) {
    ids.set(entry.commit, now);
    if (entry.idBefore !== undefined) now = entry.idBefore;
  }
  return ids;
}

/** A rule as it was just after one of its changes: its color and topic then, and the ones it left. */
export interface RuleThen<C extends string = string> {
  color: C;
  category: string;
  /** What this change moved the rule from, when it changed its color or topic. */
  before: { color?: C; category?: string };
}

/**
 * Each commit's rule as it was just after that commit, from the rule as it is now, newest first:
 * the later changes undone. Recent changes files a change under the color and topic the rule had
 * then: a change made while a rule was red had been filed under the yellow it became later.
 */
export function rulesThenByCommit<C extends string>(
  now: { color: C; category: string },
  entries: readonly Pick<HistoryEntry, 'commit' | 'color' | 'fields'>[],
): Map<string, RuleThen<C>> {
  const then = new Map<string, RuleThen<C>>();
  let { color, category } = now;
  for (const entry of entries) {
    const colorFrom = entry.color?.from as C | undefined;
    const categoryFrom = entry.fields.find((field) => field.field === 'category')?.before;
    then.set(entry.commit, {
      color,
      category,
      before: {
        ...(colorFrom !== undefined ? { color: colorFrom } : {}),
        ...(categoryFrom !== undefined ? { category: categoryFrom } : {}),
      },
    });
    if (colorFrom !== undefined) color = colorFrom;
    if (categoryFrom !== undefined) category = categoryFrom;
  }
  return then;
}

/**
 * Where a gone rule's trail of new ids ends: the last gone rule on it, whose `movedTo` (if any)
 * is an id `isHere` accepts, or one the trail cannot follow (not gone, or a loop).
 */
export function trailEnd(rule: GoneRule, goneById: (id: string) => GoneRule | undefined, isHere: (id: string) => boolean): GoneRule {
  let end = rule;
  const seen = new Set([rule.id]);
  while (end.movedTo !== undefined && !isHere(end.movedTo) && !seen.has(end.movedTo)) {
    const next = goneById(end.movedTo);
    if (!next) break;
    seen.add(next.id);
    end = next;
  }
  return end;
}

export type BookHistory = { available: true; rules: Map<string, RuleHistory>; gone: GoneRules } | { available: false; reason: string };

export const NOT_AVAILABLE = 'not available in this build';

export interface HistoryOptions {
  /** A file to keep the history in between builds (history-cache.ts); none by default. */
  cacheFile?: string;
}

/**
 * Every rule's history in the policy folder `dir`, keyed by rule id, from one `git log` and one
 * `git cat-file --batch` process. Each commit is compared as the changes report compares a pull
 * request, so a rule keeps its history when its file moves or its id changes. A shallow clone or
 * a folder outside git gives `available: false`: the dates it could show would be wrong.
 */
export function readHistory(dir: string, options: HistoryOptions = {}): BookHistory {
  let commits: LogCommit[];
  let key: string;
  try {
    // One process for all three; a repository without commits fails here, with its reason.
    const [shallow = '', prefix = '', head = ''] = git(['rev-parse', '--is-shallow-repository', '--show-prefix', 'HEAD'], dir)
      .toString('utf8')
      .split('\n');
    if (shallow === 'true')
      return { available: false, reason: 'the repository is a shallow clone; fetch its full history (fetch-depth: 0)' };
    key = `${head} ${prefix}`;
    const saved = loadHistoryCache(options.cacheFile, key);
    if (saved) return { available: true, ...saved };
    const inFolder = readLog(dir).map((commit) => ({
      ...commit,
      files: commit.files.filter((file) => file.path.startsWith(prefix)).map((file) => ({ ...file, path: file.path.slice(prefix.length) })),
    }));
    const start = bookStart(inFolder, siteNames(dir, inFolder));
    commits = inFolder.slice(start.index).map((commit, index) => ({
      ...commit,
      // The book's first commit adds every rule it holds, changed there or not: what it replaced
      // was another book.
      files:
        start.index > 0 && index === 0
          ? [...start.files].map(([path, after]) => ({ path, after }))
          : commit.files.filter((file) => isRulePath(file.path)),
    }));
  } catch (error) {
    if (error instanceof GitError) return { available: false, reason: noHistoryReason(error.message) };
    throw error;
  }
  const { rules, gone } = historyOf(commits, blobReader(dir, commits));
  saveHistoryCache(options.cacheFile, key, rules, gone);
  return { available: true, rules, gone };
}

/** The organisation each `_site.yaml` version in the log names, all read in one process. */
function siteNames(dir: string, commits: readonly LogCommit[]): (oid: string) => string | undefined {
  const oids = [
    ...new Set(commits.flatMap((commit) => commit.files.filter((file) => isSiteFile(file.path)).flatMap((file) => file.after ?? []))),
  ];
  const blobs = readBlobs(dir, oids);
  const names = new Map(oids.map((oid, index) => [oid, organisationOf(blobs[index]!.toString('utf8'))]));
  return (oid) => names.get(oid);
}

/** Why there is no history, in words for the person reading the check: git's own words only when they say more. */
export function noHistoryReason(gitMessage: string): string {
  if (/not a git repository/i.test(gitMessage)) return 'the policy folder is not in a git repository';
  if (/could not run git/i.test(gitMessage)) return 'git is not installed or could not be run';
  if (/does not have any commits|unknown revision|ambiguous argument 'HEAD'/i.test(gitMessage)) return 'the repository has no commits yet';
  return `no git history: ${firstLine(gitMessage)}`;
}

/**
 * Reads every blob the log names in one process, and all of them as rules at once
 * (chunked-yaml.ts): a blob that several commits name is read once.
 */
function blobReader(dir: string, commits: readonly LogCommit[]): (oid: string, path: string) => SnapshotEntry {
  // Each blob with the first name it has in the history (an unreadable one is named after it).
  const paths = new Map<string, string>();
  for (const commit of commits)
    for (const file of commit.files)
      for (const oid of [file.after, file.before]) if (oid !== undefined && !paths.has(oid)) paths.set(oid, file.path);
  const oids = [...paths.keys()];
  const bytes = readBlobs(dir, oids);
  const data = readVersions(bytes.map((blob) => (isUtf8(blob) ? blob.toString('utf8') : '')));
  const entries = new Map(oids.map((oid, index) => [oid, readVersion(paths.get(oid)!, bytes[index]!, data[index])]));
  return (oid, path) => {
    const entry = entries.get(oid)!;
    return entry.file === path ? entry : { ...entry, file: path };
  };
}

/** A version as the check reads it: from its fields when they read plainly, else as the check does. */
function readVersion(file: string, bytes: Buffer, data: Record<string, unknown> | undefined): SnapshotEntry {
  if (data !== undefined && validateRule(data)) return { readable: true, file, id: data.id as string, data };
  return snapshotOf([{ file, bytes }])[0]!;
}

/** Gone rules by id, in the order they went (a Map keeps the order of first insertion, so each is re-inserted). */
interface GoneSoFar {
  removed: Map<string, GoneRule>;
  unpublished: Map<string, GoneRule>;
}

function historyOf(
  commits: readonly LogCommit[],
  read: (oid: string, path: string) => SnapshotEntry,
): { rules: Map<string, RuleHistory>; gone: GoneRules } {
  const rules = new Map<string, RuleHistory>();
  const gone: GoneSoFar = { removed: new Map(), unpublished: new Map() };
  // Each rule's data as last committed, digested once at the end.
  const latest = new Map<string, Record<string, unknown>>();
  // The last version of each file that read as a rule: a commit that mends a broken file is
  // compared with the rule as it last stood, not with the slip.
  const lastReadable = new Map<string, ReadableRule>();
  const translations = new TranslationsSeen<LogCommit>();
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
    record(rules, latest, gone, commit, before as ReadableRule[], after, translations);
  }
  for (const history of rules.values()) {
    history.entries.reverse();
    const data = latest.get(history.id)!;
    history.committed = textsDigest(data);
    history.committedPublic = publicTexts(data);
  }
  return { rules, gone: { removed: [...gone.removed.values()], unpublished: [...gone.unpublished.values()] } };
}

function record(
  rules: Map<string, RuleHistory>,
  latest: Map<string, Record<string, unknown>>,
  gone: GoneSoFar,
  commit: LogCommit,
  before: ReadableRule[],
  after: ReadableRule[],
  translations: TranslationsSeen<LogCommit>,
): void {
  const publicBefore = before.flatMap(publicSide);
  const changes = diffBooks(before, after, { redlines: false });
  const publicChanges = diffBooks(publicBefore, after.flatMap(publicSide), { redlines: false });
  noteGone(gone.removed, commit, changes, before);
  noteGone(gone.unpublished, commit, publicChanges, publicBefore);
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
  const afterById = changes.added.length > 0 ? new Map(after.map((rule) => [rule.id, rule.data])) : undefined;
  // The rules a new one may be made from: those this commit changed or removed.
  const touched = changes.added.length > 0 ? new Set(before.map((rule) => rule.id)) : new Set<string>();
  for (const added of changes.added) {
    const entry = entryOf(added.id);
    entry.added = true;
    const data = afterById!.get(added.id);
    const carried = data ? translations.carriedInto(data, originsOf(data, touched)) : [];
    if (carried.length > 0)
      entry.carried = carried.map(({ field, source, from, when }) => ({
        field,
        source,
        from,
        commit: when.hash,
        date: when.date,
        day: when.date.slice(0, 10),
        subject: when.subject,
      }));
  }
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
      history = { id: rule.id, entries: [], committed: '', committedPublic: {} };
      rules.set(rule.id, history);
    }
    latest.set(rule.id, rule.data);
    if (entry) history.entries.push(entry);
  }
  translations.note(after, commit);
}

/** Notes the rules a commit took away (or gave another id), and forgets those it brought back. */
function noteGone(
  gone: Map<string, GoneRule>,
  commit: LogCommit,
  changes: ReturnType<typeof diffBooks>,
  before: readonly ReadableRule[],
): void {
  const went = (id: string, movedTo?: string) => {
    const data = before.find((rule) => rule.id === id)?.data;
    if (!data) return;
    gone.delete(id);
    gone.set(id, {
      id,
      commit: commit.hash,
      date: commit.date,
      day: commit.date.slice(0, 10),
      subject: commit.subject,
      ...(movedTo !== undefined ? { movedTo } : {}),
      data,
    });
  };
  for (const { from, to } of changes.renamed) {
    gone.delete(to);
    went(from, to);
  }
  for (const added of changes.added) gone.delete(added.id);
  for (const removed of changes.removed) went(removed.id);
}

/**
 * A rule's texts, field by field, as one short string: two rules with the same digest read the
 * same on every page. Field order does not count, nor spaces a page folds, as a page shows neither.
 */
export function textsDigest(data: Record<string, unknown>): string {
  const texts = [...fieldTexts(data)]
    .map(([field, text]): [string, string] => [field, shownText(text)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(texts)).digest('base64url');
}

const PUBLIC_TEXT = /^(?:translations\.[^.]+\.)?(?:title|public_wording|public_why)$/;

/** The texts visitors read (in every language), by field name. */
function publicTexts(data: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries([...fieldTexts(data)].filter(([field]) => PUBLIC_TEXT.test(field)));
}

/** The rule as the public edition sees it: nothing of a staff-only rule, only public fields. */
function publicSide(rule: ReadableRule): ReadableRule[] {
  const side = publicData(rule.data);
  return side ? [{ ...rule, data: side }] : [];
}

// A version's data is shared by every commit that names its blob: its public side is made once,
// so that diffBooks lists its fields once too.
const publicOf = new WeakMap<Record<string, unknown>, Record<string, unknown> | null>();

function publicData(rule: Record<string, unknown>): Record<string, unknown> | undefined {
  let side = publicOf.get(rule);
  if (side === undefined) publicOf.set(rule, (side = makePublicData(rule)));
  return side ?? undefined;
}

function makePublicData(rule: Record<string, unknown>): Record<string, unknown> | null {
  const data = rule as { title: string; category: string; public_wording?: string; intent: string; public_why?: string };
  if (!isPublic(rule)) return null;
  const fields = {
    id: rule.id as string,
    title: data.title,
    category: data.category,
    ...(data.public_wording !== undefined ? { public_wording: data.public_wording } : {}),
    // Keyed by where it comes from, so that a reason moving from the intent to its own
    // public_why is not shown with the intent's words (now staff text) as its "before".
    [publicWhy(data).field]: publicWhy(data).text,
  };
  return fields;
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
