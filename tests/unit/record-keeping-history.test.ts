// A policy clerk's year of commits: the owner's title renamed across 16 rules in one commit gave
// Recent changes and the staff feed 16 entries with the same 230-character subject, and moved
// "Last changed" on 16 rule pages, though no rule said anything new.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRecordOnly, readHistory, type BookHistory, type HistoryEntry } from '../../src/lib/history/history.ts';
import { fieldsOf, recordsOf, reviewsOf } from '../../src/lib/history/reviews.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';

const repo = new TempRepo();
let history: BookHistory;
const ids = Array.from({ length: 16 }, (_, index) => `rule-${String(index + 1).padStart(2, '0')}`);
const RENAME = `Rename the owner everywhere: the Head of Public Services is now the Director of Customer Experience after the reorganisation approved by the board in October, as agreed with HR and the union, effective from the first of December (ticket 4412)`;

beforeAll(() => {
  repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es]\n');
  for (const id of ids) repo.write(`policies/${id}.yaml`, ruleYaml(id, 'green', { owner: 'Head of Public Services' }));
  repo.commitAt('Adopt the rules', '2026-01-05T09:00:00+01:00');
  for (const id of ids) repo.write(`policies/${id}.yaml`, ruleYaml(id, 'green', { owner: 'Director of Customer Experience' }));
  repo.commitAt(RENAME, '2026-11-02T09:00:00+01:00');
  // The owner again, with the rule's text: a change.
  repo.write(
    'policies/rule-01.yaml',
    ruleYaml('rule-01', 'green', { owner: 'Branch manager', rule: 'The rule, now longer.', tags: ['desk'] }),
  );
  repo.commitAt('Hand rule 1 to the branch', '2026-11-03T09:00:00+01:00');
  // A translation is what visitors read: a change too.
  repo.write(
    'policies/rule-02.yaml',
    ruleYaml('rule-02', 'green', {
      owner: 'Director of Customer Experience',
      translations: { es: { title: 'Regla 2', public_wording: 'Bienvenido.' } },
    }),
  );
  repo.commitAt('Translate rule 2', '2026-11-04T09:00:00+01:00');
  history = readHistory(join(repo.dir, 'policies'));
});

afterAll(() => repo.dispose());

function changes(): { rule: { id: string; title: string }; entry: HistoryEntry }[] {
  if (!history.available) throw new Error(history.reason);
  return [...history.rules.values()].flatMap((known) => known.entries.map((entry) => ({ rule: { id: known.id, title: known.id }, entry })));
}

describe('a commit that changed only records', () => {
  it('is no change: "Last changed" and the feed leave it out', () => {
    const renamed = changes().filter(({ entry }) => entry.subject === RENAME);
    expect(renamed).toHaveLength(16);
    expect(renamed.every(({ entry }) => isRecordOnly(entry))).toBe(true);
  });

  it('is listed once on Recent changes, with its rules and the field it changed', () => {
    const records = recordsOf(changes());
    expect(records.map((record) => [record.subject, record.rules.length, fieldsOf(record)])).toEqual([[RENAME, 16, ['owner']]]);
    expect(reviewsOf(changes())).toEqual([]);
  });

  it('is a change when it also changed what the rule says, or a translation', () => {
    const bySubject = (subject: string) => changes().find(({ entry }) => entry.subject === subject)!.entry;
    expect(isRecordOnly(bySubject('Hand rule 1 to the branch'))).toBe(false);
    expect(isRecordOnly(bySubject('Translate rule 2'))).toBe(false);
  });
});
