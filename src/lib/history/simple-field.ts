/**
 * The value of a rule field written in one of the two shapes most rule text takes, read without
 * yaml (which costs far more per field than the text it reads):
 *
 *     title: Phone calls in reading rooms
 *     rule: >-
 *       No phone calls in the quiet
 *       reading rooms.
 *
 * Anything else, or anything these shapes could read differently than yaml (a value that is a
 * number, a boolean or null; a comment; a character YAML treats specially; uneven indentation;
 * blank or more-indented lines; spaces at the end of a line), gives undefined, and yaml reads it.
 */
export function readSimpleField(text: string): { value: string } | undefined {
  const plain = PLAIN.exec(text);
  if (plain) return NOT_TEXT.test(plain[1]!) ? undefined : { value: plain[1]! };
  const folded = FOLDED.exec(text);
  if (!folded) return undefined;
  // `>-` folds each line break between lines of the same indentation into a space, and keeps no
  // final line break.
  const lines = folded[1]!.split('\n');
  lines.pop();
  return { value: lines.map((line) => line.slice(2)).join(' ') };
}

// Printable characters, without spaces, that mean nothing special inside unquoted text (no `#`,
// `:`, flow or anchor signs), nor control characters, line separators or byte-order marks.
const WORD = String.raw`A-Za-z0-9,.;!?'"()$%+=/\u00A1-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD-`;
// Inside block text `#`, `:` and the rest are text too.
const BLOCK_WORD = String.raw`${WORD}#:&*\[\]{}@\`|>~^<\\`;
// `key: text`: it starts with a letter, so it is never a number, and it ends with no space.
const PLAIN = new RegExp(String.raw`^[A-Za-z_][A-Za-z0-9_-]*: ([A-Za-z](?:[ ${WORD}]*[${WORD}])?)\n$`);
// What YAML's core schema reads as other than text, among values that start with a letter.
const NOT_TEXT = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
// `key: >-`, then lines indented by exactly two spaces, each starting and ending with a character
// that is not a space.
const FOLDED = new RegExp(String.raw`^[A-Za-z_][A-Za-z0-9_-]*: >-\n((?:  [${BLOCK_WORD}](?:[ ${BLOCK_WORD}]*[${BLOCK_WORD}])?\n)+)$`);
