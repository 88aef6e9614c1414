import { Parser, type YAMLError } from 'yaml';
import type { FindingCode } from './catalogue.ts';
import { TextLines } from './text-lines.ts';
import { quoted } from './yaml-quote.ts';

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
export function explainYamlErrors(text: string, errors: readonly Pick<YAMLError, 'code' | 'message' | 'pos'>[], fields?: ReadonlySet<string>): PlainError[] {
  const lines = new TextLines(text);
  // Without the format's field names, lowercase words joined by `_` stand for them: "Note:" in
  // prose is not a field.
  const isField = (name: string) => (fields ? fields.has(name) : /^[a-z][a-z0-9_]*$/.test(name));
  const explained: PlainError[] = [];
  const first = indentedFirstField(lines);
  if (first && errors.some((error) => error.code !== 'DUPLICATE_KEY')) return [first];
  // Errors are checked in the order they occur in the text, so one running end is enough.
  let claimedUntil = -1;
  const ordered = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  let itemsUntil = -1;
  for (const error of ordered) {
    if (error.code === 'DUPLICATE_KEY') {
      // Each repeated field is its own mistake, found after the text was read, unless it comes
      // from an item of a list that lost its `-`: then the item's other fields repeat too.
      if (error.pos[0] < itemsUntil) continue;
      const item = itemWithoutDash(lines, error.pos[0]);
      if (item) itemsUntil = lines.region(lines.indexAt(error.pos[0]))[1];
      explained.push(item ?? duplicateKey(text, error.pos[0]));
      continue;
    }
    if (error.pos[0] < claimedUntil) continue;
    const plain = explain(lines, error, isField);
    if (plain.start < claimedUntil) continue;
    explained.push(plain);
    const from = lines.indexAt(Math.max(error.pos[1], plain.end, error.pos[0]));
    // After "… in YAML stream" the parser has given up on the rule: every line after is an error.
    claimedUntil = / in YAML stream/.test(error.message) ? text.length : lines.region(from)[1];
  }
  return explained;
}

/** `*Always*` as a value is read as a reference to an anchor named `Always*` that does not exist. */
export function explainUnresolvedAlias(text: string, offset: number): PlainError {
  return reservedStart(new TextLines(text), offset);
}

type IsField = (name: string) => boolean;

function explain(lines: TextLines, error: Pick<YAMLError, 'code' | 'message' | 'pos'>, isField: IsField): PlainError {
  const [start] = error.pos;
  if (/Maximum call stack/.test(error.message)) {
    return { code: 'too-deep', start, end: error.pos[1], message: 'the file nests lists or groups too deeply to read' };
  }
  const explained = (() => {
    switch (error.code) {
      case 'TAB_AS_INDENT': return tabIndent(lines, start);
      case 'BLOCK_AS_IMPLICIT_KEY':
        return /block sequence/.test(error.message) ? listAfterFields(lines, start) : valueRunsOn(lines, start, isField);
      case 'MULTILINE_IMPLICIT_KEY': return notAField(lines, start, isField);
      case 'BAD_INDENT': return /^Flow (sequence|map)/.test(error.message) ? unclosedBracket(lines, start) : misaligned(lines, start, isField);
      case 'MISSING_CHAR':
        if (/Missing closing/.test(error.message)) return unclosedQuote(lines, start);
        if (/Sequence item without/.test(error.message)) return misaligned(lines, start, isField);
        return notAField(lines, start, isField);
      case 'UNEXPECTED_TOKEN': return /Unexpected scalar at node end/.test(error.message) ? textAfterValue(lines, start) : undefined;
      case 'BAD_SCALAR_START': return reservedStart(lines, start);
      case 'BAD_DQ_ESCAPE': return badEscape(error);
      case 'MULTIPLE_DOCS': return secondDocument(lines, start);
      default: return undefined;
    }
  })();
  return explained ?? generic(lines, error);
}

// ---- one explanation per kind of mistake ----------------------------------------------------

function tabIndent(lines: TextLines, offset: number): PlainError {
  const index = lines.indexAt(offset);
  const start = lines.start(index);
  return { code: 'yaml-tab', start, end: start + /^[ \t]*/.exec(lines.content(index))![0].length,
    message: 'the line is indented with a tab; YAML needs spaces' };
}

/**
 * `color: red` followed by ` category: Fees` (one space too far in): the parser stops at `red`,
 * but the line to change is the one below. `title: Note: phones off` stops at the same place.
 */
function valueRunsOn(lines: TextLines, offset: number, isField: IsField): PlainError | undefined {
  const index = lines.indexAt(offset);
  const dash = /^( *)-(?=[^\s-])/.exec(lines.content(index));
  if (dash) {
    const start = lines.start(index) + dash[1]!.length;
    return { code: 'yaml-missing-dash', start, end: start + 1,
      message: 'the `-` of a list item needs a space after it', hint: 'Write a space between `-` and the text after it.' };
  }
  const owner = fieldOn(lines.content(index));
  if (!owner) return undefined;
  const value = withoutComment(lines.text.slice(offset, lines.start(index) + lines.content(index).length));
  if (/:(\s|$)/.test(value)) return colonInText(offset, owner.key, value);
  for (let i = index + 1; i < lines.count; i++) {
    if (lines.isEmpty(i)) continue;
    if (lines.indent(i) <= owner.column) break;
    const field = fieldOn(lines.content(i));
    if (!field) continue;
    const start = lines.start(i) + field.column;
    const first = isField(field.key) ? firstFieldOff(lines, index, owner, field) : undefined;
    if (first) return first;
    if (isField(field.key)) {
      return { code: 'yaml-indent', start, end: start + field.key.length + 1,
        message: `\`${field.key}:\` is indented further than \`${owner.key}:\` above it, so it does not start a field of its own`,
        hint: `Move \`${field.key}:\` left to line up with \`${owner.key}:\`.` };
    }
    return { code: 'yaml-colon-in-text', start, end: start + field.key.length + 1,
      message: `the text of \`${owner.key}\` has \`${field.key}: \` in it, which YAML reads as the start of a field`,
      hint: `Put the whole text of \`${owner.key}\` in quotes, or write \`${owner.key}: >-\` and the text on the lines below it, indented.` };
  }
  return undefined;
}

/**
 * A list item (`- …`) where yaml expected a field: an item indented one step too far, or
 * `examples:` whose first item lost its `-` (yaml reads that item as fields of `examples` and
 * only complains at the next item, which is correct).
 */
function listAfterFields(lines: TextLines, offset: number): PlainError | undefined {
  const index = lines.indexAt(offset);
  const dash = lines.indent(index);
  let opener: number | undefined;
  for (let i = lines.previousContent(index); i !== undefined; i = lines.previousContent(i)) {
    if (lines.indent(i) < dash) { opener = i; break; }
    if (lines.isTopLevel(i)) break;
  }
  if (opener === undefined) return undefined;
  const itemAbove = /^( *)-(\s|$)/.exec(lines.content(opener));
  if (itemAbove) {
    // A new item one step further in than the item above: it lands among that item's fields.
    const start = lines.start(index) + dash;
    const field = fieldOn(lines.content(index));
    const what = field ? `\`- ${field.key}:\`` : 'this item';
    return { code: 'yaml-indent', start, end: start + 1,
      message: `${what} is indented further than the \`-\` of the item above`,
      hint: `Move ${what} left to line up with the \`-\` above, ${itemAbove[1]!.length} spaces in.` };
  }
  const group = fieldOn(lines.content(opener));
  if (!group || !isGroupStart(lines.content(opener))) return undefined;
  const first = lines.nextContent(opener + 1)!;
  if (first >= index) return undefined;
  const firstItem = /^( *)-(\s|$)/.exec(lines.content(first));
  if (firstItem) {
    // The list has items already: this one is not lined up with them.
    const start = lines.start(index) + dash;
    const own = fieldOn(lines.content(index));
    const what = own ? `\`- ${own.key}:\`` : 'this item';
    const column = firstItem[1]!.length;
    return { code: 'yaml-indent', start, end: start + 1,
      message: `${what} is not lined up with the \`-\` of the items above`,
      hint: `Move ${what} ${dash < column ? 'right' : 'left'} to line up with the \`-\` above, ${column} spaces in.` };
  }
  const field = fieldOn(lines.content(first));
  if (!field) return undefined;
  const start = lines.start(first) + field.column;
  return { code: 'yaml-missing-dash', start, end: start + field.key.length + 1,
    message: `\`${field.key}:\` starts the first item of the list \`${group.key}\`, but has no \`-\` in front`,
    hint: `Write \`- \` in front of \`${field.key}:\`, with the \`-\` lined up with the \`-\` of the other items of \`${group.key}\`, ${dash} spaces in.` };
}

function colonInText(offset: number, key: string, value: string): PlainError {
  return { code: 'yaml-colon-in-text', start: offset, end: offset + value.length,
    message: 'the text has `: ` (a colon and a space) in it, which YAML reads as the start of a field',
    hint: `Put the text in quotes: \`${key}: ${quoted(value)}\`` };
}

/** A line the parser took for the start of a field name that goes on to the next line. */
function notAField(lines: TextLines, offset: number, isField: IsField): PlainError | undefined {
  const index = lines.nextContent(lines.indexAt(offset));
  if (index === undefined) return undefined;
  if (startsWithTab(lines, index)) return tabIndent(lines, lines.start(index));
  const line = lines.content(index);
  const start = lines.start(index) + lines.indent(index);
  const end = lines.start(index) + line.trimEnd().length;
  const previous = lines.previousContent(index);
  const above = previous === undefined ? undefined : fieldOn(lines.content(previous));
  if (above && previous !== undefined && isBlockHeader(lines.content(previous)) && lines.indent(index) <= above.column) {
    // `bend:` then `    how: >-`: the text is where it should be, `how:` is a step too far in.
    const opener = lines.previousContent(previous);
    const group = opener === undefined ? undefined : fieldOn(lines.content(opener));
    if (group && isGroupStart(lines.content(opener!)) && lines.indent(previous) > group.column + 2) {
      const at = lines.start(previous) + above.column;
      return { code: 'yaml-indent', start: at, end: at + above.key.length + 1,
        message: `\`${above.key}:\` is indented further than its text below it`,
        hint: `Move \`${above.key}:\` left to ${group.column + 2} spaces in, as the fields under \`${group.key}:\` usually are.` };
    }
    return { code: 'yaml-indent', start, end,
      message: `the text of \`${above.key}\` must be indented under \`${above.key}:\``,
      hint: `Indent the text lines below \`${above.key}:\` by two more spaces than \`${above.key}:\` itself.` };
  }
  const noSpace = /^(\s*(?:- +)?)([^\s:#'"][^:#]*?):(\S.*)$/.exec(line);
  if (noSpace && !noSpace[3]!.startsWith(':')) {
    const key = noSpace[2]!;
    return { code: 'yaml-missing-colon', start, end,
      message: `\`${key}:\` needs a space after the colon`, hint: `Write \`${key}: ${noSpace[3]!.trim()}\`.` };
  }
  if (!line.includes(':')) {
    const [first = '', ...rest] = line.trim().split(/\s+/);
    if (isField(first)) {
      return { code: 'yaml-missing-colon', start, end,
        message: `\`${first}\` needs a colon after it`, hint: `Write \`${first}: ${rest.join(' ')}\`.` };
    }
    const continues = above && !isBlockHeader(lines.content(previous!)) && /:\s*\S/.test(lines.content(previous!));
    return { code: 'yaml-missing-colon', start, end,
      message: 'this line has no colon, so it is not a `field: value` line',
      hint: continues
        ? `If it continues the text of \`${above.key}\` above, indent it by two spaces. If it is a field, write a colon and a space after its name: \`${first}: …\`.`
        : `Write a colon and a space after the field name: \`${first}: …\`.` };
  }
  return undefined;
}

/** "All mapping items must start at the same column": a field (or list item) out of line. */
function misaligned(lines: TextLines, offset: number, isField: IsField): PlainError | undefined {
  // "Staff only: …" in a text is not a field: only names the format knows count here.
  const fieldOn = (line: string) => {
    const found = fieldOnLine(line);
    return found && isField(found.key) ? found : undefined;
  };
  // The parser points at the start of the line after the last good one, which may be a comment.
  const index = lines.nextContent(lines.indexAt(offset));
  if (index === undefined) return undefined;
  // Inside a block of text yaml does not say "tab": it only sees a line indented too little.
  if (startsWithTab(lines, index)) return tabIndent(lines, lines.start(index));
  const indent = lines.indent(index);
  const field = fieldOn(lines.content(index));
  const start = lines.start(index) + indent;
  const end = lines.start(index) + lines.content(index).trimEnd().length;

  const item = listItemAbove(lines, index, indent, fieldOn);
  if (item) {
    if (!field || item.keys.has(field.key)) {
      return { code: 'yaml-missing-dash', start, end,
        message: `${field ? `\`${field.key}:\`` : 'this line'} is lined up with the \`-\` of the list items above, but has no \`-\` in front`,
        hint: field
          ? `Write \`- \` in front of \`${field.key}:\` to start a new item, as above, and line up the item's other fields with \`${field.key}:\`.`
          : 'Write `- ` in front of it, as in the items above.' };
    }
    const first = item.field ? firstFieldOff(lines, item.index, item.field, field) : undefined;
    return first ?? moveTo(start, field.key, 'right', item.first);
  }

  // The nearest field above says where this line was probably meant to go.
  let above: { key: string; column: number; index: number } | undefined;
  for (let i = lines.previousContent(index); i !== undefined; i = lines.previousContent(i)) {
    const found = fieldOn(lines.content(i));
    if (found) { above = { ...found, index: i }; break; }
    if (lines.isTopLevel(i)) break;
  }
  if (!above) return undefined;
  if (!field) {
    if (isBlockHeader(lines.content(above.index))) {
      // The first line of a block text sets its indentation. When it alone is one step off (the
      // lines after it two spaces in, as usual), it is the line to change.
      const firstText = lines.nextContent(above.index + 1);
      const usual = above.column + 2;
      if (firstText !== undefined && firstText < index && lines.indent(firstText) > usual && indent === usual) {
        const at = lines.start(firstText) + lines.indent(firstText);
        return { code: 'yaml-indent', start: at, end: lines.start(firstText) + lines.content(firstText).trimEnd().length,
          message: `the first line of the text of \`${above.key}\` is indented further than the lines after it`,
          hint: `Indent all lines of the text of \`${above.key}\` by the same number of spaces, ${usual} here.` };
      }
      return { code: 'yaml-indent', start, end,
        message: `this line of the text of \`${above.key}\` is indented less than the lines before it`,
        hint: `Indent all lines of the text of \`${above.key}\` by the same number of spaces.` };
    }
    return undefined;
  }
  const first = firstFieldOff(lines, above.index, above, field);
  if (first) return first;
  if (above.column < indent) return moveTo(start, field.key, 'left', above.key);
  if (above.column === indent) return undefined;
  let parent: string | undefined;
  for (let i = lines.previousContent(above.index); i !== undefined; i = lines.previousContent(i)) {
    const found = fieldOn(lines.content(i));
    if (found && found.column < indent) { parent = found.key; break; }
    if (lines.isTopLevel(i)) break;
  }
  const plain = moveTo(start, field.key, 'right', above.key);
  if (parent) plain.hint = `${plain.hint!.slice(0, -1)} above it, or left to line up with \`${parent}:\` if it does not belong under \`${parent}\`.`;
  return plain;
}

/**
 * The first field under a group (`bend:`, or a list item's `- `) sets the column of the fields
 * after it. When it alone is off the usual two spaces in, and the field after it (`next`) is on
 * them, yaml blames the next field, but the first one is the line to change.
 */
function firstFieldOff(lines: TextLines, index: number, owner: { key: string; column: number }, next: { key: string; column: number }): PlainError | undefined {
  const opener = lines.previousContent(index);
  if (opener === undefined || !isGroupStart(lines.content(opener))) return undefined;
  const group = fieldOn(lines.content(opener));
  if (!group) return undefined;
  const usual = group.column + 2;
  const dash = /^( *)- +/.exec(lines.content(index));
  const lead = dash ? dash[1]!.length : owner.column;
  if (lead === usual || next.column !== usual + (owner.column - lead)) return undefined;
  const start = lines.start(index) + lead;
  const further = lead > usual;
  const direction = further ? 'left' : 'right';
  if (dash) {
    return { code: 'yaml-indent', start, end: start + 1,
      message: `\`- ${owner.key}:\` is indented ${further ? 'further' : 'less'} than the fields of its item`,
      hint: `Move \`- ${owner.key}:\` ${direction} so that the \`-\` is ${usual} spaces in and \`${owner.key}:\` lines up with \`${next.key}:\`.` };
  }
  return { code: 'yaml-indent', start, end: start + owner.key.length + 1,
    message: `\`${owner.key}:\` is indented ${further ? 'further' : 'less'} than the other fields of \`${group.key}\``,
    hint: `Move \`${owner.key}:\` ${direction} to line up with \`${next.key}:\`, ${usual} spaces in.` };
}

function moveTo(start: number, key: string, direction: 'left' | 'right', target: string): PlainError {
  return { code: 'yaml-indent', start, end: start + key.length + 1,
    message: `\`${key}:\` is not lined up with the fields above it`,
    hint: `Move \`${key}:\` ${direction} to line up with \`${target}:\`.` };
}

/** The list item (`- …` at the same indentation) that `index` follows, with the fields it has. */
interface ItemAbove {
  /** The line of the item's `-`, and the field written after it. */
  index: number;
  field: { key: string; column: number } | undefined;
  first: string;
  keys: Set<string>;
}

function listItemAbove(lines: TextLines, index: number, indent: number, fieldOn: (line: string) => { key: string; column: number } | undefined): ItemAbove | undefined {
  const keys = new Set<string>();
  for (let i = lines.previousContent(index); i !== undefined; i = lines.previousContent(i)) {
    const own = lines.indent(i);
    if (own < indent) return undefined;
    const found = fieldOn(lines.content(i));
    if (own > indent) {
      if (found) keys.add(found.key);
      continue;
    }
    if (!/^\s*-(\s|$)/.test(lines.content(i))) return undefined;
    if (found) keys.add(found.key);
    return { index: i, field: found, first: found?.key ?? '', keys };
  }
  return undefined;
}

function unclosedQuote(lines: TextLines, offset: number): PlainError | undefined {
  const opening = lastQuotedScalarBefore(lines.text, offset);
  if (opening === undefined) return undefined;
  const quote = lines.text[opening]!;
  return { code: 'yaml-unclosed-quote', start: opening, end: opening + 1,
    message: `the text that starts with ${quote} here has no closing ${quote}`,
    hint: `Add a closing ${quote} where the text ends, on the same line.` };
}

function unclosedBracket(lines: TextLines, offset: number): PlainError | undefined {
  // The parser notices at the next field; the bracket that was never closed is the last one opened.
  const before = lines.text.slice(0, offset);
  const opening = Math.max(before.lastIndexOf('['), before.lastIndexOf('{'));
  if (opening < 0) return undefined;
  const [open, close, what, example] = lines.text[opening] === '['
    ? ['[', ']', 'list', 'tags: [mobile, cell]'] : ['{', '}', 'group', 'bend: {ask: Supervisor on duty}'];
  return { code: 'yaml-unclosed-bracket', start: opening, end: opening + 1,
    message: `the ${what} that starts with \`${open}\` here has no closing \`${close}\``,
    hint: `Add \`${close}\` after the last item, e.g. \`${example}\`.` };
}

/**
 * `title: "Quiet" rooms`, or `'You're welcome'` where the apostrophe ends the quoted text, or
 * `*Always* show…`, where `*Always*` was read as a reference to an anchor.
 */
function textAfterValue(lines: TextLines, offset: number): PlainError | undefined {
  const index = lines.indexAt(offset);
  const line = lines.content(index);
  const valueStart = /^( *(?:- +)?(?:[^\s#:'"\-[\]{}][^#:]*? *: +)?)/.exec(line)![1]!.length;
  if (/^[*&!]/.test(line.slice(valueStart))) return reservedStart(lines, lines.start(index) + valueStart);
  const column = offset - lines.start(index);
  const closing = line.slice(0, column).trimEnd().length - 1;
  const quote = line[closing];
  if (quote !== '"' && quote !== "'") return undefined;
  const owner = fieldOn(line);
  const opening = line.indexOf(quote, owner ? owner.column + owner.key.length + 1 : 0);
  const value = withoutComment(line.slice(opening)).trimEnd();
  const apostrophe = quote === "'" && /\w$/.test(line.slice(0, closing)) && /^\w/.test(line.slice(closing + 1));
  // The quotes around the text are kept only when they are part of it, as in `"Quiet" rooms`.
  const intended = apostrophe ? value.replace(/^'|'$/g, '') : value.length > 1 && value.endsWith(quote) ? value.slice(1, -1) : value;
  const fix = `Put the whole text in one pair of quotes: \`${owner ? `${owner.key}: ` : ''}${quoted(intended)}\``;
  if (apostrophe) {
    const around = /\w+$/.exec(line.slice(0, closing))![0] + "'" + /^\w+/.exec(line.slice(closing + 1))![0];
    const start = lines.start(index) + closing;
    return { code: 'yaml-text-after-quote', start, end: start + 1,
      message: `the apostrophe in "${around}" ends the text that started with '`, hint: fix };
  }
  return { code: 'yaml-text-after-quote', start: offset, end: lines.start(index) + line.trimEnd().length,
    message: `the text goes on after its closing ${quote}`, hint: fix };
}

function reservedStart(lines: TextLines, offset: number): PlainError {
  const index = lines.indexAt(offset);
  const lineEnd = lines.start(index) + lines.content(index).length;
  const value = withoutComment(lines.text.slice(offset, lineEnd)).trimEnd();
  const character = lines.text[offset]!;
  const name = character === '`' ? 'a backtick (`)' : `\`${character}\``;
  const owner = fieldOn(lines.content(index));
  const key = owner && lines.start(index) + owner.column < offset ? `${owner.key}: ` : '';
  return { code: 'yaml-reserved-start', start: offset, end: offset + Math.max(1, value.length),
    message: `text cannot start with ${name} unless it is in quotes`,
    hint: `Put the text in quotes: \`${key}${quoted(value)}\`` };
}

function badEscape(error: Pick<YAMLError, 'message' | 'pos'>): PlainError {
  const sequence = /Invalid escape sequence (\S+)/.exec(error.message)?.[1] ?? '\\';
  return { code: 'yaml-syntax', start: error.pos[0], end: error.pos[1] + 1,
    message: `\`${sequence}\` cannot be written in text between double quotes: a backslash there starts a code such as \`\\n\``,
    hint: 'Put the text between single quotes instead, or write the backslash twice (`\\\\`).' };
}

function secondDocument(lines: TextLines, offset: number): PlainError {
  const index = lines.indexAt(offset);
  const start = lines.start(index);
  return { code: 'yaml-syntax', start, end: start + lines.content(index).length,
    message: 'the `---` line starts a second document, but a rule file holds one rule',
    hint: 'Remove the `---` line; put any other rule in a file of its own.' };
}

/** `situation:` again in the same list item: the start of a new item that has no `-`. */
function itemWithoutDash(lines: TextLines, offset: number): PlainError | undefined {
  const index = lines.indexAt(offset);
  const field = fieldOn(lines.content(index));
  if (!field || field.column !== lines.indent(index) || field.column < 2) return undefined;
  for (let i = lines.previousContent(index); i !== undefined; i = lines.previousContent(i)) {
    if (lines.indent(i) >= field.column) continue;
    const item = /^( *)- +/.exec(lines.content(i));
    if (!item || item[0].length !== field.column) return undefined;
    const start = lines.start(index) + field.column;
    return { code: 'yaml-missing-dash', start, end: start + field.key.length + 1,
      message: `\`${field.key}:\` appears twice in the same item of the list: it starts a new item, but has no \`-\` in front`,
      hint: `Write \`- \` in front of \`${field.key}:\`, lined up with the \`-\` of the item above.` };
  }
  return undefined;
}

function duplicateKey(text: string, offset: number): PlainError {
  const key = (/^[^:\n]*/.exec(text.slice(offset, offset + 1024))?.[0] ?? '').trim().replace(/^["']|["']$/g, '');
  return { code: 'yaml-duplicate-key', start: offset, end: offset + key.length, field: key, message: `\`${key}\` appears more than once` };
}

function generic(lines: TextLines, error: Pick<YAMLError, 'message' | 'pos'>): PlainError {
  // Never point at a comment or a blank line: move on to the next line that says something.
  const at = lines.indexAt(error.pos[0]);
  const moved = lines.isEmpty(at) ? lines.nextContent(at) : undefined;
  const start = moved === undefined ? error.pos[0] : lines.start(moved) + lines.indent(moved);
  return { code: 'yaml-syntax', start, end: Math.max(start, moved === undefined ? error.pos[1] : start + 1), message: cleanYamlMessage(error.message) };
}

// ---- reading a line ---------------------------------------------------------------------------

const fieldOn = fieldOnLine;

function startsWithTab(lines: TextLines, index: number): boolean {
  return /^ *\t/.test(lines.content(index));
}

/**
 * ` id: phone-calls` as the first line: the rule's fields then start one step in, and every
 * later field at the left edge is an error of its own. The first field is the line to change.
 */
function indentedFirstField(lines: TextLines): PlainError | undefined {
  let index = lines.nextContent(0);
  while (index !== undefined && /^(%|---)/.test(lines.content(index))) index = lines.nextContent(index + 1);
  if (index === undefined || lines.indent(index) === 0) return undefined;
  const field = fieldOn(lines.content(index));
  if (!field || field.column !== lines.indent(index)) return undefined;
  for (let i = lines.nextContent(index + 1); i !== undefined; i = lines.nextContent(i + 1)) {
    if (lines.indent(i) < field.column && fieldOn(lines.content(i))) {
      const start = lines.start(index) + field.column;
      return { code: 'yaml-indent', start, end: start + field.key.length + 1,
        message: `\`${field.key}:\` is indented, but the fields of a file start at the left edge`,
        hint: `Remove the spaces before \`${field.key}:\`.` };
    }
  }
  return undefined;
}

/** The field a line starts with (`  how: …`, `- situation: …`) and its 0-based column. */
function fieldOnLine(line: string): { key: string; column: number } | undefined {
  const match = /^( *(?:- +)?)([^\s#:'"\-[\]{}][^#:]*?) *:(?=\s|$)/.exec(line);
  return match ? { key: match[2]!, column: match[1]!.length } : undefined;
}

/** `bend:` with nothing after it: the fields below belong to it. */
function isGroupStart(line: string): boolean {
  return /:\s*(#.*)?$/.test(line);
}

function isBlockHeader(line: string): boolean {
  return /:\s+[|>][-+0-9]*\s*(#.*)?$/.test(line);
}

function withoutComment(value: string): string {
  return value.replace(/\s+#.*$/, '');
}

/** Offset of the opening quote of the last quoted text that starts before `offset`. */
function lastQuotedScalarBefore(text: string, offset: number): number | undefined {
  let found: number | undefined;
  // An explicit stack: a hostile file can nest brackets deeper than the call stack goes.
  const stack: unknown[] = [];
  for (const token of new Parser().parse(text)) stack.push(token);
  while (stack.length > 0) {
    const token = stack.pop();
    if (typeof token !== 'object' || token === null) continue;
    const { type, offset: at } = token as { type?: string; offset?: number };
    if ((type === 'double-quoted-scalar' || type === 'single-quoted-scalar') && at !== undefined && at <= offset) {
      if (found === undefined || at > found) found = at;
    }
    for (const value of Object.values(token)) if (typeof value === 'object' && value !== null) stack.push(value);
  }
  return found;
}

// yaml's messages end with the code position in prose ("at line 3, column 5"), which we already give.
function cleanYamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}
