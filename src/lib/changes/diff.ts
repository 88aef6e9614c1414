import type { SiteSettingChange, UnreadableSite } from './site-settings.ts';
import { compareFields, fieldTexts } from './fields.ts';
import { amountChange, amountsLeft, type AmountChange, type AmountLeft } from './amounts.ts';
import { pairExamples } from './examples.ts';
import { redlineOf, type RedlinePart } from './redline.ts';
import { sameShownText } from './shown-text.ts';
import type { ReadableRule, Snapshot, SnapshotEntry, UnreadableRule } from './snapshot.ts';
import { translationsCarried, translationsOutdated, type TranslationsOutdated } from './translations.ts';
import { isPublic } from '../public-rule.ts';

const COLOR_ORDER = ['red', 'yellow', 'green'];

export interface RuleRef {
  id: string;
  title: string;
  color: string;
  category: string;
  file: string;
  /** An added rule's text, or a removed one's as it stood (RULE_TEXT fields it has), for a reviewer to read; not made for the history. */
  texts?: { field: string; text: string }[];
}

/**
 * A rule the change deletes. A red or yellow one is the widest loosening there is (what staff
 * could not do, or had to ask about, has no rule left): it needs the owner's sign-off, as a
 * color loosened does.
 */
export interface RemovedRule extends RuleRef {
  loosened: boolean;
  /** Only for a loosening. */
  signOff?: SignOff;
  /** Rules that still list it in `related` after the change (with the report's texts only). */
  pointedAtBy?: { id: string; title: string }[];
  /** Rules that take its place after the change: their `replaces` names it (with the report's texts only). */
  replacedBy?: { id: string; title: string }[];
}

/** What a reviewer reads of a rule that comes or goes: what it says, and what staff may do. */
const RULE_TEXT = ['rule', 'intent', 'public_wording', 'public_why', 'bend.how', 'bend.limit', 'bend.ask', 'instead'];

/** Who must agree to a loosening: the rule's owner as it stood before the change. */
export interface SignOff {
  /** Undefined when the rule names no owner. */
  owner?: string;
  /** The owner this change writes instead, when it names a different one. */
  ownerNow?: string;
}

export interface ColorChange {
  id: string;
  title: string;
  from: string;
  to: string;
  /** red→yellow or red→green: staff may now bend what they could not before; yellow→green: without checking first. */
  loosened: boolean;
  /** Only for a loosening. */
  signOff?: SignOff;
}

export interface FieldChange {
  /** As in the file: `bend.how`, `examples[0].response`. */
  field: string;
  before?: string;
  after?: string;
  /** Word by word (a list: item by item), when both sides have text and the edits are few enough to read. */
  redline?: RedlinePart[];
  /** A list (`related`, `tags`): its text is its items joined with ", ", redlined by whole items. */
  list?: true;
  /** The limit's or the rule's one amount raised or lowered (with the report's redlines only). */
  amount?: AmountChange;
}

export interface ChangedRule {
  id: string;
  title: string;
  fields: FieldChange[];
  /**
   * What staff may do (`bend.how`, `bend.limit`, `bend.ask`) changed within the color: a wider
   * limit, or a yellow rule's check made with someone nearer at hand, is a loosening no color
   * shows, so the rule's owner reviews it (without a judgement of the words).
   */
  discretion?: {
    fields: string[];
    signOff: SignOff;
    /** The limit raised or taken out: a loosening, which the owner signs off rather than reviews. */
    loosened?: true;
  };
  /**
   * The rule left the public edition (`public: false`; its owner signs that off: its public page,
   * search entry and sign go, with no page left at its address) or joined it.
   */
  visibility?: { staffOnly: true; signOff: SignOff } | { staffOnly: false };
  /**
   * Examples taken out of a red or yellow rule (their situations): what staff were told to do in
   * a case the rule forbids or has them ask about is no longer written down, so its owner reviews it.
   */
  examplesRemoved?: { situations: string[]; signOff: SignOff };
  /** Sums of money the change took out of some of the rule's texts and left in others (with the report's redlines only). */
  amountsLeft?: AmountLeft[];
  /**
   * Welcoming-language findings the change allows (`wording_ok` entries it adds): what silences
   * the pull-request check, said as that, not as fields (found by a deputy director's trial).
   */
  allowed?: { check: string; word?: string; why: string }[];
}

/**
 * Fields whose one amount is told as raised or lowered: the limit only. In a rule's own words a
 * smaller number is as often looser ("under 18" made "under 12"; found by a review).
 */
const AMOUNT_FIELDS = ['bend.limit'];

/**
 * The fields that say what staff may do when a rule bends. Whom to ask is one of them: "the
 * branch manager" made "any colleague" lets staff bend a yellow rule on a word from the next
 * desk, and it had never been flagged (found by a reviewer's trial).
 */
const DISCRETION = ['bend.how', 'bend.limit', 'bend.ask'];

/** One side of a rule file that cannot be read on at least one side. */
export interface RuleSide {
  file: string;
  /** Why it cannot be read; absent when this side reads fine. */
  problem?: string;
  /** Known, or read past the error (`colorGuessed`); absent when it cannot be told. */
  color?: string;
  colorGuessed: boolean;
}

export interface UnreadableChange {
  id: string;
  title: string;
  /** Absent: the file did not exist at the ref (a new file). */
  before?: RuleSide;
  /** Absent: the change deletes the file. */
  after?: RuleSide;
  /** The color now if it can be told, else the color at the ref. */
  lastKnownColor?: string;
  /** Both colors can be told and the later is nearer green. */
  loosened: boolean;
  signOff?: SignOff;
}

/** A red rule (before or after) that changed while its `approved_by` stayed as it was. */
export interface ApprovalNotUpdated {
  id: string;
  title: string;
  /** What `approved_by` still says; absent when the rule names no approval. */
  approvedBy?: string;
}

export interface BookChanges {
  /** Files that cannot be read on one side or both: never counted as added or removed. */
  unreadable: UnreadableChange[];
  colors: ColorChange[];
  added: RuleRef[];
  removed: RemovedRule[];
  renamed: { from: string; to: string; title: string }[];
  changed: ChangedRule[];
  /** Red rules changed without updating `approved_by`. */
  approvalNotUpdated: ApprovalNotUpdated[];
  /** Rules whose source text changed while some of their translations did not. */
  translationsOutdated: TranslationsOutdated[];
  /**
   * Those of them whose every commit says `[translations ok]` (set by the changes command, which
   * reads the commits): not out of date, but a reviewer sees what the mark let through.
   */
  translationsVouched?: TranslationsOutdated[];
  /** The site settings the change touched (set by the changes command, only when there are any). */
  site?: SiteSettingChange[];
  /** `_site.yaml` when it cannot be read on a side the change touched (set by the changes command): its settings are not compared. */
  siteUnreadable?: UnreadableSite;
}

export interface DiffOptions {
  /**
   * Word-by-word redlines of changed text (default true). The history leaves them out: it
   * compares every commit, but a page shows a few, and describe.ts redlines those.
   */
  redlines?: boolean;
}

/** Whether the change touches no rule (what the report calls "No rule changed."). */
export function noRuleChanged(changes: BookChanges): boolean {
  const { unreadable, added, removed, renamed, colors, changed } = changes;
  return unreadable.length + added.length + removed.length + renamed.length + colors.length + changed.length === 0;
}

/**
 * Fields that keep the record or help search, not what the rule says: a red rule changed only in
 * these needs no new approval (a new `review_by` had asked for one; found by a new-user trial).
 */
const RECORD_KEEPING = /^(?:reviewed|review_by|owner|tags|related|replaces|adopted|approved_by|wording_ok|translations)(?:$|[.[])/;

/** Whether a field (`owner`, `tags`, `translations.es.title`) keeps the record rather than saying what the rule is. */
export function isRecordKeeping(field: string): boolean {
  return RECORD_KEEPING.test(field);
}

/** A report of no change to any rule, for a change to fill in. */
export function noChanges(): BookChanges {
  return {
    unreadable: [],
    colors: [],
    added: [],
    removed: [],
    renamed: [],
    changed: [],
    approvalNotUpdated: [],
    translationsOutdated: [],
  };
}

/** What a pull request changes in the book: pure, from two snapshots. */
export function diffBooks(before: Snapshot, after: Snapshot, options: DiffOptions = {}): BookChanges {
  const redlines = options.redlines ?? true;
  const { pairs, added, removed } = pairUp(before, after);
  const changes = noChanges();

  for (const [old, now] of pairs) {
    if (!old.readable || !now.readable) {
      // Left as it was (still broken, in the same place): not something this change did.
      const untouched = !old.readable && !now.readable && old.file === now.file && old.digest !== undefined && old.digest === now.digest;
      if (!untouched) changes.unreadable.push(unreadableChange(old, now));
      continue;
    }
    const title = text(now.data.title);
    if (old.id !== now.id) changes.renamed.push({ from: old.id, to: now.id, title });
    const color = colorChange(old, now);
    if (color) changes.colors.push(color);
    const fields = fieldChanges(old.data, now.data, redlines);
    const colorBefore = text(old.data.color);
    const discretion = color ? [] : discretionChanged(fields, colorBefore);
    const limitLoosened = discretion.length > 0 && fields.some(loosensLimit);
    const visibility = visibilityChange(old, now);
    const examplesRemoved = ['red', 'yellow'].includes(colorBefore) ? removedSituations(fields) : [];
    const left = redlines && fields.length > 0 ? amountsLeft(memoFieldTexts(old.data), memoFieldTexts(now.data)) : [];
    const allowed = fields.some((field) => field.field.startsWith('wording_ok')) ? newAllowances(old.data, now.data) : [];
    if (fields.length > 0)
      changes.changed.push({
        id: now.id,
        title,
        fields,
        ...(discretion.length > 0
          ? {
              discretion: {
                fields: discretion,
                signOff: signOff(owner(old), owner(now)),
                ...(limitLoosened ? { loosened: true as const } : {}),
              },
            }
          : {}),
        ...(visibility ? { visibility } : {}),
        ...(examplesRemoved.length > 0
          ? { examplesRemoved: { situations: examplesRemoved, signOff: signOff(owner(old), owner(now)) } }
          : {}),
        ...(left.length > 0 ? { amountsLeft: left } : {}),
        ...(allowed.length > 0 ? { allowed } : {}),
      });
    const red = text(old.data.color) === 'red' || text(now.data.color) === 'red';
    const approvedBy = now.data.approved_by;
    const substantive = fields.filter((field) => !isRecordKeeping(field.field));
    if (red && (color || substantive.length > 0) && old.data.approved_by === approvedBy)
      changes.approvalNotUpdated.push({ id: now.id, title, ...(typeof approvedBy === 'string' ? { approvedBy } : {}) });
    const outdated = fields.length > 0 ? translationsOutdated(old, now) : undefined;
    if (outdated) changes.translationsOutdated.push(outdated);
  }
  for (const entry of added) {
    if (entry.readable) changes.added.push(ref(entry, redlines));
    else changes.unreadable.push(unreadableChange(undefined, entry));
  }
  const touched = new Set([...changes.changed.map((rule) => rule.id), ...changes.removed.map((rule) => rule.id)]);
  changes.translationsOutdated.push(...translationsCarried(readable(before), readable(added), touched));
  for (const entry of removed) {
    if (entry.readable) changes.removed.push(removedRule(entry, after, redlines));
    else changes.unreadable.push(unreadableChange(entry, undefined));
  }

  const collator = (byTitleCollator ??= new Intl.Collator('en'));
  const byTitle = <T extends { title: string }>(list: T[]) => list.sort((a, b) => collator.compare(a.title, b.title));
  byTitle(changes.unreadable).sort((a, b) => Number(b.loosened) - Number(a.loosened));
  // Loosened colors first: they need sign-off.
  byTitle(changes.colors).sort((a, b) => Number(b.loosened) - Number(a.loosened));
  byTitle(changes.added);
  byTitle(changes.removed);
  byTitle(changes.renamed);
  byTitle(changes.changed);
  byTitle(changes.approvalNotUpdated);
  byTitle(changes.translationsOutdated);
  return changes;
}

/**
 * Which file at the ref is which file now. The same id in the same file first; then the same id
 * (a file moved); then the same file (an id edited, or one that cannot be read); then, for a
 * rule whose id changed, the same content, and failing that the same title. Each step pairs only
 * what the earlier ones left, so a looser match cannot take a rule's exact twin.
 */
function pairUp(
  before: Snapshot,
  after: Snapshot,
): { pairs: [SnapshotEntry, SnapshotEntry][]; added: SnapshotEntry[]; removed: SnapshotEntry[] } {
  const left = new Set(before);
  const right = new Set(after);
  const pairs: [SnapshotEntry, SnapshotEntry][] = [];
  const pairBy = (key: (entry: SnapshotEntry) => string | undefined) => {
    const waiting = new Map<string, SnapshotEntry[]>();
    for (const entry of left) {
      const k = key(entry);
      if (k !== undefined) waiting.set(k, [...(waiting.get(k) ?? []), entry]);
    }
    for (const entry of [...right]) {
      const k = key(entry);
      const match = k === undefined ? undefined : waiting.get(k)?.shift();
      if (match === undefined) continue;
      left.delete(match);
      right.delete(entry);
      pairs.push([match, entry]);
    }
  };
  pairBy((entry) => JSON.stringify([entry.id, entry.file]));
  pairBy((entry) => entry.id);
  pairBy((entry) => entry.file);
  pairBy((entry) => (entry.readable ? JSON.stringify({ ...entry.data, id: undefined }) : undefined));
  pairBy((entry) => (entry.readable ? text(entry.data.title) : undefined));
  pairs.push(...pairSimilar(left, right));
  return { pairs, added: [...right], removed: [...left] };
}

/** The fields whose text says what a rule is: a rule that kept one of them is the same rule. */
const TELLING_FIELDS = ['rule', 'intent', 'public_wording'];

/**
 * Pairs what is left (and takes the pairs out of `left` and `right`) by what the rules still share:
 * a rule whose file, id and title changed in one commit ("lost-card" → "replacement-card") was
 * reported as one rule removed and another added, and its history started again (found by a
 * new-user trial). Paired when they share at least half of their other fields, one of them a
 * telling one, each with the removed rule it shares the most with.
 */
function pairSimilar(left: Set<SnapshotEntry>, right: Set<SnapshotEntry>): [SnapshotEntry, SnapshotEntry][] {
  const olds = [...left].filter((entry) => entry.readable).map((entry) => ({ entry, fields: fieldsOf(entry.data) }));
  const nows = [...right].filter((entry) => entry.readable).map((entry) => ({ entry, fields: fieldsOf(entry.data) }));
  // Every removed rule against every added one: a commit that replaces a whole book is left as
  // removals and additions rather than compared pair by pair.
  if (olds.length * nows.length > MAX_COMPARED) return [];
  const candidates: { old: SnapshotEntry; now: SnapshotEntry; share: number }[] = [];
  for (const old of olds)
    for (const now of nows) {
      const share = sharedShare(old.fields, now.fields);
      if (share >= 0.5) candidates.push({ old: old.entry, now: now.entry, share });
    }
  const pairs: [SnapshotEntry, SnapshotEntry][] = [];
  for (const { old, now } of candidates.sort((a, b) => b.share - a.share)) {
    if (!left.has(old) || !right.has(now)) continue;
    left.delete(old);
    right.delete(now);
    pairs.push([old, now]);
  }
  return pairs;
}

const MAX_COMPARED = 250_000;

/** A rule's fields besides id and title, each as JSON to compare. */
function fieldsOf(data: Record<string, unknown>): Map<string, string> {
  return new Map(
    Object.entries(data)
      .filter(([field, value]) => field !== 'id' && field !== 'title' && value !== undefined)
      .map(([field, value]) => [field, JSON.stringify(value)]),
  );
}

/** The share of the fields either rule has that both have alike; 0 unless a telling field is alike. */
function sharedShare(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): number {
  let alike = 0;
  let telling = false;
  for (const [field, value] of a)
    if (b.get(field) === value) {
      alike += 1;
      telling ||= TELLING_FIELDS.includes(field);
    }
  if (!telling) return 0;
  return alike / (a.size + b.size - alike);
}

/**
 * The fields of what staff may do that changed within a color, a limit lowered too: a smaller
 * number is not always a tighter limit ("at most once every 30 days" made "every 7 days"; found by
 * a review). A red rule's own words count, as nothing else says what staff may do with it ("must"
 * made "should"; found by a reviewer's trial), and so does what it tells staff to do instead, first
 * on its card ("call 911" taken out of the weapons rule had been a plain edit; found by a
 * reviewer's trial); and a red or yellow rule's examples' responses.
 */
function discretionChanged(fields: readonly FieldChange[], color: string): string[] {
  return fields
    .filter((field) => field.before !== undefined)
    .filter(
      (field) =>
        DISCRETION.includes(field.field) ||
        (color === 'red' && ((field.field === 'rule' && field.after !== undefined) || field.field === 'instead')) ||
        // What staff are told to do in a situation, rewritten: "Call a parent; stay with the child"
        // made "Let them stay" had passed, its situation reworded too (found by a review).
        (color !== 'green' && /^examples\[\d+\]\.response$/.test(field.field) && field.after !== undefined),
    )
    .map((field) => field.field);
}

/** The `wording_ok` entries `now` has and `old` had not (by check and word). */
function newAllowances(old: Record<string, unknown>, now: Record<string, unknown>): NonNullable<ChangedRule['allowed']> {
  const entries = (data: Record<string, unknown>) =>
    (Array.isArray(data.wording_ok) ? (data.wording_ok as unknown[]) : []).flatMap((entry) => {
      if (typeof entry !== 'object' || entry === null) return [];
      const { check, word, why } = entry as Record<string, unknown>;
      return typeof check === 'string'
        ? [{ check, ...(typeof word === 'string' ? { word } : {}), why: typeof why === 'string' ? why : '' }]
        : [];
    });
  const key = (entry: { check: string; word?: string }) => `${entry.check}\u0000${entry.word?.toLowerCase() ?? ''}`;
  const had = new Set(entries(old).map(key));
  return entries(now).filter((entry) => !had.has(key(entry)));
}

/** A limit raised, or taken out (or its amount): staff may now go further than before. */
function loosensLimit(field: FieldChange): boolean {
  return (
    field.field === 'bend.limit' &&
    field.before !== undefined &&
    (field.after === undefined || field.amount?.direction === 'raised' || field.amount?.direction === 'taken out')
  );
}

/** The situations of the examples a change takes out: those with a text before and none after. */
function removedSituations(fields: readonly FieldChange[]): string[] {
  return fields.flatMap((field) =>
    /^examples\[\d+\]\.situation$/.test(field.field) && field.after === undefined && field.before !== undefined ? [field.before] : [],
  );
}

/** A rule made staff-only, which its owner signs off, or made public; undefined when it stays as it was. */
function visibilityChange(old: ReadableRule, now: ReadableRule): ChangedRule['visibility'] {
  const was = isPublic(old.data);
  if (was === isPublic(now.data)) return undefined;
  return was ? { staffOnly: true, signOff: signOff(owner(old), owner(now)) } : { staffOnly: false };
}

function colorChange(old: ReadableRule, now: ReadableRule): ColorChange | undefined {
  const from = text(old.data.color);
  const to = text(now.data.color);
  if (from === to) return undefined;
  const loosened = isLoosening(from, to);
  return { id: now.id, title: text(now.data.title), from, to, loosened, ...(loosened ? { signOff: signOff(owner(old), owner(now)) } : {}) };
}

function isLoosening(from: string, to: string): boolean {
  return COLOR_ORDER.includes(from) && COLOR_ORDER.indexOf(to) > COLOR_ORDER.indexOf(from);
}

// The owner at the ref signs off: a change that loosens a rule and names a new owner must not
// name its own approver.
function signOff(ownerBefore: string | undefined, ownerAfter: string | undefined): SignOff {
  const owner = ownerBefore ?? ownerAfter;
  return {
    ...(owner !== undefined ? { owner } : {}),
    ...(ownerAfter !== undefined && ownerAfter !== owner ? { ownerNow: ownerAfter } : {}),
  };
}

function owner(entry: SnapshotEntry | undefined): string | undefined {
  if (entry === undefined) return undefined;
  const value = entry.readable ? entry.data.owner : entry.guess.owner;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

// The same as localeCompare(…, 'en'), without building a collator per comparison. Made on first
// use: `check` loads this module (for translation history) but seldom compares titles.
let byTitleCollator: Intl.Collator | undefined;

// A rule's data is never changed once read, and the history compares each version twice (with
// the one before and the one after): its fields are listed once.
const textsOf = new WeakMap<Record<string, unknown>, Map<string, string>>();

function memoFieldTexts(data: Record<string, unknown>): Map<string, string> {
  let texts = textsOf.get(data);
  if (texts === undefined) textsOf.set(data, (texts = fieldTexts(data)));
  return texts;
}

/** Every field whose text differs as a page shows it, in page order, each with before, after and (asked) a redline. */
function fieldChanges(old: Record<string, unknown>, now: Record<string, unknown>, redlines: boolean): FieldChange[] {
  const beforeTexts = memoFieldTexts(old);
  const afterTexts = memoFieldTexts(now);
  const names = new Set([...beforeTexts.keys(), ...afterTexts.keys()].filter((field) => !field.startsWith('examples[')));
  // The id is shown as a rename, the color in the color table.
  names.delete('id');
  names.delete('color');
  const change = (field: string, before: string | undefined, after: string | undefined): FieldChange[] => {
    if (sameShownText(before, after)) return [];
    const list = Array.isArray(old[field]) || Array.isArray(now[field]);
    const found: FieldChange = {
      field,
      ...(before !== undefined ? { before } : {}),
      ...(after !== undefined ? { after } : {}),
      ...(list ? { list: true as const } : {}),
    };
    const words = redlines ? redlineOf(found) : undefined;
    // Which way an amount moved is for the report; the history shows the redline.
    const amount =
      redlines && before !== undefined && after !== undefined && AMOUNT_FIELDS.includes(field) ? amountChange(before, after) : undefined;
    return [{ ...found, ...(words ? { redline: words } : {}), ...(amount ? { amount } : {}) }];
  };
  const fields = [...names].flatMap((field) => change(field, beforeTexts.get(field), afterTexts.get(field)));
  fields.push(...exampleChanges(old.examples, now.examples, beforeTexts, afterTexts, change));
  return fields.sort(byPageOrder);
}

/** As a rule page reads; the examples taken out after those the rule has now, which are in their order. */
function byPageOrder(a: FieldChange, b: FieldChange): number {
  const bothExamples = a.field.startsWith('examples[') && b.field.startsWith('examples[');
  return (bothExamples ? Number(a.after === undefined) - Number(b.after === undefined) : 0) || compareFields(a.field, b.field);
}

/**
 * The examples' changes, paired by situation (examples.ts): a pair under its place now, an
 * example taken out under the place it had, a new one under its place.
 */
function exampleChanges(
  before: unknown,
  after: unknown,
  beforeTexts: ReadonlyMap<string, string>,
  afterTexts: ReadonlyMap<string, string>,
  change: (field: string, before: string | undefined, after: string | undefined) => FieldChange[],
): FieldChange[] {
  const olds = Array.isArray(before) ? before : [];
  const nows = Array.isArray(after) ? after : [];
  if (olds.length + nows.length === 0) return [];
  const parts = (texts: ReadonlyMap<string, string>, index: number) => {
    const prefix = `examples[${index}].`;
    return [...texts.keys()].filter((field) => field.startsWith(prefix)).map((field) => field.slice(prefix.length));
  };
  const { pairs, removed, added } = pairExamples(olds, nows);
  const changes = pairs.flatMap(([i, j]) =>
    [...new Set([...parts(beforeTexts, i), ...parts(afterTexts, j)])].flatMap((part) =>
      change(`examples[${j}].${part}`, beforeTexts.get(`examples[${i}].${part}`), afterTexts.get(`examples[${j}].${part}`)),
    ),
  );
  for (const j of added)
    changes.push(
      ...parts(afterTexts, j).flatMap((part) => change(`examples[${j}].${part}`, undefined, afterTexts.get(`examples[${j}].${part}`))),
    );
  for (const i of removed)
    changes.push(
      ...parts(beforeTexts, i).flatMap((part) => change(`examples[${i}].${part}`, beforeTexts.get(`examples[${i}].${part}`), undefined)),
    );
  return changes;
}

function unreadableChange(old: SnapshotEntry | undefined, now: SnapshotEntry | undefined): UnreadableChange {
  const before = old && side(old);
  const after = now && side(now);
  const from = before?.color;
  const to = after?.color;
  const loosened = from !== undefined && to !== undefined && isLoosening(from, to);
  const title =
    [now, old].map((entry) => entry && (entry.readable ? text(entry.data.title) : entry.guess.title)).find((found) => found) ??
    (now ?? old)!.id;
  return {
    id: (now ?? old)!.id,
    title,
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
    ...((to ?? from) ? { lastKnownColor: (to ?? from)! } : {}),
    loosened,
    ...(loosened ? { signOff: signOff(owner(old), owner(now)) } : {}),
  };
}

function side(entry: SnapshotEntry): RuleSide {
  if (entry.readable) return { file: entry.file, color: text(entry.data.color), colorGuessed: false };
  const { file, problem, guess }: UnreadableRule = entry;
  return { file, problem, ...(guess.color !== undefined ? { color: guess.color } : {}), colorGuessed: guess.color !== undefined };
}

function removedRule(entry: ReadableRule, after: Snapshot, forReport: boolean): RemovedRule {
  const color = text(entry.data.color);
  const loosened = color === 'red' || color === 'yellow';
  const naming = (field: 'related' | 'replaces') =>
    forReport
      ? after.flatMap((rule) =>
          rule.readable && Array.isArray(rule.data[field]) && rule.data[field].includes(entry.id)
            ? [{ id: rule.id, title: text(rule.data.title) }]
            : [],
        )
      : [];
  const pointing = naming('related');
  const replacing = naming('replaces');
  return {
    ...ref(entry, forReport),
    loosened,
    ...(loosened ? { signOff: signOff(owner(entry), undefined) } : {}),
    ...(pointing.length > 0 ? { pointedAtBy: pointing } : {}),
    ...(replacing.length > 0 ? { replacedBy: replacing } : {}),
  };
}

function ref(entry: ReadableRule, withTexts: boolean): RuleRef {
  const { data, file, id } = entry;
  const reference: RuleRef = { id, title: text(data.title), color: text(data.color), category: text(data.category), file };
  if (withTexts) {
    const fields = fieldTexts(data);
    reference.texts = RULE_TEXT.flatMap((field) => (fields.has(field) ? [{ field, text: fields.get(field)! }] : []));
  }
  return reference;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
}

function readable(entries: readonly SnapshotEntry[]): ReadableRule[] {
  return entries.filter((entry): entry is ReadableRule => entry.readable);
}
