// A policy clerk's year of commits: a yellow rule made green was shown as "Loosened: staff may
// now bend what they could not before", though staff could already bend it after checking.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffChangeHtml } from '../../src/lib/history/describe.ts';
import { readHistory, type BookHistory } from '../../src/lib/history/history.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';

const repo = new TempRepo();
let history: BookHistory;

beforeAll(() => {
  repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\n');
  repo.write('policies/printing.yaml', ruleYaml('printing', 'yellow'));
  repo.write('policies/food.yaml', ruleYaml('food', 'red'));
  repo.commitAt('Adopt the rules', '2026-01-05T09:00:00+01:00');
  repo.write('policies/printing.yaml', ruleYaml('printing', 'green'));
  repo.write('policies/food.yaml', ruleYaml('food', 'yellow'));
  repo.commitAt('Loosen printing and food', '2026-03-02T10:00:00+01:00');
  history = readHistory(join(repo.dir, 'policies'));
});

afterAll(() => repo.dispose());

const latest = (id: string) => {
  if (!history.available) throw new Error(history.reason);
  return staffChangeHtml(history.rules.get(id)!.entries[0]!);
};

describe('a loosening on the staff history', () => {
  it('says a yellow rule made green may now be bent without checking first', () => {
    expect(latest('printing')).toContain(
      'Color: Yellow → Green <strong class="loosened">Loosened: staff may now bend it without checking first</strong>',
    );
    expect(latest('printing')).not.toContain('could not before');
  });

  it('says a red rule made yellow may now be bent where it could not before', () => {
    expect(latest('food')).toContain(
      'Color: Red → Yellow <strong class="loosened">Loosened: staff may now bend what they could not before</strong>',
    );
  });
});
