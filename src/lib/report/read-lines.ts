import { readFileSync, statSync } from 'node:fs';

// Code frames are for rule files; anything larger was refused by the check and is not read here.
const MAX_FRAME_SOURCE_BYTES = 4 * 1024 * 1024;

/** The lines of a file for a code frame, or undefined when it cannot be shown (the frame is then left out). */
export function readLines(file: string): string[] | undefined {
  try {
    // A pipe or device would block a read; only regular files of sensible size are shown.
    const stats = statSync(file);
    if (!stats.isFile() || stats.size > MAX_FRAME_SOURCE_BYTES) return undefined;
    const text = readFileSync(file, 'utf8');
    // A binary file (a Word document left in the policy folder) has no lines to show.
    if (text.includes('\u0000') || /\.(docx?|odt|pages)$/i.test(file)) return undefined;
    return text.replace(/^\uFEFF/, '').split(/\r?\n/);
  } catch {
    return undefined;
  }
}
