// A date in the form YYYY-MM-DD that no calendar has: the check names the impossible part, since
// "must be written as YYYY-MM-DD" would send the administrator looking at a date in that form.
import { describe, expect, it } from 'vitest';
import { loadBook } from '../../src/lib/load-book.ts';

const dir = 'tests/fixtures/impossible-dates';
const dates = await loadBook(dir, { today: '2026-11-25' });

describe('dates name the impossible part', () => {
  it.each([
    [
      'month-13.yaml',
      '10:12 bad-date review_by: there is no month 13 (got "2025-13-01")',
      'Did you mean 2025-01-13? The month comes before the day: YYYY-MM-DD.',
    ],
    [
      'day-first.yaml',
      '9:11 bad-date reviewed: there is no month 25 (got "2026-25-03")',
      'Did you mean 2026-03-25? The month comes before the day: YYYY-MM-DD.',
    ],
    [
      'day-31-in-april.yaml',
      '9:11 bad-date reviewed: there is no day 31 in April: it has 30 days (got "2026-04-31")',
      'Check the date; it is written as YYYY-MM-DD, e.g. 2027-09-01.',
    ],
    // 2028-02-29 on the next line is a real date.
    [
      'february-29.yaml',
      '9:11 bad-date reviewed: there is no February 29 in 2025: 2025 is not a leap year (got "2025-02-29")',
      'Check the date; it is written as YYYY-MM-DD, e.g. 2027-09-01.',
    ],
  ])('%s', (file, expected, hint) => {
    const errors = dates.findings.filter((finding) => finding.file === `${dir}/${file}` && finding.severity === 'error');
    expect(errors.map((f) => `${f.line}:${f.column} ${f.code} ${f.field}: ${f.message}`)).toEqual([expected]);
    expect(errors[0]!.hint).toBe(hint);
  });

  it('accepts real dates, leap days included', () => {
    expect(dates.findings.filter((finding) => finding.severity === 'error')).toHaveLength(4);
    expect(dates.findings.some((finding) => finding.message.includes('2028-02-29') || finding.message.includes('2027-04-30'))).toBe(false);
  });
});
