import type { Snapshot } from './snapshot.ts';

const COLOR_ORDER = ['red', 'yellow', 'green'];

export interface RuleRef {
  id: string;
  title: string;
  color: string;
  category: string;
  file: string;
}

export interface ColorChange {
  id: string;
  title: string;
  from: string;
  to: string;
  /** red→yellow, red→green or yellow→green: staff may now bend what they could not before. */
  loosened: boolean;
}

export interface FieldChange {
  field: string;
  before?: string;
  after?: string;
}

export interface ChangedRule {
  id: string;
  title: string;
  /** Intent, limit and public wording, shown in full before and after. */
  shown: FieldChange[];
  /** Other fields that changed, by name. */
  others: string[];
}

export interface BookChanges {
  added: RuleRef[];
  removed: RuleRef[];
  renamed: { from: string; to: string; title: string }[];
  colors: ColorChange[];
  changed: ChangedRule[];
}

const SHOWN_FIELDS = ['intent', 'bend.limit', 'public_wording'] as const;

/** What a pull request changes in the book: pure, from two snapshots. */
export function diffBooks(before: Snapshot, after: Snapshot): BookChanges {
  const addedIds = [...after.keys()].filter((id) => !before.has(id));
  const removedIds = new Set([...before.keys()].filter((id) => !after.has(id)));
  const renamed: BookChanges['renamed'] = [];
  const pairs: [string, string][] = [...before.keys()].filter((id) => after.has(id)).map((id) => [id, id]);

  // A rule whose id changed but whose content did not was renamed; failing that, one whose title
  // stayed. Exact matches are paired first, so a title match cannot take a rule's exact twin.
  const pairBy = (same: (from: string, to: string) => boolean) => {
    for (const to of [...addedIds]) {
      const from = [...removedIds].find((candidate) => same(candidate, to));
      if (from === undefined) continue;
      removedIds.delete(from);
      addedIds.splice(addedIds.indexOf(to), 1);
      renamed.push({ from, to, title: text(after.get(to)!.data.title) });
      pairs.push([from, to]);
    }
  };
  pairBy((from, to) => sameApartFromId(before.get(from)!.data, after.get(to)!.data));
  pairBy((from, to) => text(before.get(from)!.data.title) === text(after.get(to)!.data.title));

  const colors: ColorChange[] = [];
  const changed: ChangedRule[] = [];
  for (const [fromId, toId] of pairs) {
    const old = before.get(fromId)!.data;
    const now = after.get(toId)!.data;
    const title = text(now.title);
    const from = text(old.color);
    const to = text(now.color);
    if (from !== to) colors.push({ id: toId, title, from, to, loosened: COLOR_ORDER.indexOf(to) > COLOR_ORDER.indexOf(from) && COLOR_ORDER.includes(from) });
    const shown = SHOWN_FIELDS.flatMap((field) => {
      const beforeText = valueAt(old, field);
      const afterText = valueAt(now, field);
      return beforeText === afterText ? [] : [{ field, before: beforeText, after: afterText }];
    });
    const others = fieldNames(old, now).filter((field) => field !== 'id' && field !== 'color' && !(SHOWN_FIELDS as readonly string[]).includes(field) && valueAt(old, field) !== valueAt(now, field));
    if (shown.length > 0 || others.length > 0) changed.push({ id: toId, title, shown, others });
  }

  const ref = (snapshot: Snapshot, id: string): RuleRef => {
    const { data, file } = snapshot.get(id)!;
    return { id, title: text(data.title), color: text(data.color), category: text(data.category), file };
  };
  const byTitle = <T extends { title: string }>(list: T[]) => list.sort((a, b) => a.title.localeCompare(b.title, 'en'));
  return {
    added: byTitle(addedIds.map((id) => ref(after, id))),
    removed: byTitle([...removedIds].map((id) => ref(before, id))),
    renamed: byTitle(renamed),
    // Loosened colors first: they need sign-off.
    colors: byTitle(colors).sort((a, b) => Number(b.loosened) - Number(a.loosened)),
    changed: byTitle(changed),
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
}

/** `bend.limit` → the limit as text; any other value as stable JSON, for comparison. */
function valueAt(data: Record<string, unknown>, field: string): string | undefined {
  let value: unknown = data;
  for (const part of field.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  return value === undefined ? undefined : text(value);
}

function fieldNames(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const names = new Set<string>();
  for (const data of [a, b]) {
    for (const [key, value] of Object.entries(data)) {
      if (key === 'bend' && typeof value === 'object' && value !== null) for (const sub of Object.keys(value)) names.add(`bend.${sub}`);
      else names.add(key);
    }
  }
  return [...names].sort();
}

function sameApartFromId(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const { id: _a, ...restA } = a;
  const { id: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}
