// `check --due-within 30d`: the list an administrator (or the weekly reminder issue) works from.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

describe('check --due-within', () => {
  it('lists overdue reviews first, then those due within the window, each with its owner', () => {
    const result = runCli(['check', '--due-within', '30d', '--today', '2027-01-20']);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Overdue reviews:');
    expect(lines[1]).toBe(
      "  2027-01-15  Children still here at closing time (policies/children/children-at-closing.yaml), 5 days overdue; owner: Head of children's services",
    );
    expect(lines).toContain('Reviews due within 30 days:');
    expect(result.stdout).toContain(
      '  2027-02-04  Requests for records from police (policies/privacy/police-requests.yaml), due in 15 days; owner: Library director',
    );
    // review_by 2027-06-01 and later: outside the window.
    expect(result.stdout).not.toContain('2027-06-01');
    expect(lines.at(-2)).toBe('5 overdue, 8 due within 30 days.');
  });

  it('counts the window in days or weeks, and refuses anything else', () => {
    const weeks = runCli(['check', '--due-within', '1w', '--today', '2027-01-10', '--format', 'json']);
    const list = JSON.parse(weeks.stdout) as {
      withinDays: number;
      overdue: unknown[];
      dueSoon: { id: string; days: number; owner?: string }[];
    };
    expect(list.withinDays).toBe(7);
    expect(list.dueSoon.map((item) => item.days)).toEqual([5, 5, 5, 5, 5]);
    expect(list.dueSoon[0]).toMatchObject({ id: 'children-at-closing', owner: "Head of children's services" });
    // One day is "1 day" (found by a new-user trial).
    expect(runCli(['check', '--due-within', '1d', '--today', '2027-01-10']).stdout).toContain('no review is overdue or due within 1 day.');
    const wrong = runCli(['check', '--due-within', 'soon']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--due-within takes a number of days such as 30d');
  });

  it('writes the reminder issue in Markdown, and says so when nothing is due', () => {
    const due = runCli(['check', '--due-within', '30d', '--today', '2027-01-20', '--format', 'markdown']);
    expect(due.stdout).toContain('### Overdue\n\n| Rule | Owner | Review by | |');
    expect(due.stdout).toContain(
      "| Children still here at closing time (<code>policies/children/children-at-closing.yaml</code>) | Head of children's services | 2027-01-15 | 5 days overdue |",
    );
    const none = runCli(['check', '--due-within', '30d', '--today', '2026-12-01', '--format', 'markdown']);
    expect(none.stdout).toContain('As of 2026-12-01: no review is overdue or due within 30 days.');
  });

  it('still gives the list of a book with a broken file, and as JSON a program can read (found by a new-user trial)', () => {
    // The weekly reminder reads the JSON: a line after it had made it unreadable.
    const dir = mkdtempSync(join(tmpdir(), 'rules-clarity-due-'));
    try {
      cpSync('policies', dir, { recursive: true });
      writeFileSync(join(dir, 'broken.yaml'), 'id: broken\ntitle: Broken\ncolor: purple\n');
      const json = runCli(['check', '--dir', dir, '--due-within', '30d', '--today', '2027-01-20', '--format', 'json']);
      expect(json.status).toBe(1);
      const list = JSON.parse(json.stdout) as { overdue: unknown[]; errors: number };
      expect(list.overdue.length).toBeGreaterThan(0);
      expect(list.errors).toBeGreaterThan(0);
      const markdown = runCli(['check', '--dir', dir, '--due-within', '30d', '--today', '2027-01-20', '--format', 'markdown']);
      expect(markdown.stdout).toMatch(/\d+ errors? in the book: run the check without --due-within\.\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
