import type { FindingCode } from './catalogue.ts';
import type { Finding } from './finding.ts';
import type { ChangedLines } from './unified-diff.ts';

/**
 * The findings of text someone wrote: the welcoming-language ones a rule can allow in
 * `wording_ok`, and markup in text. Book-wide ones (the red-rule budget) and stale allowances are
 * about no line of text someone wrote, so they stay warnings.
 */
export const GATED_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'jargon',
  'forbidding-wording',
  'reading-level',
  'long-sentence',
  'markup-in-text',
]);

/**
 * The pull-request gate: a wording warning on a line the change adds or rewrites becomes an
 * error, so new text is welcoming before it is merged; the same warning on lines nobody touched
 * stays a warning, so one edit never forces a rewrite of the whole book. Pure.
 */
export function gateChangedLines(findings: readonly Finding[], changed: ChangedLines): Finding[] {
  return findings.map((finding) => {
    if (finding.severity !== 'warning' || !GATED_CODES.has(finding.code) || !touches(finding, changed)) return finding;
    return {
      ...finding,
      severity: 'error',
      message: `${finding.message} (on a line this change writes)`,
      hint: `${finding.hint} If the wording must stay, allow it under \`wording_ok\` with a reason.`,
    };
  });
}

/** Whether any line from the finding's start to its end is among the changed lines of its file. */
function touches(finding: Finding, changed: ChangedLines): boolean {
  // The end is exclusive: a finding that stops at column 1 ends on the line before.
  const end =
    finding.endLine !== undefined && finding.endLine > finding.line && finding.endColumn === 1
      ? finding.endLine - 1
      : (finding.endLine ?? finding.line);
  return (changed.get(finding.file) ?? []).some((range) => range.start <= end && finding.line <= range.end);
}

/**
 * Errors first, then the findings in the files a change touched, each part in its order: GitHub
 * shows the first ten annotations of a step on the pull request, and 43 warnings of untranslated
 * rules no one touched had come before a pull request's own (found by a reviewer's trial). An
 * error in a file it did not touch (a `related` to a rule it removed) still fails the check, and
 * comes before any warning (found by a review).
 */
export function changedFilesFirst(findings: readonly Finding[], changed: ChangedLines): Finding[] {
  const place = (finding: Finding) => (finding.severity === 'error' ? 0 : changed.has(finding.file) ? 1 : 2);
  return [0, 1, 2].flatMap((at) => findings.filter((finding) => place(finding) === at));
}
