// The staff translations page's table: one row per public rule, one cell per language, counts per language.
import { describe, expect, it } from 'vitest';
import { STATE_LABEL, statusTable } from '../../src/lib/translations/table.ts';
import type { TranslationReport } from '../../src/lib/translations/status.ts';

const report: TranslationReport = {
  languages: { source: 'en', others: ['es', 'ar'] },
  historyAvailable: true,
  statuses: [
    { id: 'phone-calls', language: 'es', state: 'current' },
    {
      id: 'phone-calls',
      language: 'ar',
      state: 'out-of-date',
      source: { committed: true, commit: 'abc', date: '2026-11-20T10:00:00+00:00', day: '2026-11-20', subject: 'Calls in the lobby' },
    },
    { id: 'noise', language: 'es', state: 'missing' },
    { id: 'noise', language: 'ar', state: 'unknown', reason: 'a shallow clone' },
  ],
};

describe('the translations table', () => {
  it('has a row per rule in the book’s order, a cell per language, and the date the source changed', () => {
    const table = statusTable(report, [{ id: 'noise' }, { id: 'police-requests' }, { id: 'phone-calls' }]);
    expect(table.rows.map((row) => row.rule.id)).toEqual(['noise', 'phone-calls']);
    expect(table.rows[1]!.cells).toEqual([
      { language: 'es', state: 'current' },
      { language: 'ar', state: 'out-of-date', since: { date: '2026-11-20T10:00:00+00:00', day: '2026-11-20' } },
    ]);
  });

  it('counts each state per language', () => {
    const { summary } = statusTable(report, [{ id: 'noise' }, { id: 'phone-calls' }]);
    expect(summary).toEqual([
      { language: 'es', counts: { current: 1, 'out-of-date': 0, missing: 1, unknown: 0 } },
      { language: 'ar', counts: { current: 0, 'out-of-date': 1, missing: 0, unknown: 1 } },
    ]);
  });

  it('names every state in words and with a symbol of its own', () => {
    const labels = Object.values(STATE_LABEL);
    expect(new Set(labels.map((label) => label.text)).size).toBe(4);
    expect(new Set(labels.map((label) => label.symbol)).size).toBe(4);
  });
});
