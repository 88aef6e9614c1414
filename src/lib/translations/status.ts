import type { BookHistory, HistoryEntry, RuleHistory } from '../history/history.ts';
import { redline, type RedlinePart } from '../changes/redline.ts';
import { sameShownText } from '../changes/shown-text.ts';
import { bookLanguages, type BookLanguages } from '../languages.ts';
import type { Rule, SiteSettings } from '../schemas.ts';
import { isPublic } from '../public-rule.ts';

import { SOURCE_FIELDS, type SourceField } from './source-fields.ts';
import { originsOf, TranslationsSeen } from '../history/carried-translations.ts';

export { SOURCE_FIELDS, type SourceField };

/**
 * A commit subject with this mark changes no translation's status, as Lunaria's ignore keywords
 * do: a typo fixed in the source text need not send every translator back to the rule.
 */
export const NO_RETRANSLATION_MARK = '[translations ok]';

export type TranslationState = 'missing' | 'current' | 'out-of-date' | 'unknown';

/** When a text last changed: a commit, or edits in the working tree not committed yet. */
export type ChangeEvidence =
  | {
      committed: true;
      commit: string;
      /** ISO 8601 with the committer's offset. */ date: string;
      /** YYYY-MM-DD. */ day: string;
      subject: string;
    }
  | { committed: false };

/** A source field whose text differs from the text the translation was made from. */
export interface SourceFieldChange {
  field: SourceField;
  /** The text when the translation last changed; absent when the field did not exist then. */
  before?: string;
  /** The text now; absent when the field was removed. */
  after?: string;
  /** Word by word, when both sides have text. */
  redline?: RedlinePart[];
}

/** One public rule in one language of the book (other than the source language). */
export interface TranslationStatus {
  id: string;
  language: string;
  state: TranslationState;
  /** The last change to the source text (title, public_wording, public_why): current and out-of-date only. */
  source?: ChangeEvidence;
  /** The last change to this language's translation: current and out-of-date only. */
  translation?: ChangeEvidence;
  /** Out of date: what changed in the source since the translation last did. */
  changed?: SourceFieldChange[];
  /** Unknown: why (no git history, a shallow clone…). */
  reason?: string;
}

export interface TranslationReport {
  languages: BookLanguages;
  /** False when git history cannot be read: then every existing translation is `unknown`. */
  historyAvailable: boolean;
  /** Why the history is not available. */
  reason?: string;
  /** Every public rule × every language after the first, in rule order then `languages` order. */
  statuses: TranslationStatus[];
}

/** What the status needs of a rule: the checks also pass the valid part of an invalid rule. */
export type StatusRule = { id: string } & Partial<Pick<Rule, SourceField | 'public' | 'translations'>>;

/**
 * The status of every translation of a book, from its git history — the approach of Starlight's
 * Lunaria, so translators stamp nothing by hand. Pure: give it the rules as they are now (working
 * tree), the site settings and `readHistory(dir)` (one `git log` for the whole book).
 *
 * For each public rule and each language of `languages` after the first:
 * - `missing`: the rule has no `translations.<language>`.
 * - `unknown`: there is a translation, but no git history (not a repository, a tarball, a shallow
 *   clone, history turned off): nothing is guessed. `reason` says why.
 * - `out-of-date`: the source text (title, public_wording, public_why) changed after the
 *   translation last changed, and differs (as a page shows it) from the text it was written for. Where Lunaria compares the dates of the last commits of two files,
 *   this compares commits in git's log order, per field, so moving or re-wrapping the file, or
 *   editing staff fields, changes nothing. Commits whose subject holds `[translations ok]` do not
 *   count as source changes. `changed` gives each source field's text then and now.
 * - `current`: otherwise, including when both changed in the same commit.
 *
 * Edits not committed yet count as newer than any commit: an edited source with its translation
 * untouched is out of date; a translation edited now is current. A rule git does not know yet (a
 * new file) is current, since source and translation are written together; but a rule whose first
 * commit brought translated text from another rule, written for other source text (a rule split
 * in two), is out of date from that commit, dated where the translation was first written. `source` and
 * `translation` give the evidence: the commit (hash, date, subject) or `{ committed: false }`.
 */
export function translationStatus(
  rules: readonly StatusRule[],
  site: Pick<SiteSettings, 'languages'> | undefined,
  history: BookHistory,
): TranslationReport {
  const languages = bookLanguages(site);
  const statuses: TranslationStatus[] = [];
  let committed: CommittedTexts | undefined;
  const committedTexts = () => (committed ??= committedTranslations(history, rules));
  for (const rule of rules) {
    if (!isPublic(rule)) continue;
    for (const language of languages.others) statuses.push(statusOf(rule, language, history, committedTexts));
  }
  return {
    languages,
    historyAvailable: history.available,
    ...(history.available ? {} : { reason: history.reason }),
    statuses,
  };
}

function statusOf(rule: StatusRule, language: string, history: BookHistory, committedTexts: () => CommittedTexts): TranslationStatus {
  const base = { id: rule.id, language };
  if (rule.translations?.[language] === undefined) return { ...base, state: 'missing' };
  if (!history.available) return { ...base, state: 'unknown', reason: history.reason };
  const known = history.rules.get(rule.id);
  const uncommitted = { committed: false } as const;
  const prefix = `translations.${language}.`;
  // Not in git yet (or under an id it does not have yet): source and translation are written now,
  // unless the translation is another rule's as committed, written for other source text.
  if (!known) {
    const { seen, touched } = committedTexts();
    const data = rule as Record<string, unknown>;
    const carried = seen.carriedInto(data, originsOf(data, touched)).filter((text) => text.field.startsWith(prefix));
    if (carried.length === 0) return { ...base, state: 'current', source: uncommitted, translation: uncommitted };
    const origin = carried[0]!.when;
    const written = origin.entries.find((entry) => entry.added || entry.fields.some((field) => field.field.startsWith(prefix)));
    const now = textsNow(rule, language);
    return {
      ...base,
      state: 'out-of-date',
      source: uncommitted,
      translation: evidence(written),
      changed: carried.flatMap((text) => fieldChange(text.sourceField, text.source, now.get(text.sourceField))),
    };
  }

  const isTranslation = (field: string) => field.startsWith(prefix);
  const isSource = (field: string) => (SOURCE_FIELDS as readonly string[]).includes(field);
  const now = textsNow(rule, language);
  const isDirty = (field: string) => !sameShownText(known.committedPublic[field], now.get(field));
  const dirty = (test: (field: string) => boolean) => [...now.keys()].some((field) => test(field) && isDirty(field));
  const marked = (entry: HistoryEntry) => entry.subject.includes(NO_RETRANSLATION_MARK);

  // Newest first: the last commit that changed the translation, and the last that changed the source.
  const translationAt = known.entries.findIndex((entry) => entry.added || entry.fields.some((field) => isTranslation(field.field)));
  const sourceAt = known.entries.findIndex(
    (entry) => entry.added || (!marked(entry) && entry.fields.some((field) => isSource(field.field))),
  );
  if (translationAt < 0 || sourceAt < 0) {
    if (dirty(isTranslation))
      return {
        ...base,
        state: 'current',
        source: dirty(isSource) ? uncommitted : evidence(known.entries[sourceAt]),
        translation: uncommitted,
      };
    return { ...base, state: 'unknown', reason: `git history of ${rule.id} does not show when its text was written` };
  }

  // Field by field: a translator who brought the wording up to date has not yet seen a new "Why
  // we ask" (found by a new-user trial: updating one field had cleared both). A translation
  // commit marked [translations ok] vouches for every field: a source change that needed no new
  // translation (the title's typo) cannot otherwise be answered by changing the translation.
  const stale = SOURCE_FIELDS.flatMap((field) => {
    const translated = prefix + field;
    if (isDirty(translated)) return [];
    const sourceFieldAt = known.entries.findIndex(
      (entry) => entry.added || (!marked(entry) && entry.fields.some((change) => change.field === field)),
    );
    const translatedAt = writtenAt(known.entries, language, field);
    // Brought from another rule in the rule's first commit, and written for that rule's text (a
    // rule split in two): out of date from that commit on, unless the commit vouches for it.
    const birth = known.entries[translatedAt];
    const carried = birth?.added && !marked(birth) ? birth.carried?.find((carriedText) => carriedText.field === translated) : undefined;
    const staleField = { field, translatedAt, ...(carried ? { carried } : {}) };
    // Back to the text the translation was written for (a `git revert`): it still says what the
    // source says (found by a policy clerk's trial: it had stayed out of date, naming no field).
    const writtenFor = carried ? carried.source : textAfter(known.entries, translatedAt, field, known.committedPublic[field]);
    if (sameShownText(writtenFor, now.get(field))) return [];
    if (isDirty(field)) return [{ ...staleField, sourceAt: -1 }];
    // A smaller index is a newer commit; the same commit changed both.
    if (sourceFieldAt >= 0 && sourceFieldAt < translatedAt) return [{ ...staleField, sourceAt: sourceFieldAt }];
    return carried ? [{ ...staleField, sourceAt: translatedAt }] : [];
  });
  if (stale.length === 0) {
    const source = dirty(isSource) ? uncommitted : evidence(known.entries[sourceAt]);
    const translation = dirty(isTranslation) ? uncommitted : evidence(known.entries[translationAt]);
    return { ...base, state: 'current', source, translation };
  }
  // The evidence: the newest source change the translation has not followed, and the translation
  // as the oldest of those fields last had it (a carried one: where it was first written).
  const source = stale.some((field) => field.sourceAt < 0)
    ? uncommitted
    : evidence(known.entries[Math.min(...stale.map((field) => field.sourceAt))]);
  const oldest = Math.max(...stale.map((field) => field.translatedAt));
  const carriedFirst = stale.find((field) => field.carried && field.translatedAt === oldest)?.carried;
  const changed = stale.flatMap(({ field, translatedAt, carried }) =>
    carried
      ? fieldChange(field, carried.source, now.get(field))
      : changedSince(known, translatedAt, now).filter((change) => change.field === field),
  );
  return { ...base, state: 'out-of-date', source, translation: evidence(carriedFirst ?? known.entries[oldest]), changed };
}

/**
 * Where (an index of `entries`, newest first) a field's translation into `language` was last
 * written: the last commit that changed it, or one marked `[translations ok]` that changed the
 * language; else when the translation was written, as a field the translation never changed is
 * as old as the translation. -1 when the history does not show it.
 */
export function writtenAt(entries: readonly HistoryEntry[], language: string, field: SourceField): number {
  const prefix = `translations.${language}.`;
  const isTranslation = (name: string) => name.startsWith(prefix);
  const marked = (entry: HistoryEntry) => entry.subject.includes(NO_RETRANSLATION_MARK);
  const ownAt = entries.findIndex((entry) =>
    entry.fields.some((change) => change.field === prefix + field || (marked(entry) && isTranslation(change.field))),
  );
  if (ownAt >= 0) return ownAt;
  // The commit that first gave the language text, or the rule's first, when its earliest change
  // found it there already (found by a review: dated to the rule's first commit, a translation
  // added later without a reason read as out of date).
  const firstChange = entries.findLastIndex((entry) => entry.fields.some((change) => isTranslation(change.field)));
  if (firstChange >= 0 && entries[firstChange]!.fields.every((change) => !isTranslation(change.field) || change.before === undefined))
    return firstChange;
  return Math.max(
    entries.findIndex((entry) => entry.added),
    entries.findIndex((entry) => entry.added || entry.fields.some((change) => isTranslation(change.field))),
  );
}

/**
 * A field's text just after `entries[at]`: its `before` at its first change after that commit,
 * else `textAtEnd` (its text after the newest entry).
 */
export function textAfter(entries: readonly HistoryEntry[], at: number, field: string, textAtEnd: string | undefined): string | undefined {
  for (let index = at - 1; index >= 0; index--) {
    const change = entries[index]!.fields.find((candidate) => candidate.field === field);
    if (change) return change.before;
  }
  return textAtEnd;
}

/** The rules' translations as last committed, and the rules whose public text the working tree changes or removes. */
interface CommittedTexts {
  seen: TranslationsSeen<RuleHistory>;
  touched: Set<string>;
}

/** Each rule's translations as last committed, with the source text beside them. */
function committedTranslations(history: BookHistory, rules: readonly StatusRule[]): CommittedTexts {
  const seen = new TranslationsSeen<RuleHistory>();
  const touched = new Set<string>();
  if (!history.available) return { seen, touched };
  const now = new Map(rules.map((rule) => [rule.id, rule]));
  for (const known of history.rules.values()) {
    const rule = now.get(known.id);
    if (!rule || SOURCE_FIELDS.some((field) => !sameShownText(rule[field], known.committedPublic[field]))) touched.add(known.id);
    const data: Record<string, unknown> = {};
    const translations: Record<string, Record<string, string>> = {};
    for (const [field, text] of Object.entries(known.committedPublic)) {
      const [, language, name] = /^translations\.([^.]+)\.(.+)$/.exec(field) ?? [];
      if (language !== undefined && name !== undefined) (translations[language] ??= {})[name] = text;
      else data[field] = text;
    }
    seen.note([{ id: known.id, data: { ...data, translations } }], known);
  }
  return { seen, touched };
}

/** The rule's source fields and this language's translation as flat texts, named as git history names them. */
function textsNow(rule: StatusRule, language: string): Map<string, string | undefined> {
  const texts = new Map<string, string | undefined>();
  for (const field of SOURCE_FIELDS) texts.set(field, rule[field]);
  const translation = rule.translations?.[language];
  for (const field of SOURCE_FIELDS) texts.set(`translations.${language}.${field}`, translation?.[field]);
  return texts;
}

/** Each source field whose text now differs from its text when the translation last changed. */
function changedSince(known: RuleHistory, translationAt: number, now: ReadonlyMap<string, string | undefined>): SourceFieldChange[] {
  const then = new Map<string, string | undefined>();
  // From the oldest commit after the translation to the newest: a field's first change there
  // holds, as its `before`, the text the translator read.
  for (let index = translationAt - 1; index >= 0; index--)
    for (const change of known.entries[index]!.fields)
      if (!then.has(change.field) && (SOURCE_FIELDS as readonly string[]).includes(change.field)) then.set(change.field, change.before);
  return SOURCE_FIELDS.flatMap((field) =>
    fieldChange(field, then.has(field) ? then.get(field) : known.committedPublic[field], now.get(field)),
  );
}

/** A source field's change from the text a translation was made from, if it changed. */
function fieldChange(field: SourceField, before: string | undefined, after: string | undefined): SourceFieldChange[] {
  if (sameShownText(before, after)) return [];
  return [
    {
      field,
      ...(before !== undefined ? { before } : {}),
      ...(after !== undefined ? { after } : {}),
      ...(before !== undefined && after !== undefined ? { redline: redline(before, after) } : {}),
    },
  ];
}

function evidence(entry: Pick<HistoryEntry, 'commit' | 'date' | 'day' | 'subject'> | undefined): ChangeEvidence {
  if (!entry) return { committed: false };
  return { committed: true, commit: entry.commit, date: entry.date, day: entry.day, subject: entry.subject };
}
