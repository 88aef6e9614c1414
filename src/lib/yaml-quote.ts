/**
 * The text as a YAML quoted value, for fixes that say "put the text in quotes": double quotes
 * unless the text has a `"` or `\` in it (which they would have to escape), else single quotes,
 * where only `'` itself is written twice.
 */
export function quoted(text: string): string {
  if (!/["\\]/.test(text)) return `"${text}"`;
  return `'${text.replace(/'/g, "''")}'`;
}
