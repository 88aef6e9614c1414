import type { Book } from './load-book.ts';
import { COLORS, type Color } from './schemas.ts';

export interface Summary {
  files: number;
  /** Rules with no error: a rule whose file has an error of any check (a duplicate id too) is not counted. */
  rules: number;
  colors: Record<Color, number>;
  errors: number;
  warnings: number;
  /** How many files have at least one error. */
  filesWithErrors: number;
}

export function summarize(book: Book): Summary {
  const errors = book.findings.filter((finding) => finding.severity === 'error');
  const broken = new Set(errors.map((finding) => finding.file));
  // book.rules holds every rule that passed the schema; the checks across files (ids, links)
  // can still fail one, and a book with any error is never published.
  const valid = book.rules.filter((rule) => !broken.has(rule.file));
  const colors = Object.fromEntries(COLORS.map((color) => [color, 0])) as Record<Color, number>;
  for (const rule of valid) colors[rule.data.color]++;
  return {
    files: book.fileCount,
    rules: valid.length,
    colors,
    errors: errors.length,
    warnings: book.findings.length - errors.length,
    filesWithErrors: broken.size,
  };
}

// In a module of their own, which a page's script can load without the book's schemas.
export { countedWord, plural } from './plural.ts';
