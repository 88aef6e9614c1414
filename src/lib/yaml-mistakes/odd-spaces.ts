// Spaces that look like spaces but are not, where YAML needs a plain one: a non-breaking space
// copied from a web page or an email, in a line's indent or after a field's colon. YAML reads
// `color:\u00a0green` as no field at all, and an indent of them as part of the field's name
// (found by a new-user trial: "YAML cannot read the file at this place", and "`  how` is not a
// field"). Inside a text they are fine ("10\u00a0a.m."), and left alone.
import type { TextLines } from '../text-lines.ts';
import type { PlainError } from '../yaml-errors.ts';
import { fieldOn, fieldPathAt } from './line.ts';

export const ODD_SPACE = /[\u00a0\u2007\u202f\u3000]/;

const NAMES: Record<string, string> = {
  '\u00a0': 'a non-breaking space',
  '\u2007': 'a figure space',
  '\u202f': 'a narrow non-breaking space',
  '\u3000': 'a wide (ideographic) space',
};

/** Each line whose indent, or the space after its field's colon, holds a space that is not a plain one. */
export function oddSpaces(lines: TextLines): PlainError[] {
  const found: PlainError[] = [];
  for (let index = 0; index < lines.count; index++) {
    const line = lines.content(index);
    if (!ODD_SPACE.test(line)) continue;
    const indent = /^[ \t\u00a0\u2007\u202f\u3000]*/.exec(line)![0];
    const afterColon = /^[ \t]*(?:- +)?[^\s:#'"][^:#]*?:([ \t]*[\u00a0\u2007\u202f\u3000][ \t\u00a0\u2007\u202f\u3000]*)/u.exec(line);
    // In an indent, only before a field or a list item: at the start of a line of text, it is text.
    const oddIndent = ODD_SPACE.test(indent) && fieldOn(line.slice(indent.length)) !== undefined;
    const at = oddIndent
      ? indent.search(ODD_SPACE)
      : afterColon
        ? afterColon[0].length - afterColon[1]!.length + afterColon[1]!.search(ODD_SPACE)
        : -1;
    if (at < 0) continue;
    const start = lines.start(index) + at;
    const where = oddIndent ? 'in its indent' : 'after the colon';
    found.push({
      code: 'yaml-odd-space',
      start,
      end: start + 1,
      field: fieldPathAt(lines, index),
      message: `the line has ${NAMES[line[at]!]} ${where} (often copied from a web page or an email), where YAML needs a plain space`,
      hint: `Delete the space${where === 'in its indent' ? 's at the start of the line' : ' after the colon'} and type ${where === 'in its indent' ? 'them' : 'it'} again with the space bar.`,
    });
  }
  return found;
}
