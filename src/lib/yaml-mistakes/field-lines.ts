// Lines that do not read as `field: value`: a value that runs on into the next line, a missing
// colon, a block of text that is not indented under its field.
import type { TextLines } from '../text-lines.ts';
import type { PlainError } from '../yaml-errors.ts';
import { firstFieldOff, tabIndent } from './indentation.ts';
import { fieldOn, fieldPathAt, isBlockHeader, isGroupStart, startsWithTab, withoutComment, type IsField } from './line.ts';
import { colonInText } from './quoting.ts';

/**
 * `color: red` followed by ` category: Fees` (one space too far in): the parser stops at `red`,
 * but the line to change is the one below. `title: Note: phones off` stops at the same place.
 */
export function valueRunsOn(lines: TextLines, offset: number, isField: IsField): PlainError | undefined {
  const index = lines.indexAt(offset);
  const dash = /^( *)-(?=[^\s-])/.exec(lines.content(index));
  if (dash) {
    const start = lines.start(index) + dash[1]!.length;
    return {
      code: 'yaml-missing-dash',
      start,
      end: start + 1,
      message: 'the `-` of a list item needs a space after it',
      hint: 'Write a space between `-` and the text after it.',
    };
  }
  const owner = fieldOn(lines.content(index));
  if (!owner) return undefined;
  const value = withoutComment(lines.text.slice(offset, lines.start(index) + lines.content(index).length));
  // `translations: es:` or `bend: how: …`: a group's first field written on the group's line.
  // Quoted as text, as the fix for a colon in text would have it, the Spanish fields below went
  // on to replace the English ones (found by a new-user trial).
  const nested = /^([A-Za-z][\w-]*):(?:\s|$)/.exec(value)?.[1];
  if (nested !== undefined && (owner.key === 'translations' || isField(nested))) {
    const rest = value.slice(nested.length + 1).trim();
    return {
      code: 'yaml-indent',
      start: offset,
      end: offset + nested.length + 1,
      field: owner.key,
      message: `\`${nested}:\` starts a field of \`${owner.key}\`, so it goes on a line of its own below \`${owner.key}:\``,
      hint: `Write \`${owner.key}:\` alone on its line, and \`${nested}:${rest ? ` ${rest}` : ''}\` on the next line, two spaces further in than \`${owner.key}:\`${rest ? '' : `, with its fields indented under it`}.`,
    };
  }
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
      return {
        code: 'yaml-indent',
        start,
        end: start + field.key.length + 1,
        message: `\`${field.key}:\` is indented further than \`${owner.key}:\` above it, so it does not start a field of its own`,
        hint: `Move \`${field.key}:\` left to line up with \`${owner.key}:\`.`,
      };
    }
    return {
      code: 'yaml-colon-in-text',
      start,
      end: start + field.key.length + 1,
      message: `the text of \`${owner.key}\` has \`${field.key}: \` in it, which YAML reads as the start of a field`,
      hint: `Put the whole text of \`${owner.key}\` in quotes, or write \`${owner.key}: >-\` and the text on the lines below it, indented.`,
    };
  }
  return undefined;
}

/** Words that read as a sentence of text: a capital first, a full stop (or ! ?) last. */
function isSentence(first: string, rest: readonly string[]): boolean {
  return /^\p{Lu}\p{Ll}/u.test(first) && rest.length >= 2 && /[.!?]["”’)]?$/u.test(rest.at(-1)!);
}

/** A line the parser took for the start of a field name that goes on to the next line. */
export function notAField(
  lines: TextLines,
  offset: number,
  isField: IsField,
  nearField: (name: string) => string | undefined = (name) => (isField(name) ? name : undefined),
): PlainError | undefined {
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
      return {
        code: 'yaml-indent',
        start: at,
        end: at + above.key.length + 1,
        message: `\`${above.key}:\` is indented further than its text below it`,
        hint: `Move \`${above.key}:\` left to ${group.column + 2} spaces in, as the fields under \`${group.key}:\` usually are.`,
      };
    }
    return {
      code: 'yaml-indent',
      start,
      end,
      field: fieldPathAt(lines, previous),
      message: `the text of \`${above.key}\` must be indented under \`${above.key}:\``,
      hint: `Indent the text lines below \`${above.key}:\` by two more spaces than \`${above.key}:\` itself.`,
    };
  }
  // A field without its colon (or its space) is named as the field it is, under the groups above it.
  const fieldNamed = (key: string) => [fieldPathAt(lines, index), key].filter(Boolean).join('.');
  const noSpace = /^(\s*(?:- +)?)([^\s:#'"][^:#]*?):(\S.*)$/.exec(line);
  if (noSpace && !noSpace[3]!.startsWith(':')) {
    const key = noSpace[2]!;
    return {
      code: 'yaml-missing-colon',
      start,
      end,
      field: fieldNamed(key),
      message: `\`${key}:\` needs a space after the colon`,
      hint: `Write \`${key}: ${noSpace[3]!.trim()}\`.`,
    };
  }
  if (!line.includes(':')) {
    const [first = '', ...rest] = line.trim().split(/\s+/);
    if (isField(first)) {
      return {
        code: 'yaml-missing-colon',
        start,
        end,
        field: fieldNamed(first),
        message: `\`${first}\` needs a colon after it`,
        hint: `Write \`${first}: ${rest.join(' ')}\`.`,
      };
    }
    // A field's name misspelled as well ("ownr Public services manager"): as text, it would have
    // been published with the wording above it (found by a review). A capitalised sentence ("Ask
    // at the front desk for a key.") is text that lost its indent, not the field `ask` (found by
    // a new-user trial: the fix had been `ask: at the front desk for a key.`).
    const near = isSentence(first, rest) ? undefined : nearField(first);
    if (near !== undefined) {
      return {
        code: 'yaml-missing-colon',
        start,
        end,
        field: fieldNamed(near),
        message: `\`${first}\` looks like the field \`${near}\` without its colon`,
        hint: `Write \`${near}: ${rest.join(' ')}\`.`,
      };
    }
    const text = previous === undefined ? undefined : textGoingOn(lines, previous, lines.indent(index));
    if (text)
      return {
        code: 'yaml-indent',
        start,
        end,
        field: fieldPathAt(lines, text.line),
        message: `this line looks like more of the text of \`${text.key}\` (line ${text.line + 1}), but it is indented less than the lines above it, so YAML does not read it as text`,
        hint: `Start it ${text.indent} spaces in, as the lines above it are.`,
      };
    const continues = above && !isBlockHeader(lines.content(previous!)) && /:\s*\S/.test(lines.content(previous!));
    if (continues && isSentence(first, rest))
      return {
        code: 'yaml-indent',
        start,
        end,
        field: fieldPathAt(lines, previous!),
        message: `this line reads as more of the text of \`${above.key}\` (line ${previous! + 1}), but it is not indented under \`${above.key}:\`, so YAML does not read it as text`,
        hint: `Indent it two spaces further than \`${above.key}:\`, or join it to the end of line ${previous! + 1}.`,
      };
    return {
      code: 'yaml-missing-colon',
      start,
      end,
      message: 'this line has no colon, so it is not a `field: value` line',
      hint: continues
        ? `If it continues the text of \`${above.key}\` above, indent it by two spaces. If it is a field, write a colon and a space after its name: \`${first}: …\`.`
        : `Write a colon and a space after the field name: \`${first}: …\`.`,
    };
  }
  return undefined;
}

/**
 * The field whose text the lines down to `last` are, when they are indented further than
 * `indent`: a line of `public_wording` moved to the left edge had been told to get a colon
 * ("`steps.: …`"), which would have broken the text (found by a new-user trial).
 */
function textGoingOn(lines: TextLines, last: number, indent: number): { key: string; line: number; indent: number } | undefined {
  const textIndent = lines.indent(last);
  if (textIndent <= indent || fieldOn(lines.content(last))) return undefined;
  for (let at: number | undefined = last; at !== undefined; at = lines.previousContent(at)) {
    if (lines.indent(at) >= textIndent) continue;
    const field = fieldOn(lines.content(at));
    // The text's first line: `field: >-` above it, or its start on the field's own line.
    const starts = field && field.column < textIndent && (isBlockHeader(lines.content(at)) || /:\s*\S/.test(lines.content(at)));
    return starts ? { key: field.key, line: at, indent: textIndent } : undefined;
  }
  return undefined;
}
