/** Lines `start` to `end` (1-based, inclusive) of a file as it is now. */
export interface LineRange {
  start: number;
  end: number;
}

/** Per file (as git names it, from the repository's top), the lines a change added or rewrote. */
export type ChangedLines = Map<string, LineRange[]>;

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Reads `git diff --unified=0` output. Content lines are consumed by the counts in each hunk
 * header, never by their first characters, so an added line that reads `+++ x` or `diff --git`
 * cannot be taken for a header. Deleted files and pure deletions add no lines.
 */
export function parseUnifiedDiff(patch: Buffer | string): ChangedLines {
  const lines = patch.toString().split('\n');
  const changed: ChangedLines = new Map();
  let file: string | undefined;
  let inHeader = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('diff --git ')) {
      file = undefined;
      inHeader = true;
    } else if (inHeader && line.startsWith('+++ ')) {
      const name = gitPath(line.slice(4));
      file = name === '/dev/null' ? undefined : name.replace(/^b\//, '');
    } else if (line.startsWith('@@ ')) {
      inHeader = false;
      const [, oldCount = '1', start = '0', newCount = '1'] = HUNK.exec(line) ?? [];
      let removed = Number(oldCount);
      let added = Number(newCount);
      if (file !== undefined && added > 0) {
        const ranges = changed.get(file) ?? [];
        ranges.push({ start: Number(start), end: Number(start) + added - 1 });
        changed.set(file, ranges);
      }
      while ((removed > 0 || added > 0) && i + 1 < lines.length) {
        const content = lines[++i]!;
        if (content.startsWith('-')) removed--;
        else if (content.startsWith('+')) added--;
        // `\ No newline at end of file` belongs to the line before it.
      }
    }
  }
  return changed;
}

/** A path as git prints it in a patch header: verbatim, or in C-style quotes when it holds odd bytes. */
export function gitPath(text: string): string {
  // git ends an unquoted name that holds a space with a tab (as GNU diff does); quoted names never.
  if (!text.startsWith('"')) return text.replace(/\t$/, '');
  const bytes: number[] = [];
  const escapes: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  const body = text.slice(1, text.lastIndexOf('"'));
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = body[++i] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
