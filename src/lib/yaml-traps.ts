import { isMap, isScalar, isSeq, type CST, type Document, type Node, type Scalar } from 'yaml';
import type { FindingCode } from './catalogue.ts';
import { quoted } from './yaml-quote.ts';
import type { Path } from './yaml-source.ts';

/**
 * A place where valid YAML does not say what its writer meant, so the published text would be
 * silently wrong. Offsets into the text; `path` is the field whose text is damaged.
 */
export interface Trap {
  code: FindingCode;
  path: Path;
  start: number;
  end: number;
  message: string;
  hint: string;
}

/** The parts of a JSON Schema these checks read. */
interface FieldSchema {
  type?: string | string[];
  properties?: Record<string, FieldSchema>;
  additionalProperties?: boolean | FieldSchema;
  items?: FieldSchema;
  oneOf?: unknown;
  enum?: unknown;
  const?: unknown;
  format?: string;
  pattern?: string;
}

/**
 * Finds the traps of hand-written YAML that the parser accepts:
 * - a field indented one step too far under a block of text (`how: >-`), which joins the text;
 * - ` #` in text without quotes, which starts a comment, so the rest of the line is dropped;
 * - `&word` at the start of text, which names the value instead of being part of it;
 * - a list item one step too far in, which joins the text of the item above.
 * The document must be parsed with `keepSourceTokens`, which keeps what the parser saw.
 * The schema says which keys are fields and which values are free text, so prose such as
 * "Note: …" in a text, or a comment after `color: red`, is left alone.
 */
export function yamlTraps(doc: Document, schema: object, text: string): Trap[] {
  const traps: Trap[] = [];
  // Depth is bounded before this runs (yaml-source refuses deeper files), but a stack costs nothing.
  const stack: { node: unknown; path: Path; schema: FieldSchema }[] = [{ node: doc.contents, path: [], schema: schema as FieldSchema }];
  while (stack.length > 0) {
    const { node, path, schema: here } = stack.pop()!;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || typeof pair.key.value !== 'string') continue;
        const key = pair.key.value;
        const field = fieldSchema(here, key);
        if (!field) continue;
        const value = pair.value as Node | null;
        if (isScalar(value)) {
          traps.push(...fieldsInText(value.srcToken, [...path, key], key, here));
          traps.push(...commentInText(value.srcToken, [...path, key], field));
          traps.push(...anchorInText(value, [...path, key], field, text));
        } else if (value) {
          stack.push({ node: value, path: [...path, key], schema: field });
        }
      }
    } else if (isSeq(node) && node.items && here.items) {
      node.items.forEach((item, index) => {
        if (isScalar(item)) {
          traps.push(...commentInText(item.srcToken, [...path, index], here.items!));
          traps.push(...anchorInText(item, [...path, index], here.items!, text));
          traps.push(...itemsInText(item.srcToken, [...path, index]));
        } else stack.push({ node: item, path: [...path, index], schema: here.items! });
      });
    }
  }
  return traps.sort((a, b) => a.start - b.start);
}

const namesOf = new WeakMap<object, ReadonlySet<string>>();

/** Every field name a schema knows, at any depth: a misplaced line may belong anywhere. */
export function fieldNames(schema: object): ReadonlySet<string> {
  let names = namesOf.get(schema);
  if (!names) {
    const found = new Set<string>();
    const stack = [schema as FieldSchema];
    while (stack.length > 0) {
      const here = stack.pop()!;
      for (const [name, field] of Object.entries(here.properties ?? {})) {
        found.add(name);
        stack.push(field);
      }
      if (here.items) stack.push(here.items);
      if (typeof here.additionalProperties === 'object') stack.push(here.additionalProperties);
    }
    names = found;
    namesOf.set(schema, names);
  }
  return names;
}

function fieldSchema(schema: FieldSchema, key: string): FieldSchema | undefined {
  const known = schema.properties?.[key];
  if (known) return known;
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}

/** Free text: a string the schema does not restrict to a list of values, a date or a pattern. */
function isFreeText(schema: FieldSchema): boolean {
  return (
    schema.type === 'string' &&
    schema.oneOf === undefined &&
    schema.enum === undefined &&
    schema.const === undefined &&
    schema.format === undefined &&
    schema.pattern === undefined
  );
}

/** A line of a block of text that starts like a field (`limit: …`): its indent and its name. */
export const FIELD_IN_TEXT = /^( *)([a-z][a-z0-9_]*):(?=\s|$)/;

/**
 * ```yaml
 * bend:
 *   how: >-
 *     Waive the fee.
 *     limit: Up to $5      <- one step too far in: part of the how-text
 * ```
 */
function fieldsInText(token: CST.Token | undefined, path: Path, key: string, mapping: FieldSchema): Trap[] {
  if (token?.type !== 'block-scalar') return [];
  const siblings = mapping.properties ?? {};
  const groups = groupsOf(mapping);
  // The text starts after the header (`>-`, a comment, the line break), the last of the props.
  const header = token.props.at(-1) as CST.SourceToken | undefined;
  let offset = header ? header.offset + header.source.length : token.offset;
  const traps: Trap[] = [];
  let previous = '';
  for (const line of token.source.split('\n')) {
    const match = FIELD_IN_TEXT.exec(line);
    const name = match?.[2];
    // A group's field only after a finished sentence: "Staff explain the daily / limit: fifty
    // pages" is wrapped prose (found by a review).
    const afterSentence = /(^|[.!?]["”’)]?)\s*$/u.test(previous);
    previous = line;
    if (match && name !== undefined && (Object.hasOwn(siblings, name) || (groups.has(name) && afterSentence))) {
      const start = offset + match[1]!.length;
      const group = Object.hasOwn(siblings, name) ? undefined : groups.get(name);
      traps.push({
        code: 'yaml-field-in-text',
        path,
        start,
        end: start + name.length + 1,
        message: `\`${name}:\` is indented as part of the text of \`${key}\`, so it is not read as a field: its line would be published as part of that text`,
        hint:
          group === undefined
            ? `Move \`${name}:\` left to line up with \`${key}:\`.`
            : `\`${name}\` belongs under \`${group}:\`: move the line there, indented two spaces more than \`${group}:\`.`,
      });
    }
    offset += line.length + 1;
  }
  return traps;
}

const groupsBySchema = new WeakMap<object, ReadonlyMap<string, string>>();

/**
 * The fields of a mapping's groups (`bend`'s `limit`, `ask`, `how`), by the group they belong
 * to: a staff-only `limit:` line left in line with the public wording joined it, and was
 * published on the public site and its signs (found by a new-user trial).
 */
function groupsOf(mapping: FieldSchema): ReadonlyMap<string, string> {
  let groups = groupsBySchema.get(mapping);
  if (!groups) {
    const found = new Map<string, string>();
    for (const [group, field] of Object.entries(mapping.properties ?? {}))
      for (const name of Object.keys(field.properties ?? {})) if (!mapping.properties?.[name] && !found.has(name)) found.set(name, group);
    groups = found;
    groupsBySchema.set(mapping, groups);
  }
  return groups;
}

/** `ask: Ask at desk #2 by the doors` publishes "Ask at desk": the rest is a YAML comment. */
function commentInText(token: CST.Token | undefined, path: Path, schema: FieldSchema): Trap[] {
  if (token?.type !== 'scalar' || !isFreeText(schema)) return [];
  const value = token.source;
  const key = path.at(-1);
  let written = value;
  for (const part of token.end ?? []) {
    if (part.type === 'newline') return [];
    written += part.source;
    if (part.type !== 'comment') continue;
    const kept = value.trimEnd();
    const lastWord = /\S+$/.exec(kept)?.[0] ?? kept;
    return [
      {
        code: 'yaml-comment-in-text',
        path,
        start: part.offset,
        end: part.offset + part.source.length,
        message: `the text is cut after "${lastWord}": YAML reads "${part.source}" as a comment and leaves it out`,
        hint: `Put the text in quotes: \`${typeof key === 'string' ? `${key}: ` : '- '}${quoted(written)}\`. If the part after # is a note for editors, put it on a line of its own.`,
      },
    ];
  }
  return [];
}

/**
 * `title: &home page` publishes "page": `&home` names the value for reuse elsewhere (an anchor)
 * and is not part of it.
 */
function anchorInText(node: Scalar, path: Path, schema: FieldSchema, text: string): Trap[] {
  if (!node.anchor || !node.range || !isFreeText(schema)) return [];
  const start = text.lastIndexOf(`&${node.anchor}`, node.range[0]);
  if (start < 0) return [];
  const written = text.slice(start, node.range[1]).trimEnd();
  const key = path.at(-1);
  return [
    {
      code: 'yaml-reserved-start',
      path,
      start,
      end: start + node.anchor.length + 1,
      message: `YAML reads "&${node.anchor}" as a name for the value, not as text, so the text is only "${String(node.value)}"`,
      hint: `Put the text in quotes: \`${typeof key === 'string' ? `${key}: ` : '- '}${quoted(written)}\``,
    },
  ];
}

/**
 * ```yaml
 * tags:
 *   - mobile
 *    - cell        <- one space too far in: the tag is "mobile - cell"
 * ```
 */
function itemsInText(token: CST.Token | undefined, path: Path): Trap[] {
  if (token?.type !== 'scalar' || !token.source.includes('\n')) return [];
  const traps: Trap[] = [];
  let offset = token.offset;
  token.source.split('\n').forEach((line, index) => {
    const dash = /^( *)- /.exec(line);
    if (index > 0 && dash) {
      const start = offset + dash[1]!.length;
      traps.push({
        code: 'yaml-indent',
        path,
        start,
        end: start + 1,
        message: 'this item is indented further than the `-` above it, so it is read as part of the text of the item above',
        hint: 'Move the `-` left to line up with the `-` above.',
      });
    }
    offset += line.length + 1;
  });
  return traps;
}
