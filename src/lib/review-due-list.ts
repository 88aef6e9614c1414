import { code, inline } from './changes/markdown.ts';
import type { BookRule } from './checks/index.ts';

/** A rule whose review is overdue or falls due soon. */
export interface ReviewDue {
  id: string;
  title: string;
  file: string;
  owner?: string;
  /** YYYY-MM-DD. */
  reviewBy: string;
  /** Days from today to the review date: negative when overdue, 0 when due today. */
  days: number;
}

export interface ReviewList {
  today: string;
  withinDays: number;
  overdue: ReviewDue[];
  dueSoon: ReviewDue[];
}

/** `30d`, `4w` or `30` → days; undefined when it is none of these. */
export function parseDays(text: string): number | undefined {
  const match = /^(\d{1,4})\s*(d|w)?$/i.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * (match[2]?.toLowerCase() === 'w' ? 7 : 1);
}

/** Overdue rules (oldest first) and those due within `withinDays` of `today` (soonest first). */
export function reviewsDue(rules: readonly BookRule[], today: string, withinDays: number): ReviewList {
  const items = rules.flatMap((rule): ReviewDue[] => {
    const reviewBy = rule.data.review_by;
    if (reviewBy === undefined) return [];
    const days = dayNumber(reviewBy) - dayNumber(today);
    if (days > withinDays) return [];
    const { id, title, owner } = rule.data;
    return [{ id, title, file: rule.file, ...(owner !== undefined ? { owner } : {}), reviewBy, days }];
  });
  items.sort((a, b) => a.days - b.days || a.title.localeCompare(b.title, 'en'));
  return { today, withinDays, overdue: items.filter((item) => item.days < 0), dueSoon: items.filter((item) => item.days >= 0) };
}

function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

function when(item: ReviewDue): string {
  if (item.days < 0) return `${-item.days} ${item.days === -1 ? 'day' : 'days'} overdue`;
  if (item.days === 0) return 'due today';
  return `due in ${item.days} ${item.days === 1 ? 'day' : 'days'}`;
}

export function formatReviewsHuman(list: ReviewList): string {
  const lines: string[] = [];
  const section = (heading: string, items: ReviewDue[]) => {
    if (items.length === 0) return;
    lines.push(heading);
    for (const item of items)
      lines.push(`  ${item.reviewBy}  ${item.title} (${item.file}), ${when(item)}; owner: ${item.owner ?? 'not named'}`);
    lines.push('');
  };
  section('Overdue reviews:', list.overdue);
  section(`Reviews due within ${dayCount(list.withinDays)}:`, list.dueSoon);
  lines.push(summary(list));
  return `${lines.join('\n')}\n`;
}

/** For the review-reminder issue: one table per group, every rule with its owner. */
export function formatReviewsMarkdown(list: ReviewList): string {
  const out = [`## Rule reviews due within ${dayCount(list.withinDays)}`, '', `As of ${list.today}: ${summary(list)}`, ''];
  const table = (heading: string, items: ReviewDue[]) => {
    if (items.length === 0) return;
    out.push(`### ${heading}`, '', '| Rule | Owner | Review by | |', '|---|---|---|---|');
    for (const item of items)
      out.push(
        `| ${inline(item.title)} (${code(item.file)}) | ${item.owner ? inline(item.owner) : 'Not named'} | ${item.reviewBy} | ${when(item)} |`,
      );
    out.push('');
  };
  table('Overdue', list.overdue);
  table(`Due within ${dayCount(list.withinDays)}`, list.dueSoon);
  return `${out.join('\n').trimEnd()}\n`;
}

function summary(list: ReviewList): string {
  const { overdue, dueSoon, withinDays } = list;
  if (overdue.length + dueSoon.length === 0) return `no review is overdue or due within ${dayCount(withinDays)}.`;
  return `${overdue.length} overdue, ${dueSoon.length} due within ${dayCount(withinDays)}.`;
}

/** "1 day", "30 days". */
function dayCount(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}
