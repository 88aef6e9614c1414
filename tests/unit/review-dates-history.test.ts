// A policy clerk's year of commits: a commit that only moves `review_by` (the next review put
// off) had been counted on Recent changes as "2 rules reviewed … say nothing new", while the
// rules' pages kept their old "Last reviewed". Reviewed is when `reviewed` moves.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReviewOnly, readHistory, type BookHistory } from '../../src/lib/history/history.ts';
import { reviewLine } from '../../src/lib/history/review-line.ts';
import { reviewsOf } from '../../src/lib/history/reviews.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';

const repo = new TempRepo();
let history: BookHistory;
const titles = { cameras: 'Cameras', fees: 'Late fees' };
const rule = (id: 'cameras' | 'fees', dates: Record<string, string>) =>
  ruleYaml(id, 'yellow', { title: titles[id], reviewed: '2025-11-20', review_by: '2026-11-20', ...dates });

beforeAll(() => {
  repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\n');
  repo.write('policies/cameras.yaml', rule('cameras', {}));
  repo.write('policies/fees.yaml', rule('fees', {}));
  repo.commitAt('Adopt the rules', '2026-01-05T09:00:00+01:00');
  // The board could not meet: both reviews put off a month.
  repo.write('policies/cameras.yaml', rule('cameras', { review_by: '2026-12-20' }));
  repo.write('policies/fees.yaml', rule('fees', { review_by: '2026-12-20' }));
  repo.commitAt('Put off the November reviews', '2026-11-10T09:00:00+01:00');
  // Then one of them is reviewed.
  repo.write('policies/cameras.yaml', rule('cameras', { reviewed: '2026-11-29', review_by: '2027-11-29' }));
  repo.commitAt('Review the camera rule', '2026-11-29T09:00:00+01:00');
  history = readHistory(join(repo.dir, 'policies'));
});

afterAll(() => repo.dispose());

function reviews() {
  if (!history.available) throw new Error(history.reason);
  const changes = [...history.rules.values()].flatMap((known) =>
    known.entries.map((entry) => ({ rule: { id: known.id, title: titles[known.id as 'cameras' | 'fees'] }, entry })),
  );
  return reviewsOf(changes).map((review) => ({ subject: review.subject, line: reviewLine(review.rules) }));
}

describe('Reviews on Recent changes', () => {
  it('says a commit that only moved review_by put the next review off, not that the rules were reviewed', () => {
    expect(reviews()).toEqual([
      { subject: 'Review the camera rule', line: '1 rule reviewed' },
      { subject: 'Put off the November reviews', line: 'Next review date moved for 2 rules' },
    ]);
  });

  it('keeps either out of "Last changed" and the feed: neither says anything new', () => {
    if (!history.available) throw new Error(history.reason);
    const cameras = history.rules.get('cameras')!.entries;
    expect(cameras.map((entry) => [entry.subject, isReviewOnly(entry)])).toEqual([
      ['Review the camera rule', true],
      ['Put off the November reviews', true],
      ['Adopt the rules', false],
    ]);
  });

  it('names both in one commit that did both', () => {
    expect(reviewLine([{ reviewed: true }, { reviewed: false }, { reviewed: false }])).toBe(
      '1 rule reviewed; next review date moved for 2 others',
    );
  });
});
