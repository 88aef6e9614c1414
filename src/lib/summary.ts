import type { Book } from './load-book.ts';
import { COLORS, type Color } from './schemas.ts';

export interface Summary {
  files: number;
  rules: number;
  colors: Record<Color, number>;
  errors: number;
  warnings: number;
  /** How many files have at least one error. */
  filesWithErrors: number;
}

export function summarize(book: Book): Summary {
  const colors = Object.fromEntries(COLORS.map((color) => [color, 0])) as Record<Color, number>;
  for (const rule of book.rules) colors[rule.data.color]++;
  const errors = book.findings.filter((finding) => finding.severity === 'error');
  const filesWithErrors = new Set(errors.map((finding) => finding.file)).size;
  return {
    files: book.fileCount,
    rules: book.rules.length,
    colors,
    errors: errors.length,
    warnings: book.findings.length - errors.length,
    filesWithErrors,
  };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
