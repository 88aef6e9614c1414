import type { Finding } from '../finding.ts';
import type { Summary } from '../summary.ts';

/**
 * A stable, machine-readable report: `version` changes only when a field changes meaning. `notes`
 * (what the check could not look at) is there only when there are any.
 */
export function formatJson(findings: readonly Finding[], summary: Summary, notes: readonly string[] = []): string {
  return `${JSON.stringify({ version: 1, summary, findings, ...(notes.length > 0 ? { notes } : {}) }, null, 2)}\n`;
}
