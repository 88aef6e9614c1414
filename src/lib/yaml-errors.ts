import type { YAMLError } from 'yaml';
import type { FindingCode } from './catalogue.ts';
import { escapeRegExp } from './text-pattern.ts';
import { closest } from './schema-findings.ts';
import { editDistance } from './search/typo.ts';
import { TextLines } from './text-lines.ts';
import { notAField, valueRunsOn } from './yaml-mistakes/field-lines.ts';
import { indentedFirstField, itemWithoutDash, listAfterFields, misaligned, tabIndent } from './yaml-mistakes/indentation.ts';
import { fieldPathAt, type IsField } from './yaml-mistakes/line.ts';
import {
  badEscape,
  listOnFieldLine,
  reservedStart,
  reservedValue,
  textAfterValue,
  unclosedBracket,
  unclosedQuote,
} from './yaml-mistakes/quoting.ts';

/** A parser error said in plain words, placed on the text an administrator has to change. */
export interface PlainError {
  code: FindingCode;
  /** Offsets into the text: what to underline. */
  start: number;
  end: number;
  /** The field the finding is about, when the parser's error names one. */
  field?: string;
  message: string;
  /** A fix for this very line; the catalogue's hint when absent. */
  hint?: string;
}

/**
 * Turns the `yaml` parser's errors into plain findings. The parser often reports a mistake where
 * it noticed it (the correct line above, a comment) and then reports the confusion that follows;
 * each explanation looks at the text around the error to find the line to change, and only the
 * first error of a region (a top-level field with everything under it) is kept.
 */
export function explainYamlErrors(
  text: string,
  errors: readonly Pick<YAMLError, 'code' | 'message' | 'pos'>[],
  fields?: ReadonlySet<string>,
): PlainError[] {
  if (errors.length === 0) return [];
  const lines = new TextLines(text);
  // Without the format's field names, lowercase words joined by `_` stand for them: "Note:" in
  // prose is not a field.
  const isField = (name: string) => (fields ? fields.has(name) : /^[a-z][a-z0-9_]*$/.test(name));
  // A field name misspelled ("ownr", "Owner"): told as a field, never as a line of text. One slip
  // in a short name, two in a long one: "be" at the start of a line of text is not `bend`.
  const known = fields ? [...fields] : [];
  const nearField = (name: string) => {
    if (isField(name)) return name;
    const near = name.length >= 3 ? closest(name, known) : undefined;
    const slips = near === undefined ? Infinity : editDistance(name.toLowerCase(), near.toLowerCase(), 3);
    return near !== undefined && slips <= (near.length >= 6 ? 2 : 1) ? near : undefined;
  };
  const explained: PlainError[] = [];
  const first = errors.some((error) => error.code !== 'DUPLICATE_KEY') ? indentedFirstField(lines) : undefined;
  if (first) return [first];
  // Errors are checked in the order they occur in the text, so one running end is enough.
  let claimedUntil = -1;
  const ordered = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  let itemsUntil = -1;
  let checkedUntil = -1;
  for (const error of ordered) {
    // Once yaml is confused, it can read lines of text as fields, and report them as repeated.
    if (error.pos[0] < claimedUntil) continue;
    if (error.code === 'DUPLICATE_KEY') {
      // A second `id:` at the left edge is a second rule pasted in: said once, for the whole of
      // it, rather than each of its fields as a repeat to delete, which would have lost it (found
      // by a new-user trial).
      const pasted = secondRule(lines, error.pos[0]);
      if (pasted) {
        explained.push(pasted);
        claimedUntil = text.length;
        continue;
      }
      // Each repeated field is its own mistake, found after the text was read, unless it comes
      // from an item of a list that lost its `-`: then the item's other fields repeat too. Only
      // the first repeat of a region is looked into, so a file of repeats takes linear time.
      if (error.pos[0] < itemsUntil) continue;
      let item: PlainError | undefined;
      if (error.pos[0] >= checkedUntil) {
        item = itemWithoutDash(lines, error.pos[0]);
        checkedUntil = lines.region(lines.indexAt(error.pos[0]))[1];
        if (item) itemsUntil = checkedUntil;
      }
      explained.push(item ?? duplicateKey(text, error.pos[0]));
      continue;
    }
    const plain = explain(lines, error, isField, nearField);
    if (plain.start < claimedUntil) continue;
    explained.push(plain);
    const from = lines.indexAt(Math.max(error.pos[1], plain.end, error.pos[0]));
    // After "… in YAML stream" the parser has given up on the rule: every line after is an error.
    claimedUntil = / in YAML stream/.test(error.message) ? text.length : lines.region(from)[1];
  }
  // Every finding names its field: "title: Study rooms: booking" is about `title`.
  return explained.map((plain) => (plain.field ? plain : { ...plain, field: fieldPathAt(lines, lines.indexAt(plain.start)) }));
}

/** `*Always*` as a value is read as a reference to an anchor named `Always*` that does not exist. */
export function explainUnresolvedAlias(text: string, offset: number): PlainError {
  return reservedStart(new TextLines(text), offset);
}

/** What a file nested too deeply for yaml to build (yaml-nesting.ts) is told. */
export const TOO_DEEP_TO_READ = 'the file nests lists or groups too deeply to read';

function explain(
  lines: TextLines,
  error: Pick<YAMLError, 'code' | 'message' | 'pos'>,
  isField: IsField,
  nearField: (name: string) => string | undefined,
): PlainError {
  const [start] = error.pos;
  // yaml passes on the engine's own words when nesting exhausts its stack or its regular expressions.
  if (/Maximum call stack|Stack overflow/.test(error.message)) {
    return { code: 'too-deep', start, end: error.pos[1], message: TOO_DEEP_TO_READ };
  }
  const explained = (() => {
    switch (error.code) {
      case 'TAB_AS_INDENT':
        return tabIndent(lines, start);
      case 'BLOCK_AS_IMPLICIT_KEY':
        return /block sequence/.test(error.message) ? listAfterFields(lines, start) : valueRunsOn(lines, start, isField);
      case 'MULTILINE_IMPLICIT_KEY':
        return notAField(lines, start, isField, nearField);
      case 'BAD_INDENT':
        return /^Flow (sequence|map)/.test(error.message) ? unclosedBracket(lines, start) : misaligned(lines, start, isField);
      case 'MISSING_CHAR':
        if (/Missing closing/.test(error.message)) return unclosedQuote(lines, start);
        if (/Sequence item without/.test(error.message)) return misaligned(lines, start, isField);
        return notAField(lines, start, isField, nearField);
      case 'UNEXPECTED_TOKEN':
        if (/Unexpected scalar at node end/.test(error.message)) return textAfterValue(lines, start);
        if (/block-seq-ind on same line/.test(error.message)) return listOnFieldLine(lines, start);
        return reservedValue(lines, start);
      case 'BAD_SCALAR_START':
        return reservedStart(lines, start);
      case 'BAD_ALIAS':
      case 'ALIAS_PROPS':
      case 'BAD_PROP_ORDER':
      case 'MULTIPLE_ANCHORS':
      case 'MULTIPLE_TAGS':
      case 'TAG_RESOLVE_FAILED':
        return reservedValue(lines, start);
      case 'BAD_DQ_ESCAPE':
        return badEscape(lines, error);
      case 'MULTIPLE_DOCS':
        return secondDocument(lines, start);
      default:
        return undefined;
    }
  })();
  return explained ?? generic(lines, error);
}

function secondDocument(lines: TextLines, offset: number): PlainError {
  const index = lines.indexAt(offset);
  const start = lines.start(index);
  return {
    code: 'yaml-second-document',
    start,
    end: start + lines.content(index).length,
    message: 'the `---` line starts a second document, but a rule file holds one rule',
  };
}

/** A second rule written after the first in one file, from its `id:` line on. */
function secondRule(lines: TextLines, offset: number): PlainError | undefined {
  const index = lines.indexAt(offset);
  const id = /^id:\s*["']?([^"'#\s]+)/.exec(lines.content(index))?.[1];
  if (id === undefined || lines.start(index) !== offset) return undefined;
  const start = lines.start(index);
  return {
    code: 'yaml-second-document',
    start,
    end: start + lines.content(index).trimEnd().length,
    field: 'id',
    message: `a second rule starts here (\`id: ${id}\`), but a rule file holds one rule`,
    hint: `Move this line and the lines after it into a file of their own, \`${id}.yaml\`, beside this one.`,
  };
}

function duplicateKey(text: string, offset: number): PlainError {
  const key = (/^[^:\n]*/.exec(text.slice(offset, offset + 1024))?.[0] ?? '').trim().replace(/^["']|["']$/g, '');
  const first = firstLineOfKey(text, offset, key);
  return {
    code: 'yaml-duplicate-key',
    start: offset,
    end: offset + key.length,
    field: key,
    message: `\`${key}\` appears more than once${first === undefined ? '' : ` (first on line ${first})`}`,
  };
}

/**
 * The line (1-based) where the key written again at `offset` was first written: the earliest line
 * above it with the same indentation and key, before a line indented less (the end of its mapping:
 * `title` under `translations: es:` and under `ar:` are not the same key).
 */
function firstLineOfKey(text: string, offset: number, key: string): number | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = offset - lineStart;
  const above = text.slice(0, lineStart).split('\n').slice(0, -1);
  let first: number | undefined;
  for (let index = above.length - 1; index >= 0; index--) {
    const line = above[index]!;
    const content = line.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const depth = line.length - content.length;
    if (depth < indent) break;
    if (depth === indent && new RegExp(`^["']?${escapeRegExp(key)}["']?\\s*:`).test(content)) first = index + 1;
  }
  return first;
}

/**
 * A mistake without an explanation of its own: placed on the line yaml names (never on a comment
 * or a blank line), in plain words; the catalogue's hint says what to look for.
 */
function generic(lines: TextLines, error: Pick<YAMLError, 'code' | 'pos'>): PlainError {
  const at = lines.indexAt(error.pos[0]);
  const moved = lines.isEmpty(at) ? lines.nextContent(at) : undefined;
  const start = moved === undefined ? error.pos[0] : lines.start(moved) + lines.indent(moved);
  const end = Math.max(start + 1, moved === undefined ? error.pos[1] : start + 1);
  if (error.code === 'BAD_INDENT') {
    return { code: 'yaml-indent', start, end, message: 'this line is not lined up with the lines it belongs with' };
  }
  return { code: 'yaml-syntax', start, end, message: 'YAML cannot read the file at this place' };
}
