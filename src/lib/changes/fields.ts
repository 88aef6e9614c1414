/**
 * A rule as a flat list of fields, each with its text, so that every change can be shown as a
 * before and an after: `bend.how`, `examples[0].situation`, `tags` (as "a, b").
 */
export function fieldTexts(data: Record<string, unknown>): Map<string, string> {
  const fields = new Map<string, string>();
  const visit = (name: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value) && value.every(isScalar)) fields.set(name, value.map(String).join(', '));
    else if (Array.isArray(value)) value.forEach((item, index) => visit(`${name}[${index}]`, item));
    else if (typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(`${name}.${key}`, item);
    else fields.set(name, value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
  };
  for (const [key, value] of Object.entries(data)) visit(key, value);
  return fields;
}

function isScalar(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

// The order a rule page reads in: what the rule is, what staff may do, then the record keeping.
const ORDER = [
  'title',
  'category',
  'rule',
  'intent',
  'public_wording',
  'public_why',
  'public',
  'bend.how',
  'bend.limit',
  'bend.ask',
  'bend',
  'instead',
  'examples',
  'tags',
  'related',
  'replaces',
  'owner',
  'reviewed',
  'review_by',
  'adopted',
  'approved_by',
  'translations',
  'wording_ok',
];

/** Orders field names as a rule page reads; fields the list does not know come last, by name. */
export function compareFields(a: string, b: string): number {
  return (
    rank(a) - rank(b) ||
    exampleOrder(a, b) ||
    translationOrder(a, b) ||
    (byName ??= new Intl.Collator('en', { numeric: true })).compare(a, b)
  );
}

const TRANSLATION_PART = /^translations\.([^.]+)\.(.+)$/;

/** A language's fields in the order of the rule's own (title, wording, why): by name they came reversed (found by a reviewer's trial). */
function translationOrder(a: string, b: string): number {
  const [x, y] = [TRANSLATION_PART.exec(a), TRANSLATION_PART.exec(b)];
  if (!x || !y || x[1] !== y[1]) return 0;
  return rank(x[2]!) - rank(y[2]!);
}

const EXAMPLE_PART = /^examples\[(\d+)\]\.(situation|response)$/;

/** Examples by place, each situation before its response, as the example reads (by name, response came first). */
function exampleOrder(a: string, b: string): number {
  if (!a.startsWith('examples[') || !b.startsWith('examples[')) return 0;
  const [x, y] = [EXAMPLE_PART.exec(a), EXAMPLE_PART.exec(b)];
  if (!x || !y) return 0;
  return Number(x[1]) - Number(y[1]) || (x[2] === y[2] ? 0 : x[2] === 'situation' ? -1 : 1);
}

// One collator for every comparison: localeCompare with options builds one per call, which was
// most of the time the history took to compare its versions. Made on first use: loading the
// platform's collation data took 15 ms of every `check`, which seldom compares fields.
let byName: Intl.Collator | undefined;

const ranks = new Map<string, number>();

function rank(field: string): number {
  let known = ranks.get(field);
  if (known === undefined) {
    known = rankOf(field);
    // Field names repeat across rules and commits; a book's own odd names stay few.
    if (ranks.size < 10_000) ranks.set(field, known);
  }
  return known;
}

function rankOf(field: string): number {
  const index = ORDER.findIndex((name) => field === name || field.startsWith(`${name}.`) || field.startsWith(`${name}[`));
  return index < 0 ? ORDER.length : index;
}
