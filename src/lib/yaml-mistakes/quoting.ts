// Text that YAML reads differently unless it is in quotes, and quotes or brackets left open.
import { Parser, type YAMLError } from 'yaml';
import type { TextLines } from '../text-lines.ts';
import type { PlainError } from '../yaml-errors.ts';
import { quoted } from '../yaml-quote.ts';
import { fieldOn, withoutComment } from './line.ts';

export function colonInText(offset: number, key: string, value: string): PlainError {
  return {
    code: 'yaml-colon-in-text',
    start: offset,
    end: offset + value.length,
    message: 'the text has `: ` (a colon and a space) in it, which YAML reads as the start of a field',
    hint: `Put the text in quotes: \`${key}: ${quoted(withoutCurlyQuotes(value))}\``,
  };
}

export function unclosedQuote(lines: TextLines, offset: number): PlainError | undefined {
  const opening = lastQuotedScalarBefore(lines.text, offset);
  if (opening === undefined) return undefined;
  const quote = lines.text[opening]!;
  const index = lines.indexAt(opening);
  const rest = lines
    .content(index)
    .slice(opening - lines.start(index) + 1)
    .trimEnd();
  // Pasted from a word processor, the text ends with a curly ” where YAML looks for a straight
  // one; the excerpt is cut before the line's end, so it did not show (found by a new-user trial).
  const curly = quote === '"' ? /[”“]$/u.exec(rest) : /[’‘]$/u.exec(rest);
  if (curly)
    return {
      code: 'yaml-unclosed-quote',
      start: opening,
      end: opening + 1,
      message: `the text that starts with ${quote} here ends with a curly ${curly[0]}, which YAML does not read as its closing ${quote}`,
      hint: `Replace the curly ${curly[0]} at the end of the line with a straight ${quote}.`,
    };
  // The text goes on to a line below that is not indented: the closing quote is there, but YAML
  // stops reading the text at the line's left edge. "Add a closing quote on the same line" had
  // split the text, and the next line was then taken for a field (found by a new-user trial).
  const closedBelow = closingLineBelow(lines, index, quote);
  if (closedBelow !== undefined)
    return {
      code: 'yaml-unclosed-quote',
      start: opening,
      end: opening + 1,
      message: `the text that starts with ${quote} here goes on to line ${closedBelow + 1}, which is not indented, so YAML does not read it as part of the text`,
      hint: `Indent the lines after the first by two spaces, or write the whole text on one line.`,
    };
  return {
    code: 'yaml-unclosed-quote',
    start: opening,
    end: opening + 1,
    message: `the text that starts with ${quote} here has no closing ${quote}`,
    hint: `Add a closing ${quote} where the text ends, on the same line.`,
  };
}

/** The line below `index` that holds the closing quote, before the next field starts at the left edge. */
function closingLineBelow(lines: TextLines, index: number, quote: string): number | undefined {
  for (let next = lines.nextContent(index + 1); next !== undefined; next = lines.nextContent(next + 1)) {
    const line = lines.content(next);
    // A field (`public_why: "…"`) is no line of this text, even when its own text is quoted (found by a review).
    if (lines.indent(next) > 0 || fieldOn(line)) return undefined;
    if (line.trimEnd().endsWith(quote)) return next;
  }
  return undefined;
}

export function unclosedBracket(lines: TextLines, offset: number): PlainError | undefined {
  // The parser notices at the next field; the bracket that was never closed is the last one opened.
  const before = lines.text.slice(0, offset);
  const opening = Math.max(before.lastIndexOf('['), before.lastIndexOf('{'));
  if (opening < 0) return undefined;
  const [open, close, what, example] =
    lines.text[opening] === '[' ? ['[', ']', 'list', 'tags: [mobile, cell]'] : ['{', '}', 'group', 'bend: {ask: Supervisor on duty}'];
  return {
    code: 'yaml-unclosed-bracket',
    start: opening,
    end: opening + 1,
    message: `the ${what} that starts with \`${open}\` here has no closing \`${close}\``,
    hint: `Add \`${close}\` after the last item, e.g. \`${example}\`.`,
  };
}

/**
 * `title: "Quiet" rooms`, or `'You're welcome'` where the apostrophe ends the quoted text, or
 * `*Always* show…`, where `*Always*` was read as a reference to an anchor.
 */
export function textAfterValue(lines: TextLines, offset: number): PlainError | undefined {
  const index = lines.indexAt(offset);
  const line = lines.content(index);
  const valueStart = valueStartOn(line);
  if (/^[*&!]/.test(line.slice(valueStart))) return reservedStart(lines, lines.start(index) + valueStart);
  const column = offset - lines.start(index);
  const closing = line.slice(0, column).trimEnd().length - 1;
  const quote = line[closing];
  const owner = fieldOn(line);
  if (quote === ']' || quote === '}') {
    // `title: [Draft] Phone calls`: text that starts with a bracket is read as a list or group.
    const value = withoutComment(line.slice(valueStart)).trimEnd();
    return {
      code: 'yaml-text-after-quote',
      start: offset,
      end: lines.start(index) + line.trimEnd().length,
      message: `the text goes on after the closing \`${quote}\`: text that starts with \`${line[valueStart]}\` is read as a ${quote === ']' ? 'list' : 'group'}`,
      hint: `Put the whole text in quotes: \`${owner ? `${owner.key}: ` : ''}${quoted(value)}\``,
    };
  }
  if (quote !== '"' && quote !== "'") return undefined;
  const opening = line.indexOf(quote, owner ? owner.column + owner.key.length + 1 : 0);
  const value = withoutComment(line.slice(opening)).trimEnd();
  const apostrophe = quote === "'" && /\w$/.test(line.slice(0, closing)) && /^\w/.test(line.slice(closing + 1));
  // The quotes around the text are kept only when they are part of it, as in `"Quiet" rooms`.
  const intended = apostrophe ? value.replace(/^'|'$/g, '') : value.length > 1 && value.endsWith(quote) ? value.slice(1, -1) : value;
  const fix = `Put the whole text in one pair of quotes: \`${owner ? `${owner.key}: ` : ''}${quoted(intended)}\``;
  if (apostrophe) {
    const around = /\w+$/.exec(line.slice(0, closing))![0] + "'" + /^\w+/.exec(line.slice(closing + 1))![0];
    const start = lines.start(index) + closing;
    return {
      code: 'yaml-text-after-quote',
      start,
      end: start + 1,
      message: `the apostrophe in "${around}" ends the text that started with '`,
      hint: fix,
    };
  }
  return {
    code: 'yaml-text-after-quote',
    start: offset,
    end: lines.start(index) + line.trimEnd().length,
    message: `the text goes on after its closing ${quote}`,
    hint: fix,
  };
}

/**
 * A value that starts with a character YAML reads as an instruction (`&name`, `!tag`, `|x`):
 * the error is reported somewhere on the line, the mistake is the value's first character.
 */
export function reservedValue(lines: TextLines, offset: number): PlainError | undefined {
  const index = lines.indexAt(offset);
  const start = valueStartOn(lines.content(index));
  if (!/^[&*!|>%@`]/.test(lines.content(index).slice(start))) return undefined;
  return reservedStart(lines, lines.start(index) + start);
}

/** `x: - b`: a list written on the line of its field. */
export function listOnFieldLine(lines: TextLines, offset: number): PlainError | undefined {
  const index = lines.indexAt(offset);
  const line = lines.content(index);
  const owner = fieldOn(line);
  if (!owner) return undefined;
  const start = lines.start(index) + valueStartOn(line);
  const value = withoutComment(line.slice(valueStartOn(line))).trimEnd();
  const item = value.replace(/^-\s*/, '');
  return {
    code: 'yaml-list-on-field-line',
    start,
    end: start + value.length,
    message: 'a list cannot start on the same line as its field',
    hint: `Write each item on a line of its own below \`${owner.key}:\`, as \`  - ${item}\`; if it is text, put it in quotes: \`${owner.key}: ${quoted(value)}\``,
  };
}

/** Where the value of a line starts: after `field: ` or `- `. */
function valueStartOn(line: string): number {
  return /^( *(?:- +)?(?:[^\s#:'"\-[\]{}][^#:]*? *: +)?)/.exec(line)![1]!.length;
}

export function reservedStart(lines: TextLines, offset: number): PlainError {
  const index = lines.indexAt(offset);
  const lineEnd = lines.start(index) + lines.content(index).length;
  const value = withoutComment(lines.text.slice(offset, lineEnd)).trimEnd();
  const character = lines.text[offset]!;
  const name = character === '`' ? 'a backtick (`)' : `\`${character}\``;
  const owner = fieldOn(lines.content(index));
  const key = owner && lines.start(index) + owner.column < offset ? `${owner.key}: ` : '';
  return {
    code: 'yaml-reserved-start',
    start: offset,
    end: offset + Math.max(1, value.length),
    message: `text cannot start with ${name} unless it is in quotes`,
    hint: `Put the text in quotes: \`${key}${quoted(value)}\``,
  };
}

export function badEscape(lines: TextLines, error: Pick<YAMLError, 'message' | 'pos'>): PlainError {
  const sequence = /Invalid escape sequence (\S+)/.exec(error.message)?.[1] ?? '\\';
  // `ask: "S:\Policies"`: the same text between single quotes has no codes.
  const index = lines.indexAt(error.pos[0]);
  const line = lines.content(index);
  const column = error.pos[0] - lines.start(index);
  const opening = line.lastIndexOf('"', column);
  const closing = line.indexOf('"', column);
  const owner = fieldOn(line);
  const single = opening >= 0 && closing > opening ? `'${line.slice(opening + 1, closing).replace(/'/g, "''")}'` : undefined;
  return {
    code: 'yaml-bad-escape',
    start: error.pos[0],
    end: error.pos[1] + 1,
    message: `\`${sequence}\` cannot be written in text between double quotes: a backslash there starts a code such as \`\\n\``,
    hint: single
      ? `Put the text between single quotes instead: \`${owner ? `${owner.key}: ` : ''}${single}\``
      : 'Put the text between single quotes instead, or write the backslash twice (`\\\\`).',
  };
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

/**
 * Text a word processor quoted (“Study rooms: booking”) meant those marks as quotes: the fix
 * quotes it with YAML's straight ones instead, or the curly ones would be published too (found by
 * a new-user trial).
 */
function withoutCurlyQuotes(value: string): string {
  const curly = /^\s*([“‘])(.*)([”’])\s*$/u.exec(value);
  return curly && (curly[1] === '“') === (curly[3] === '”') ? curly[2]! : value;
}
