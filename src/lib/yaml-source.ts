import { Document, LineCounter, Parser, isMap, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import { codePointLength } from './code-points.ts';
import { CONFLICT_MARKER } from './conflict-marker.ts';
import { catalogue, type FindingCode } from './catalogue.ts';
import { fieldName, type Finding } from './finding.ts';
import { spansInSource, type Spot } from './text-pattern.ts';
import { explainUnresolvedAlias, explainYamlErrors, TOO_DEEP_TO_READ } from './yaml-errors.ts';
import { ODD_SPACE, oddSpaces } from './yaml-mistakes/odd-spaces.ts';
import { TextLines } from './text-lines.ts';
import { tooDeeplyNested } from './yaml-nesting.ts';
import { readPlainYaml } from './yaml-plain.ts';
import { fieldNames, yamlTraps } from './yaml-traps.ts';
import { isUtf8 } from 'node:buffer';

export type Path = readonly (string | number)[];
/** The key names the field (for a missing or unknown one); the value is what is wrong. */
export type Part = 'key' | 'value';

interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A parsed YAML file that can say where any of its fields is written. */
export interface YamlSource {
  file: string;
  /** The plain data; undefined when the file could not be read as YAML. */
  data: unknown;
  /** Where the field at `path` is written; falls back to the nearest enclosing node that exists. */
  at(path: Path, part: Part): Place;
  /**
   * Where each spot (a phrase and where it starts in the text value at `path`) is written, in one
   * pass over the value. Line breaks of folded text count as spaces, so a phrase split across
   * lines is found. A spot that cannot be found falls back to the value's start.
   */
  within(path: Path, spots: readonly Spot[]): Place[];
}

// A rule is at most four levels deep (examples[0].situation); far deeper is a mistake or an attack.
const MAX_DEPTH = 32;

// yaml's own default is 100 (enough for anchors reused by hand); an alias bomb needs far more.
const MAX_ALIAS_COUNT = 100;

export interface ParseResult {
  source: YamlSource;
  /** Why the file cannot be read; when there are any, `source.data` is undefined. */
  findings: Finding[];
  /**
   * Places where the file reads as valid YAML but not as its writer meant (yaml-traps.ts): errors,
   * though the data is readable. Looked for only when a schema is given.
   */
  traps: Finding[];
  /**
   * Lets the parsed document go: it is many times the size of the data. The source parses the
   * text again if it is later asked where something is written. For files read without a problem.
   */
  forget(): void;
}

export interface ParseOptions {
  /** The JSON Schema the file follows: it tells fields and free text apart for the traps. */
  schema?: object;
}

/** The first merge-conflict marker, and what it says, or undefined when the text has none. */
function conflictMarker(text: string): { at: Place; message: string } | undefined {
  const found = CONFLICT_MARKER.exec(text);
  if (!found) return undefined;
  const line = text.slice(0, found.index).split('\n').length;
  const marker = found[0].trim();
  const column = codePointLength(found[0]) - codePointLength(found[0].trimStart()) + 1;
  const at = { line, column, endLine: line, endColumn: column + codePointLength(marker) };
  const side =
    found[1] === undefined
      ? 'the second begins'
      : found[1].startsWith('<')
        ? 'the first version begins'
        : found[1].startsWith('|')
          ? 'the lines both started from begin'
          : 'the second ends';
  return { at, message: `\`${marker.slice(0, 40)}\` is git's mark of a merge conflict (${side} here): the file holds both versions` };
}

/** A file that cannot be read as it is: no data, and one finding at `at`, where every position points. */
function unreadable(file: string, code: FindingCode, at: Place, message: string): ParseResult {
  const here = () => at;
  const source: YamlSource = { file, data: undefined, at: here, within: (_, spots) => spots.map(here) };
  return { source, findings: [make(file, code, at, '', message)], traps: [], forget: () => {} };
}

/** Parses one file's bytes. Never throws: every problem becomes a finding with a position. */
export function parseYamlFile(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  const badByte = firstInvalidUtf8(bytes);
  if (badByte >= 0) {
    const before = new TextDecoder().decode(bytes.subarray(0, badByte));
    const lines = before.split('\n');
    const line = lines.length;
    const column = codePointLength(lines.at(-1) ?? '') + 1;
    return unreadable(
      file,
      'invalid-utf8',
      { line, column, endLine: line, endColumn: column + 1 },
      `byte ${badByte + 1} is not UTF-8 text`,
    );
  }
  const text = new TextDecoder().decode(bytes);
  // Lines ended by a carriage return alone (old Mac files, some pastes) are lines too, as editors
  // show them: read as one line, a whole rule had been told "the file has no rule in it" and to
  // delete the file (found by a new-user trial). One character for one, so no place moves.
  return parseYamlText(file, text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text, options);
}

export function parseYamlText(file: string, text: string, options: ParseOptions = {}): ParseResult {
  const conflict = conflictMarker(text);
  if (conflict) return unreadable(file, 'merge-conflict', conflict.at, conflict.message);
  // A text with unusual spaces is read whole (their mistakes are told below, from the document).
  const oddSpaced = ODD_SPACE.test(text);
  // The plain shape reads the same without yaml's document (yaml-plain.ts), and has no traps.
  const plain = oddSpaced ? undefined : readPlainYaml(text);
  if (plain !== undefined) return { source: sourceOf(file, plain, () => reparsed(text)), findings: [], traps: [], forget: () => {} };

  let parsed: Parsed | undefined = parseWithPositions(text);
  const { doc, place, tooDeep } = parsed;
  // An unknown tag (`title: !important notice`) is only a warning to yaml, but the text is lost.
  const errors = [...doc.errors, ...doc.warnings.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED')];
  // A space that is not a plain one where YAML needs one is said as that, not as what yaml made of
  // it: an error, or a field whose name holds it. In a text ("a:\u3000b" in a folded block) it is text.
  const odd = oddSpaced && (errors.length > 0 || hasOddKey(doc)) ? oddSpaces(new TextLines(text)) : [];
  const findings: Finding[] =
    odd.length > 0
      ? odd.map((plain) => make(file, plain.code, place(plain.start, plain.end), plain.field ?? '', plain.message, plain.hint))
      : tooDeep === undefined
        ? explainYamlErrors(text, errors, options.schema && fieldNames(options.schema)).map((plain) =>
            make(file, plain.code, place(plain.start, plain.end), plain.field ?? '', plain.message, plain.hint),
          )
        : [make(file, 'too-deep', place(tooDeep, tooDeep + 1), '', TOO_DEEP_TO_READ)];

  let data: unknown;
  if (findings.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      const unresolved = unresolvedAlias(doc);
      if (unresolved !== undefined) {
        const plain = explainUnresolvedAlias(text, unresolved);
        findings.push(make(file, plain.code, place(plain.start, plain.end), '', plain.message, plain.hint));
      } else {
        const alias = firstAlias(doc);
        findings.push(
          make(
            file,
            'yaml-alias-limit',
            alias ? place(...alias) : place(0, 0),
            '',
            `the file expands more than ${MAX_ALIAS_COUNT} aliases`,
          ),
        );
      }
    }
  }

  const source = sourceOf(file, data, () => parsed ?? reparsed(text));

  if (findings.length === 0) {
    const deep = pathDeeperThan(data, MAX_DEPTH);
    if (deep) {
      findings.push(
        make(
          file,
          'too-deep',
          source.at(deep, 'value'),
          fieldName(deep.slice(0, 1)),
          `nests more than ${MAX_DEPTH} levels deep; a rule needs at most 4`,
        ),
      );
      data = undefined;
      source.data = undefined;
    }
  }

  if (findings.length === 0) {
    if (doc.contents === null || data === null || data === undefined) {
      findings.push(make(file, 'yaml-empty', place(0, 0), '', 'the file has no rule in it', emptyFileHint(file)));
    } else if (typeof data !== 'object' || Array.isArray(data)) {
      findings.push(
        make(
          file,
          'yaml-not-mapping',
          source.at([], 'value'),
          '',
          `expected \`field: value\` lines, found ${Array.isArray(data) ? 'a list' : 'a single value'}`,
        ),
      );
    }
  }
  const traps =
    findings.length === 0 && options.schema
      ? yamlTraps(doc, options.schema, text).map((trap) =>
          make(file, trap.code, place(trap.start, trap.end), fieldName(trap.path), trap.message, trap.hint),
        )
      : [];
  return {
    source,
    findings,
    traps,
    forget: () => {
      parsed = undefined;
    },
  };
}

/**
 * The YamlSource of a file whose data is already known (read from the check cache): the text is
 * read (when the file was not) and parsed only if a finding asks where something is written.
 */
export function lazySource(file: string, bytes: () => Uint8Array, data: unknown): YamlSource {
  return sourceOf(file, data, () => reparsed(bytes()));
}

/**
 * The text last parsed again for positions, with its document. A check reports on one file at a
 * time, so one slot serves its findings; keeping every such file's document alive instead held
 * about 230 MB at 10,000 rules (a thousand files with warnings). Positions depend on the text
 * alone, so two files with the same text may share the slot. A file's bytes are decoded only
 * here: holding every file's text as well as its bytes cost 10 MB at 10,000 rules. Keeping
 * where each top-level field is written, so that a warning on one (998 reading levels at 10,000
 * rules) is placed without parsing its file again, saved no measurable time and cost 10 MB.
 */
let lastParsed: { of: string | Uint8Array; parsed: Parsed } | undefined;

function reparsed(of: string | Uint8Array): Parsed {
  if (lastParsed?.of !== of) lastParsed = { of, parsed: parseWithPositions(typeof of === 'string' ? of : new TextDecoder().decode(of)) };
  return lastParsed.parsed;
}

function sourceOf(file: string, data: unknown, positions: () => Parsed): YamlSource {
  return {
    file,
    data,
    at(path, part) {
      const { doc, place } = positions();
      const { key, value } = nodesAt(doc, path);
      const node = part === 'key' ? (key ?? value) : (value ?? key);
      const range = node?.range ?? doc.contents?.range ?? [0, 0];
      return place(range[0], range[1]);
    },
    within(path, spots) {
      // Most fields have nothing to place: parsing the file again for none of them cost a parse
      // per rule (9,000 of them at 10,000 rules).
      if (spots.length === 0) return [];
      const { doc, place, text } = positions();
      const node = nodesAt(doc, path).value;
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return spots.map(() => this.at(path, 'value'));
      const [start, end] = node.range;
      // One copy of the value's source, not one per spot: a copy per spot is quadratic again.
      const spans = spansInSource(node.value, text.slice(start, end), spots);
      return spans.map((span) => (span ? place(start + span.start, start + span.end) : this.at(path, 'value')));
    },
  };
}

interface Parsed {
  text: string;
  doc: Document;
  /** Where the file nests too deeply for yaml to build it (yaml-nesting.ts); its doc is then empty. */
  tooDeep: number | undefined;
  /** Line and column (in characters) of a range of offsets. */
  place(start: number, end: number): Place;
}

function parseWithPositions(text: string): Parsed {
  const lineCounter = new LineCounter();
  const tooDeep = tooDeeplyNested(text);
  let doc: Document;
  if (tooDeep === undefined) doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, keepSourceTokens: true });
  else {
    // Not built (yaml-nesting.ts): an empty document, and the lines counted as yaml counts them.
    doc = new Document(null);
    Array.from(new Parser(lineCounter.addNewLine).parse(text));
  }
  const columns = codePointColumns(text, lineCounter);
  const place = (start: number, end: number): Place => {
    const from = columns(start);
    const to = columns(Math.max(end, start));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  };
  return { text, doc, place, tooDeep };
}

/**
 * The catalogue's fix, with the command for this file: `npm run new -- <id>` alone writes into
 * the project's own sample book, which is how a new-user trial's rule ended up there.
 */
function emptyFileHint(file: string): string {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  const id = file.slice(slash + 1).replace(/\.ya?ml$/i, '');
  const folder = slash >= 0 ? file.slice(0, slash) : '.';
  return `Write the rule in it, or delete the file. To start from a template, delete it, then run \`npm run new -- ${id} --dir ${folder}\`.`;
}

function make(file: string, code: FindingCode, where: Place, field: string, message: string, hint?: string): Finding {
  const entry = catalogue[code];
  return { code, severity: entry.severity, file, ...where, field, message, hint: hint ?? entry.hint };
}

/**
 * Line and column of an offset, the column counted in characters (code points) as editors and
 * people count them: yaml's LineCounter counts UTF-16 units, so an emoji earlier on the line
 * would push every column after it one too far. The characters that take two units are listed
 * once per file, so each position costs a binary search, not a scan of its line.
 */
function codePointColumns(text: string, lineCounter: LineCounter): (offset: number) => { line: number; col: number } {
  let pairs: number[] | undefined;
  return (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    pairs ??= surrogatePairs(text);
    if (pairs.length === 0) return { line, col };
    const lineStart = offset - (col - 1);
    return { line, col: col - (firstAtOrAfter(pairs, offset) - firstAtOrAfter(pairs, lineStart)) };
  };
}

/** Offsets of the first unit of every surrogate pair in `text`, in order. */
function surrogatePairs(text: string): number[] {
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) pairs.push(i++);
    }
  }
  return pairs;
}

/** Index of the first item of sorted `list` that is >= `value`. */
function firstAtOrAfter(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The key and value nodes of the deepest part of `path` that exists in the document. */
function nodesAt(doc: Document, path: Path): { key?: Node; value?: Node } {
  let value: unknown = doc.contents;
  let key: Node | undefined;
  for (const segment of path) {
    if (isMap(value)) {
      const pair = value.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      key = pair.key as Node;
      value = pair.value;
      // `bend:` with nothing after it parses as a null scalar positioned after the colon.
      if (isScalar(value) && value.value === null && value.range && value.range[0] === value.range[1]) value = undefined;
    } else if (isSeq(value) && typeof segment === 'number' && segment < value.items.length) {
      value = value.items[segment];
      key = value as Node;
    } else {
      break;
    }
    if (value === undefined) break;
  }
  return { key, value: value as Node | undefined };
}

/**
 * Where an alias (`*name`) names no anchor: almost always text that starts with `*`, such as
 * `*Always* ask`, written without quotes.
 */
function unresolvedAlias(doc: Document): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.range && node.resolve(doc) === undefined) {
        found = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function firstAlias(doc: Document): [number, number] | undefined {
  let found: [number, number] | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.range) found = [node.range[0], node.range[1]];
      return visit.BREAK;
    },
  });
  return found;
}

/** The path to the first value nested deeper than `limit`, found without recursion. */
function pathDeeperThan(data: unknown, limit: number): Path | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (path.length > limit) return path;
    if (Array.isArray(value)) value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, key] });
  }
  return undefined;
}

/** Offset of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < min || second > max) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** Whether a field's name holds an unusual space (an indent of non-breaking spaces becomes part of it). */
function hasOddKey(doc: Document): boolean {
  let found = false;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && ODD_SPACE.test(String(pair.key.value))) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
