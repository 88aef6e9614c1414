/**
 * Reads the plain shape almost every rule file is written in, without building a YAML document:
 * `field: text` lines (the text plain or in quotes with no escapes), `true`/`false`, nested
 * fields, `>-` blocks of text, `[a, b]` word lists and `- ` lists. Anything else, or anything
 * this reader is not sure of (escapes, comments after the first field, tabs, a value that would
 * read as a number or null, a place where yaml-traps.ts would warn), gives undefined and the
 * file goes to yaml. What it reads is exactly what yaml reads (yaml-plain.test.ts compares the
 * two on the sample book, on generated rules and on 40,000 generated files a run).
 *
 * Why: building yaml's document was most of a check (1.1 s in each of two threads at 10,000
 * rules, and the garbage it left), to hand back data this shape spells out line by line: 0.1 s
 * for the 10,000 files here. Places are still found by yaml, which parses a file again only
 * when a finding needs one.
 */
import { Document } from 'yaml';
// A line of a block of text that yaml-traps.ts may take for a field indented into it.
import { FIELD_IN_TEXT } from './yaml-traps.ts';

/** The read data, or undefined when the file is not in the plain shape. */
export function readPlainYaml(text: string): Record<string, unknown> | undefined {
  if (UNSURE.test(text)) return undefined;
  const lines = text.split('\n');
  const endsWithNewline = lines.at(-1) === '';
  if (endsWithNewline) lines.pop();
  const reader = new PlainReader(lines, endsWithNewline);
  // A comment is read only above the first field (the editor's schema line).
  while (reader.at < lines.length && (lines[reader.at]!.startsWith('#') || lines[reader.at] === '')) reader.at++;
  try {
    const data = reader.map(0, undefined, 0);
    return reader.at === lines.length ? data : undefined;
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}

/**
 * Characters that change how YAML reads a file, or that yaml might treat differently from how
 * this reader would: control characters (tabs, CR), unusual spaces and line breaks, a byte order
 * mark, lone surrogates, and spaces at the end of a line.
 */
const UNSURE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\ufffe\uffff\ud800-\udfff]| \n| $/u;

const NOT_PLAIN = Symbol('not plain');
const notPlain = (): never => {
  throw NOT_PLAIN;
};

/** `name:` and what follows it on the line. Names are short words yaml reads as text. */
const FIELD_LINE = /^([A-Za-z_][A-Za-z0-9_-]{0,63}):(?: (.*))?$/;

/**
 * Plain values that yaml reads as null, true/false or a number, not as text: the patterns of the
 * schema parseDocument uses, taken from yaml itself so that the two cannot disagree.
 */
const NOT_TEXT = new RegExp(
  new Document().schema.tags.flatMap((tag) => ('test' in tag && tag.test ? [`(?:${tag.test.source})`] : [])).join('|'),
);

const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;

/** A character that starts something other than plain text when it comes first. */
const INDICATOR_FIRST = /^[-?:,[\]{}#&*!|>'"%@` ]/;

/** A word of a `[a, b]` list: words and digits with `-`, `_`, `.`, `/` or `'`, single spaces between. */
const LIST_WORD = /^[\p{L}\p{N}][\p{L}\p{N}_./'-]*(?: [\p{L}\p{N}_./'-]+)*$/u;

/** Beyond this a rule is wrong anyway, and yaml and yaml-source.ts say how. */
const MAX_LEVELS = 8;

// A Map: an object's lookup would find `constructor` and `toString` too, written as text.
const BLOCK_HEADERS: ReadonlyMap<string, { folded: boolean; clip: boolean }> = new Map([
  ['>-', { folded: true, clip: false }],
  ['>', { folded: true, clip: true }],
  ['|-', { folded: false, clip: false }],
  ['|', { folded: false, clip: true }],
]);

function indentOf(line: string): number {
  let spaces = 0;
  while (line.charCodeAt(spaces) === 32) spaces++;
  return spaces;
}

class PlainReader {
  at = 0;
  private readonly lines: readonly string[];
  private readonly endsWithNewline: boolean;

  constructor(lines: readonly string[], endsWithNewline: boolean) {
    this.lines = lines;
    this.endsWithNewline = endsWithNewline;
  }

  /** The next line that is not empty, if it is indented exactly `indent`; past a deeper one, not plain. */
  private next(indent: number): string | undefined {
    while (this.lines[this.at] === '') this.at++;
    const line = this.lines[this.at];
    if (line === undefined) return undefined;
    const spaces = indentOf(line);
    if (spaces > indent) notPlain();
    return spaces === indent ? line.slice(indent) : undefined;
  }

  /** Fields at `indent`; `first` is one already read after a list's `- `. */
  map(indent: number, first: string | undefined, level: number): Record<string, unknown> {
    if (level > MAX_LEVELS) notPlain();
    const map: Record<string, unknown> = {};
    let empty = true;
    for (;;) {
      let line = first;
      first = undefined;
      if (line === undefined) {
        line = this.next(indent);
        if (line === undefined) break;
        this.at++;
      }
      const field = FIELD_LINE.exec(line) ?? notPlain();
      const name = field[1]!;
      if (Object.hasOwn(map, name) || name === '__proto__' || NOT_TEXT.test(name)) notPlain();
      map[name] = field[2] === undefined ? this.nested(indent, level) : this.value(field[2], indent);
      empty = false;
    }
    return empty ? notPlain() : map;
  }

  /** What sits on the lines under `name:`: fields or a `- ` list, indented further. */
  private nested(indent: number, level: number): unknown {
    while (this.lines[this.at] === '') this.at++;
    const line = this.lines[this.at] ?? notPlain();
    const spaces = indentOf(line);
    if (spaces <= indent) notPlain();
    return line.startsWith('- ', spaces) ? this.list(spaces, level + 1) : this.map(spaces, undefined, level + 1);
  }

  private list(indent: number, level: number): unknown[] {
    const items: unknown[] = [];
    for (let line = this.next(indent); line !== undefined; line = this.next(indent)) {
      if (!line.startsWith('- ')) notPlain();
      this.at++;
      const item = line.slice(2);
      items.push(FIELD_LINE.test(item) ? this.map(indent + 2, item, level + 1) : text(item));
    }
    return items;
  }

  /** A value written after `name: `, on this line or, for a block of text, on the lines below. */
  private value(written: string, indent: number): unknown {
    const block = BLOCK_HEADERS.get(written);
    if (block) return this.block(indent, block.folded, block.clip);
    if (written.startsWith('[')) return wordList(written);
    // `public: false`: the one kind of value besides text that rules are written with.
    if (TRUE.test(written)) return true;
    if (FALSE.test(written)) return false;
    return text(written);
  }

  private block(indent: number, folded: boolean, clip: boolean): string {
    const parts: string[] = [];
    let textIndent = 0;
    for (;;) {
      const line = this.lines[this.at];
      if (line === undefined) break;
      if (line === '') {
        // Empty lines inside a block are line breaks of their own; only trailing ones are plain.
        let after = this.at;
        while (this.lines[after] === '') after++;
        const following = this.lines[after];
        if (following === undefined || indentOf(following) <= indent) break;
        notPlain();
      }
      const spaces = indentOf(line);
      if (spaces <= indent) break;
      if (parts.length === 0) textIndent = spaces;
      else if (spaces !== textIndent) notPlain();
      const text = line.slice(spaces);
      if (FIELD_IN_TEXT.test(text)) notPlain();
      parts.push(text);
      this.at++;
    }
    if (parts.length === 0) notPlain();
    // Clipped text keeps its last line break, which a file ending without one does not have.
    if (clip && this.at === this.lines.length && !this.endsWithNewline) notPlain();
    return parts.join(folded ? ' ' : '\n') + (clip ? '\n' : '');
  }
}

/** Text on one line: plain, or in quotes with nothing inside that quotes would change. */
function text(written: string): string {
  const quote = written[0];
  if (quote === '"' || quote === "'") {
    const inside = written.slice(1, -1);
    if (written.length < 2 || !written.endsWith(quote) || inside.includes(quote) || inside.includes('\\')) notPlain();
    return inside;
  }
  return plainText(written);
}

function plainText(written: string): string {
  if (
    written === '' ||
    INDICATOR_FIRST.test(written) ||
    written.includes(': ') ||
    written.includes(' #') ||
    written.endsWith(':') ||
    NOT_TEXT.test(written)
  ) {
    notPlain();
  }
  return written;
}

function wordList(written: string): string[] {
  if (!written.endsWith(']')) notPlain();
  const inside = written.slice(1, -1);
  if (inside === '') return [];
  return inside.split(',').map((part, index) => {
    const word = index === 0 ? part : part.startsWith(' ') ? part.slice(1) : notPlain();
    if (!LIST_WORD.test(word) || NOT_TEXT.test(word)) notPlain();
    return word;
  });
}
