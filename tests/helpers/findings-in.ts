import type { Finding } from '../../src/lib/finding.ts';

/** A book's findings in one of its files, one line each: `line:column severity code field: message`. */
export function findingsIn(findings: readonly Finding[], dir: string, file: string): string[] {
  return findings
    .filter((finding) => finding.file === `${dir}/${file}`)
    .map((finding) => `${finding.line}:${finding.column} ${finding.severity} ${finding.code} ${finding.field}: ${finding.message}`);
}
