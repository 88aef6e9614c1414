// What lines a change writes, read from `git diff --unified=0` as git prints it.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/lib/finding.ts';
import { gateChangedLines } from '../../src/lib/pr-gate.ts';
import { gitPath, parseUnifiedDiff } from '../../src/lib/unified-diff.ts';

describe('parseUnifiedDiff', () => {
  it("takes each hunk's new lines, and counts content lines rather than trusting how they start", () => {
    const patch = [
      'diff --git a/policies/a.yaml b/policies/a.yaml',
      'index 1111111..2222222 100644',
      '--- a/policies/a.yaml',
      '+++ b/policies/a.yaml',
      '@@ -2 +2,2 @@ id: a',
      '-rule: old',
      '+rule: new',
      // An added line that looks like a header must not start a new file.
      '++++ b/policies/evil.yaml',
      '@@ -9,0 +10 @@',
      '+diff --git a/x b/x',
      '\\ No newline at end of file',
      '@@ -20,3 +21,0 @@',
      '-gone',
      '-gone',
      '-gone',
      'diff --git "a/policies/odd\\nname.yaml" "b/policies/odd\\nname.yaml"',
      'new file mode 100644',
      '--- /dev/null',
      '+++ "b/policies/odd\\nname.yaml"',
      '@@ -0,0 +1,3 @@',
      '+id: odd',
      '+title: Odd',
      '+color: red',
      'diff --git a/policies/deleted.yaml b/policies/deleted.yaml',
      'deleted file mode 100644',
      '--- a/policies/deleted.yaml',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-id: deleted',
      'diff --git a/policies/with space.yaml b/policies/with space.yaml',
      '--- a/policies/with space.yaml\t',
      '+++ b/policies/with space.yaml\t',
      '@@ -1 +1 @@',
      '-a',
      '+b',
      '',
    ].join('\n');
    expect(Object.fromEntries(parseUnifiedDiff(patch))).toEqual({
      'policies/a.yaml': [
        { start: 2, end: 3 },
        { start: 10, end: 10 },
      ],
      'policies/odd\nname.yaml': [{ start: 1, end: 3 }],
      'policies/with space.yaml': [{ start: 1, end: 1 }],
    });
  });

  it('reads the C-style quoting git gives odd file names, UTF-8 bytes included', () => {
    expect(gitPath('"b/caf\\303\\251 \\"quoted\\"\\ttab\\\\.yaml"')).toBe('b/café "quoted"\ttab\\.yaml');
    expect(gitPath('b/plain.yaml')).toBe('b/plain.yaml');
  });
});

describe('gateChangedLines', () => {
  const finding = (code: Finding['code'], line: number, endLine = line, endColumn = 5): Finding => ({
    code,
    severity: 'warning',
    file: 'policies/a.yaml',
    line,
    column: 1,
    endLine,
    endColumn,
    field: 'public_wording',
    message: 'm',
    hint: 'h',
  });
  const changed = new Map([['policies/a.yaml', [{ start: 5, end: 6 }]]]);

  it('makes a wording warning that overlaps a changed line an error, and leaves the rest', () => {
    const gated = gateChangedLines(
      [
        finding('jargon', 6),
        finding('reading-level', 3, 5),
        finding('long-sentence', 3, 5, 1),
        finding('forbidding-wording', 7),
        finding('review-overdue', 5),
        { ...finding('jargon', 5), file: 'policies/b.yaml' },
      ],
      changed,
    );
    expect(gated.map((f) => `${f.file}:${f.line} ${f.code} ${f.severity}`)).toEqual([
      'policies/a.yaml:6 jargon error',
      // Spans lines 3-5: line 5 changed.
      'policies/a.yaml:3 reading-level error',
      // Ends at column 1 of line 5: it is all on lines 3-4.
      'policies/a.yaml:3 long-sentence warning',
      'policies/a.yaml:7 forbidding-wording warning',
      // Not a wording warning: an overdue review is not this change's doing.
      'policies/a.yaml:5 review-overdue warning',
      'policies/b.yaml:5 jargon warning',
    ]);
  });
});
