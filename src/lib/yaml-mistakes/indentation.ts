// Lines indented more or less than the lines they belong with, and list items without `-`.
// yaml reports these where it noticed them, often the line after the one to change.
import { isLanguageCode } from '../languages.ts';
import type { TextLines } from '../text-lines.ts';
import type { PlainError } from '../yaml-errors.ts';
import { fieldOn, isBlockHeader, isGroupStart, startsWithTab, type IsField, type LineField } from './line.ts';

export function tabIndent(lines: TextLines, offset: number): PlainError {
  const index = lines.indexAt(offset);
  const start = lines.start(index);
  return {
    code: 'yaml-tab',
    start,
    end: start + /^[ \t]*/.exec(lines.content(index))![0].length,
    message: 'the line is indented with a tab; YAML needs spaces',
  };
}

/**
 * ` id: phone-calls` as the first line: the rule's fields then start one step in, and every
 * later field at the left edge is an error of its own. The first field is the line to change.
 */
export function indentedFirstField(lines: TextLines): PlainError | undefined {
  let index = lines.nextContent(0);
  while (index !== undefined && /^(%|---)/.test(lines.content(index))) index = lines.nextContent(index + 1);
  if (index === undefined || lines.indent(index) === 0) return undefined;
  const field = fieldOn(lines.content(index));
  if (!field || field.column !== lines.indent(index)) return undefined;
  for (let i = lines.nextContent(index + 1); i !== undefined; i = lines.nextContent(i + 1)) {
    if (lines.indent(i) < field.column && fieldOn(lines.content(i))) {
      const start = lines.start(index) + field.column;
      return {
        code: 'yaml-indent',
        start,
        end: start + field.key.length + 1,
        field: field.key,
        message: `\`${field.key}:\` is indented, but the fields of a file start at the left edge`,
        hint: `Remove the spaces before \`${field.key}:\`.`,
      };
    }
  }
  return undefined;
}

/** "All mapping items must start at the same column": a field (or list item) out of line. */
export function misaligned(lines: TextLines, offset: number, isField: IsField): PlainError | undefined {
  // The parser points at the start of the line after the last good one, which may be a comment.
  const index = lines.nextContent(lines.indexAt(offset));
  if (index === undefined) return undefined;
  const language = languageOutOfTranslations(lines, index);
  if (language) return language;
  // Inside a block of text yaml does not say "tab": it only sees a line indented too little.
  if (startsWithTab(lines, index)) return tabIndent(lines, lines.start(index));
  const indent = lines.indent(index);
  const field = fieldOn(lines.content(index), isField);
  const start = lines.start(index) + indent;
  const end = lines.start(index) + lines.content(index).trimEnd().length;

  const items = itemsNotLinedUp(lines, index);
  if (items) return items;
  const item = listItemAbove(lines, index, indent, isField);
  if (item) {
    // `-mobile`: the dash is there, the space after it is not (found by a new-user trial: "Write
    // `- ` in front of it" read as nonsense to someone looking at the dash).
    const glued = /^ *-(?=[^\s-])/.test(lines.content(index));
    if (!field && glued)
      return {
        code: 'yaml-missing-dash',
        start,
        end,
        message: 'this line has no space after its `-`, so YAML reads it as text, not as an item of the list above',
        hint: `Put a space after the dash: \`- ${lines.content(index).trim().slice(1)}\`.`,
      };
    if (!field || item.keys.has(field.key)) {
      return {
        code: 'yaml-missing-dash',
        start,
        end,
        message: `${field ? `\`${field.key}:\`` : 'this line'} is lined up with the \`-\` of the list items above, but has no \`-\` in front`,
        hint: field
          ? `Write \`- \` in front of \`${field.key}:\` to start a new item, as above, and line up the item's other fields with \`${field.key}:\`.`
          : 'Write `- ` in front of it, as in the items above.',
      };
    }
    const first = item.field ? firstFieldOff(lines, item.index, item.field, field) : undefined;
    return first ?? moveTo(start, field.key, 'right', item.first);
  }

  // The nearest field above says where this line was probably meant to go.
  let above: { key: string; column: number; index: number } | undefined;
  for (let i = lines.previousContent(index); i !== undefined; i = lines.previousContent(i)) {
    const found = fieldOn(lines.content(i), isField);
    if (found) {
      above = { ...found, index: i };
      break;
    }
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
        return {
          code: 'yaml-indent',
          start: at,
          end: lines.start(firstText) + lines.content(firstText).trimEnd().length,
          message: `the first line of the text of \`${above.key}\` is indented further than the lines after it`,
          hint: `Indent all lines of the text of \`${above.key}\` by the same number of spaces, ${usual} here.`,
        };
      }
      return {
        code: 'yaml-indent',
        start,
        end,
        message: `this line of the text of \`${above.key}\` is indented less than the lines before it`,
        hint: `Indent all lines of the text of \`${above.key}\` by the same number of spaces.`,
      };
    }
    return undefined;
  }
  const first = firstFieldOff(lines, above.index, above, field);
  if (first) return first;
  if (above.column < indent) return moveTo(start, field.key, 'left', above.key);
  if (above.column === indent) return undefined;
  let parent: string | undefined;
  for (let i = lines.previousContent(above.index); i !== undefined; i = lines.previousContent(i)) {
    const found = fieldOn(lines.content(i), isField);
    if (found && found.column < indent) {
      parent = found.key;
      break;
    }
    if (lines.isTopLevel(i)) break;
  }
  const plain = moveTo(start, field.key, 'right', above.key);
  if (parent)
    plain.hint = `${plain.hint!.slice(0, -1)} above it, or left to line up with \`${parent}:\` if it does not belong under \`${parent}\`.`;
  return plain;
}

/**
 * ```yaml
 * translations:
 * es:                  <- at the left edge: a field of the rule, and `translations` is empty
 *     title: Llamadas
 *   ar:                <- where yaml stops, in the middle of the Spanish
 * ```
 * The language that lost its indent is the line to change, not the next language below it (found
 * by an administrator's trial: `ar:` had been called a line of the Spanish wording's text).
 */
function languageOutOfTranslations(lines: TextLines, index: number): PlainError | undefined {
  let top = index;
  while (top > 0 && !lines.isTopLevel(top)) top--;
  const language = /^([a-z]{2,3}(?:-[A-Za-z0-9]+)*):\s*(#.*)?$/.exec(lines.content(top));
  if (top === index || !language || !isLanguageCode(language[1]!)) return undefined;
  const above = lines.previousContent(top);
  if (above === undefined || !/^translations:\s*(#.*)?$/.test(lines.content(above))) return undefined;
  const code = language[1]!;
  const start = lines.start(top);
  return {
    code: 'yaml-indent',
    start,
    end: start + code.length + 1,
    field: `translations.${code}`,
    message: `\`${code}:\` is at the left edge, so it is not read as a language under \`translations:\``,
    hint: `Indent \`${code}:\` two spaces, under \`translations:\`, and its fields two spaces more than \`${code}:\`, as the other languages.`,
  };
}

/**
 * The first field under a group (`bend:`, or a list item's `- `) sets the column of the fields
 * after it. When it alone is off the usual two spaces in, and the field after it (`next`) is on
 * them, yaml blames the next field, but the first one is the line to change.
 */
export function firstFieldOff(lines: TextLines, index: number, owner: LineField, next: LineField): PlainError | undefined {
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
    return {
      code: 'yaml-indent',
      start,
      end: start + 1,
      message: `\`- ${owner.key}:\` is indented ${further ? 'further' : 'less'} than the fields of its item`,
      hint: `Move \`- ${owner.key}:\` ${direction} so that the \`-\` is ${usual} spaces in and \`${owner.key}:\` lines up with \`${next.key}:\`.`,
    };
  }
  return {
    code: 'yaml-indent',
    start,
    end: start + owner.key.length + 1,
    message: `\`${owner.key}:\` is indented ${further ? 'further' : 'less'} than the other fields of \`${group.key}\``,
    hint: `Move \`${owner.key}:\` ${direction} to line up with \`${next.key}:\`, ${usual} spaces in.`,
  };
}

function moveTo(start: number, key: string, direction: 'left' | 'right', target: string): PlainError {
  return {
    code: 'yaml-indent',
    start,
    end: start + key.length + 1,
    message: `\`${key}:\` is not lined up with the fields above it`,
    hint: `Move \`${key}:\` ${direction} to line up with \`${target}:\`.`,
  };
}

interface ItemAbove {
  /** The line of the item's `-`, and the field written after it. */
  index: number;
  field: LineField | undefined;
  first: string;
  keys: Set<string>;
}

/** A list item whose `-` is not lined up with the `-` of the item before it. */
function itemsNotLinedUp(lines: TextLines, index: number): PlainError | undefined {
  const dash = /^( *)-(\s|$)/.exec(lines.content(index));
  if (!dash) return undefined;
  const column = dash[1]!.length;
  for (let i = lines.previousContent(index); i !== undefined; i = lines.previousContent(i)) {
    const other = /^( *)-(\s|$)/.exec(lines.content(i));
    const otherColumn = other ? other[1]!.length : lines.indent(i);
    if (other && otherColumn !== column) return notLinedUp(lines, index, column, otherColumn);
    if (otherColumn < column || lines.isTopLevel(i)) return undefined;
  }
  return undefined;
}

/** Where the list item at line `index` starts (its `-` at `dash`), and how a message names it. */
function itemAt(lines: TextLines, index: number, dash: number): { start: number; what: string } {
  const field = fieldOn(lines.content(index));
  return { start: lines.start(index) + dash, what: field ? `\`- ${field.key}:\`` : 'this item' };
}

/** The item at line `index`, its `-` at `dash`, set against the items above at `column`. */
export function notLinedUp(lines: TextLines, index: number, dash: number, column: number): PlainError {
  const { start, what } = itemAt(lines, index, dash);
  return {
    code: 'yaml-indent',
    start,
    end: start + 1,
    message: `${what} is not lined up with the \`-\` of the items above`,
    hint: `Move ${what} ${dash < column ? 'right' : 'left'} to line up with the \`-\` above, ${column} spaces in.`,
  };
}

/** The list item (`- …` at the same indentation) that `index` follows, with the fields it has. */
function listItemAbove(lines: TextLines, index: number, indent: number, isField: IsField): ItemAbove | undefined {
  const keys = new Set<string>();
  for (let i = lines.previousContent(index); i !== undefined; i = lines.previousContent(i)) {
    const own = lines.indent(i);
    if (own < indent) return undefined;
    const found = fieldOn(lines.content(i), isField);
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

/**
 * A list item (`- …`) where yaml expected a field: an item indented one step too far, or
 * `examples:` whose first item lost its `-` (yaml reads that item as fields of `examples` and
 * only complains at the next item, which is correct).
 */
export function listAfterFields(lines: TextLines, offset: number): PlainError | undefined {
  const index = lines.indexAt(offset);
  const dash = lines.indent(index);
  let opener: number | undefined;
  for (let i = lines.previousContent(index); i !== undefined; i = lines.previousContent(i)) {
    if (lines.indent(i) < dash) {
      opener = i;
      break;
    }
    if (lines.isTopLevel(i)) break;
  }
  if (opener === undefined) return undefined;
  const itemAbove = /^( *)-(\s|$)/.exec(lines.content(opener));
  if (itemAbove) {
    // A new item one step further in than the item above: it lands among that item's fields.
    const { start, what } = itemAt(lines, index, dash);
    return {
      code: 'yaml-indent',
      start,
      end: start + 1,
      message: `${what} is indented further than the \`-\` of the item above`,
      hint: `Move ${what} left to line up with the \`-\` above, ${itemAbove[1]!.length} spaces in.`,
    };
  }
  const group = fieldOn(lines.content(opener));
  if (!group || !isGroupStart(lines.content(opener))) return undefined;
  const first = lines.nextContent(opener + 1)!;
  if (first >= index) return undefined;
  // The list has items already: this one is not lined up with them.
  const firstItem = /^( *)-(\s|$)/.exec(lines.content(first));
  if (firstItem) return notLinedUp(lines, index, dash, firstItem[1]!.length);
  const field = fieldOn(lines.content(first));
  if (!field) return undefined;
  const start = lines.start(first) + field.column;
  return {
    code: 'yaml-missing-dash',
    start,
    end: start + field.key.length + 1,
    message: `\`${field.key}:\` starts the first item of the list \`${group.key}\`, but has no \`-\` in front`,
    hint: `Write \`- \` in front of \`${field.key}:\`, with the \`-\` lined up with the \`-\` of the other items of \`${group.key}\`, ${dash} spaces in.`,
  };
}

/** `situation:` again in the same list item: the start of a new item that has no `-`. */
export function itemWithoutDash(lines: TextLines, offset: number): PlainError | undefined {
  const index = lines.indexAt(offset);
  const field = fieldOn(lines.content(index));
  if (!field || field.column !== lines.indent(index) || field.column < 2) return undefined;
  for (let i = lines.previousContent(index); i !== undefined; i = lines.previousContent(i)) {
    if (lines.indent(i) >= field.column) continue;
    const item = /^( *)- +/.exec(lines.content(i));
    if (!item || item[0].length !== field.column) return undefined;
    const start = lines.start(index) + field.column;
    return {
      code: 'yaml-missing-dash',
      start,
      end: start + field.key.length + 1,
      message: `\`${field.key}:\` appears twice in the same item of the list: it starts a new item, but has no \`-\` in front`,
      hint: `Write \`- \` in front of \`${field.key}:\`, lined up with the \`-\` of the item above.`,
    };
  }
  return undefined;
}
