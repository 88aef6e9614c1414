import type { Finding } from '../finding.ts';
import type { Summary } from '../summary.ts';

/** A stable, machine-readable report: `version` changes only when a field changes meaning. */
export function formatJson(findings: readonly Finding[], summary: Summary): string {
  return `${JSON.stringify({ version: 1, summary, findings }, null, 2)}\n`;
}
