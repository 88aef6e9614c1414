/**
 * How many characters (code points) `text` has: an emoji is one, though it takes two UTF-16
 * units. Columns in findings count this way, and so does JSON Schema's minLength and maxLength.
 */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
