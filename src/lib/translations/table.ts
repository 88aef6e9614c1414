// The translations page's view of the status report: one row per public rule, one cell per
// language, and the counts per language. Plain data, so a test can read it without a browser.
import type { TranslationReport, TranslationState } from './status.ts';

/** Each state as staff read it: a word, and a symbol beside it (never color alone). */
export const STATE_LABEL: Readonly<Record<TranslationState, { text: string; symbol: string }>> = {
  current: { text: 'Current', symbol: '✓' },
  'out-of-date': { text: 'Out of date', symbol: '!' },
  missing: { text: 'Missing', symbol: '–' },
  unknown: { text: 'Unknown', symbol: '?' },
};

export interface StatusCell {
  language: string;
  state: TranslationState;
  /** Out of date: when the source text changed, if that was committed. */
  since?: { date: string; day: string };
}

export interface StatusTable<R> {
  rows: { rule: R; cells: StatusCell[] }[];
  summary: { language: string; counts: Record<TranslationState, number> }[];
}

/** Rows in the order of `rules` (public ones only: the report has no others). */
export function statusTable<R extends { id: string }>(report: TranslationReport, rules: readonly R[]): StatusTable<R> {
  const byRule = new Map<string, StatusCell[]>();
  for (const status of report.statuses) {
    const cells = byRule.get(status.id) ?? [];
    const since =
      status.state === 'out-of-date' && status.source?.committed ? { date: status.source.date, day: status.source.day } : undefined;
    cells.push({ language: status.language, state: status.state, ...(since ? { since } : {}) });
    byRule.set(status.id, cells);
  }
  const rows = rules.flatMap((rule) => {
    const cells = byRule.get(rule.id);
    return cells ? [{ rule, cells }] : [];
  });
  const summary = report.languages.others.map((language) => {
    const counts: Record<TranslationState, number> = { current: 0, 'out-of-date': 0, missing: 0, unknown: 0 };
    for (const status of report.statuses) if (status.language === language) counts[status.state]++;
    return { language, counts };
  });
  return { rows, summary };
}
