import { readFileSync } from 'node:fs';

/** The lines of a file for a code frame, or undefined when it cannot be read (the frame is then left out). */
export function readLines(file: string): string[] | undefined {
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/);
  } catch {
    return undefined;
  }
}
