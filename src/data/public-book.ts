// What the public edition may know of the book: public rules, and of each only the fields a
// visitor reads. Public pages take their data from here, never from the full rules, so a staff
// field cannot reach them by accident.
import type { Color, Rule } from '../lib/schemas.ts';
import { publicWhy } from '../lib/public-text.ts';
import { bookSynonyms } from '../lib/search/book-synonyms.ts';
import type { SynonymGroup } from '../lib/search/synonyms.ts';
import type { FieldChange } from '../lib/changes/diff.ts';
import type { PublicChange } from '../lib/history/history.ts';
import { getBook, isPublic } from './book.ts';
import { bookHistory, historyOf } from './history.ts';

export interface PublicRule {
  id: string;
  title: string;
  category: string;
  /** The welcoming wording. */
  wording: string;
  /** Shown as "Why we ask": the rule's `public_why`, or its intent when it has none. */
  why: string;
  /** Only when the organisation opts in to showing colors in public. */
  color?: Color;
  history: PublicHistory;
}

/** A change to a rule's public text: its date, and public fields only (no commit subject). */
export interface PublicUpdate {
  date: string;
  day: string;
  /** For feed ids only. */
  commit: string;
  change: PublicChange;
}

export type PublicHistory =
  | { state: 'unavailable' }
  | { state: 'uncommitted'; updates: PublicUpdate[] }
  | { state: 'known'; last: PublicUpdate; updates: PublicUpdate[] };

export interface PublicBook {
  organisation: string;
  categories: string[];
  showColors: boolean;
  rules: PublicRule[];
  categorySlug: Map<string, string>;
  /** Search synonyms: words, not rule text, so the same for both editions. */
  synonyms: SynonymGroup[];
}

let cached: Promise<PublicBook> | undefined;

export function getPublicBook(): Promise<PublicBook> {
  cached ??= (async () => {
    const { site, rules, categorySlug } = await getBook();
    const showColors = site.public_colors === true;
    const publicRules = rules.filter(isPublic);
    return {
      organisation: site.organisation,
      // A topic with no public rule is staff business: its name stays out of the public site.
      categories: site.categories.filter((category) => publicRules.some((rule) => rule.category === category)),
      showColors,
      categorySlug,
      synonyms: bookSynonyms(site),
      rules: publicRules.map((rule) => ({
        id: rule.id,
        title: rule.title,
        category: rule.category,
        wording: rule.public_wording ?? '',
        why: publicWhy(rule).text,
        ...(showColors ? { color: rule.color } : {}),
        history: publicHistory(rule),
      })),
    };
  })();
  return cached;
}

/** The public part of a rule's history: only commits that changed what visitors read. */
function publicHistory(rule: Rule): PublicHistory {
  const view = historyOf(rule);
  if (view.state === 'unavailable') return { state: 'unavailable' };
  const updates = view.entries.flatMap((entry) =>
    entry.public ? [{ date: entry.date, day: entry.day, commit: entry.commit, change: copyPublic(entry.public) }] : [],
  );
  if (view.state === 'uncommitted') return { state: 'uncommitted', updates };
  const last = updates[0];
  return last ? { state: 'known', last, updates } : { state: 'uncommitted', updates };
}

// Field by field, so that nothing else the history holds comes along.
function copyPublic(change: PublicChange): PublicChange {
  const field = ({ field, before, after, redline }: FieldChange): FieldChange => ({
    field,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    ...(redline ? { redline: redline.map((part) => ({ op: part.op, text: part.text })) } : {}),
  });
  return { published: change.published, fields: change.fields.map(field) };
}

/** Every dated update of the public rules, newest first; `available` false without git history. */
export async function publicUpdates(): Promise<{ available: boolean; updates: { rule: PublicRule; entry: PublicUpdate }[] }> {
  const { rules } = await getPublicBook();
  const available = rules.every((rule) => rule.history.state !== 'unavailable');
  const updates = rules
    .flatMap((rule) => (rule.history.state === 'unavailable' ? [] : rule.history.updates.map((entry) => ({ rule, entry }))))
    .sort((a, b) => Date.parse(b.entry.date) - Date.parse(a.entry.date) || a.rule.title.localeCompare(b.rule.title, 'en'));
  return { available: available && bookHistory().available, updates };
}
