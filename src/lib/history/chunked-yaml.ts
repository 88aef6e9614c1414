import { isAlias, isMap, isScalar, parseDocument, visit, type Document } from 'yaml';
import { CONFLICT_MARKER } from '../conflict-marker.ts';
import { readSimpleField } from './simple-field.ts';

/**
 * Reads the many versions of a book's rule files at once, quickly. An edit changes one or two
 * fields of a rule, so most of a version's text is the same as in other versions: each distinct
 * top-level field (`key:` at column 0 and the lines under it) is parsed once, and a version is put
 * together from its fields. Parsing YAML is most of the history's cost, and yaml's cost per call
 * is much of that: the distinct fields of all versions are parsed a few hundred to a call.
 *
 * Never a different reading: whatever could make a field read differently on its own than in its
 * file (anchors and aliases, document markers, directives, keys that are not plain words, a line
 * at column 0 that is not a key, a duplicate key, any error or warning) gives `undefined` for that
 * version, and the caller reads it as the check does (parseYamlFile).
 */
export function readVersions(texts: readonly string[]): (Record<string, unknown> | undefined)[] {
  // One slot per distinct field text, shared by every field with that text: filled once it is
  // read, left empty when it cannot be. Fields keep their slot, so the text is looked up once.
  const slots = new Map<string, Slot>();
  const fresh: Field[] = [];
  const split = texts.map((text) => {
    // A merge conflict's markers are the check's error (merge-conflict), even inside a text.
    const fields = UNSAFE.test(text) || CONFLICT_MARKER.test(text) ? undefined : fieldsOf(text);
    for (const field of fields ?? []) {
      const slot = slots.get(field.text);
      if (slot) field.slot = slot;
      else {
        slots.set(field.text, field.slot);
        fresh.push(field);
      }
    }
    return fields;
  });
  parseFields(fresh);
  return split.map((fields) => {
    if (fields === undefined) return undefined;
    const data: Record<string, unknown> = {};
    for (const { key, slot } of fields) {
      // A field that does not read on its own, or a key written twice: the full parser says why.
      if (!slot.read || Object.hasOwn(data, key)) return undefined;
      data[key] = slot.value;
    }
    return data;
  });
}

// Fields read per call to yaml: enough that its cost per call no longer counts, few enough that
// its check for duplicate keys (which compares each key with those before it) stays cheap.
const BATCH = 100;

/**
 * Fills the slot of each field that reads on its own. Each batch is one small file of fields
 * under made-up keys (`f0:`, `f1:`…); the key's name does not change how its value reads. A batch
 * that does not read cleanly, field for field at the expected places, is read again one field at a
 * time.
 */
function parseFields(fields: readonly Field[]): void {
  // Only a file's last field may lack its line break: it is read on its own, as it is written.
  const batches: Field[][] = [];
  const whole: Field[] = [];
  for (const field of fields) {
    const simple = readSimpleField(field.text);
    if (simple) Object.assign(field.slot, { read: true, value: simple.value });
    else if (field.text.endsWith('\n')) whole.push(field);
    else batches.push([field]);
  }
  for (let from = 0; from < whole.length; from += BATCH) batches.push(whole.slice(from, from + BATCH));
  for (const batch of batches) {
    const read = readBatch(batch) ?? batch.map((field) => readBatch([field])?.[0]);
    batch.forEach((field, index) => {
      const found = read[index];
      if (found) Object.assign(field.slot, { read: true, value: found.value });
    });
  }
}

function readBatch(batch: readonly Field[]): { value: unknown }[] | undefined {
  const starts: number[] = [];
  let text = '';
  for (const [index, field] of batch.entries()) {
    starts.push(text.length);
    text += `f${index}${field.text.slice(field.key.length)}`;
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !isMap(doc.contents)) return undefined;
  const pairs = doc.contents.items;
  // Each field where it was written, under its own key: no field ran into the next.
  if (pairs.length !== batch.length) return undefined;
  for (const [index, pair] of pairs.entries()) {
    if (!isScalar(pair.key) || pair.key.value !== `f${index}` || pair.key.range?.[0] !== starts[index]) return undefined;
  }
  // An alias may name an anchor in another field, and the whole file counts how far aliases
  // expand: both are the full parser's to judge. Text with `&` or `*` is rare enough to look.
  if (/[&*]/.test(text) && hasAnchorsOrAliases(doc)) return undefined;
  const data = doc.toJS() as Record<string, unknown>;
  const values = batch.map((_, index) => ({ value: data[`f${index}`] }));
  return values.some((value) => tooDeep(value.value, MAX_DEPTH - 1)) ? undefined : values;
}

interface Slot {
  read: boolean;
  value?: unknown;
}

interface Field {
  key: string;
  /** From the key's line up to the next key's line. */
  text: string;
  slot: Slot;
}

/** The file cut into its top-level fields, or undefined when it is not that plain. */
function fieldsOf(text: string): Field[] | undefined {
  const fields: Field[] = [];
  let key: string | undefined;
  let start = 0;
  for (let at = 0; at < text.length;) {
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    // A line at column 0 starts a field, unless it is blank, a comment or an item of the field's
    // list (`tags:` then `- quiet`); any other line there and the file is not plain enough.
    const first = text.charCodeAt(at);
    const listItem = first === DASH && (end === at + 1 || text.charCodeAt(at + 1) === SPACE);
    if (end > at && first !== SPACE && first !== HASH && !listItem) {
      const colon = text.indexOf(':', at);
      if (colon < 0 || colon > end || (colon + 1 < end && text.charCodeAt(colon + 1) !== SPACE)) return undefined;
      const name = text.slice(at, colon);
      // A key YAML reads as null or a boolean is not the word it looks like.
      if (!KEY.test(name) || NOT_TEXT_KEY.test(name)) return undefined;
      if (key !== undefined) fields.push({ key, text: text.slice(start, at), slot: { read: false } });
      // Before the first field: only comments and blank lines (a list there is not a rule).
      else if (!PREAMBLE.test(text.slice(0, at))) return undefined;
      key = name;
      start = at;
    }
    at = end + 1;
  }
  if (key === undefined) return undefined;
  fields.push({ key, text: text.slice(start), slot: { read: false } });
  return fields;
}

const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
// A plain key as rules write them: `public_wording:`, `bend:`.
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const NOT_TEXT_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const PREAMBLE = /^(?:(?:#.*)?\n)*$/;
const UNSAFE = /[\uFEFF\r]|^\t|^(?:---|\.\.\.|%)/m;
// As deep as the check allows (yaml-source.ts); deeper is read by the full parser, which says why.
const MAX_DEPTH = 32;

function tooDeep(value: unknown, limit: number): boolean {
  if (limit < 0) return true;
  if (Array.isArray(value)) return value.some((item) => tooDeep(item, limit - 1));
  if (typeof value === 'object' && value !== null) return Object.values(value).some((item) => tooDeep(item, limit - 1));
  return false;
}

function hasAnchorsOrAliases(doc: Document): boolean {
  let found = false;
  visit(doc, (_, node) => {
    if (isAlias(node) || (typeof node === 'object' && node !== null && 'anchor' in node && node.anchor)) {
      found = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}
