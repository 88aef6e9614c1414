/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for a phrase in which any run of white space matches any other: folded YAML turns
 * line breaks into spaces, so "holds shelf" in the value is "holds\n  shelf" in the file.
 */
export function phrasePattern(phrase: string): string {
  return phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
}
