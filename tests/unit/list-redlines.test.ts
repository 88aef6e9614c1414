// A policy clerk's year of commits: a rule's related rules changed from "food-and-drink,
// photography" to "drinks, meals-and-snacks, photography", and the redline read
// "[-food-]{+drinks, meals+}-and-[-drink-]{+snacks+}, photography", ids split at their hyphens.
// Lists change by whole items, on the staff history and in the changes report.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactRedline, listRedline, redline } from '../../src/lib/changes/redline.ts';
import { staffChangeHtml } from '../../src/lib/history/describe.ts';
import { readHistory, type HistoryEntry } from '../../src/lib/history/history.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';
import { runCli } from '../helpers/run-cli.ts';

const repo = new TempRepo();
let entry: HistoryEntry;

beforeAll(() => {
  repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\n');
  for (const id of ['food-and-drink', 'drinks', 'meals-and-snacks', 'photography'])
    repo.write(`policies/${id}.yaml`, ruleYaml(id, 'green'));
  repo.write('policies/cafe.yaml', ruleYaml('cafe', 'green', { related: ['food-and-drink', 'photography'], tags: ['coffee', 'lunch'] }));
  repo.commitAt('Adopt the rules', '2026-01-05T09:00:00+01:00');
  repo.write(
    'policies/cafe.yaml',
    ruleYaml('cafe', 'green', { related: ['drinks', 'meals-and-snacks', 'photography'], tags: ['coffee', 'tea', 'lunch'] }),
  );
  repo.commitAt('Point the café rule at the new food rules', '2026-03-02T10:00:00+01:00');
  const history = readHistory(join(repo.dir, 'policies'));
  if (!history.available) throw new Error(history.reason);
  entry = history.rules.get('cafe')!.entries[0]!;
});

afterAll(() => repo.dispose());

describe('a list changed', () => {
  it('is redlined by whole items on the staff history', () => {
    const html = staffChangeHtml(entry);
    expect(html).toContain(
      '<code>related</code>: <span class="redline"><del>food-and-drink</del> <ins>drinks, meals-and-snacks</ins>, photography</span>',
    );
    expect(html).toContain('<code>tags</code>: <span class="redline">coffee, <ins>tea</ins>, lunch</span>');
  });

  it('is redlined by whole items in the changes report', () => {
    const json = JSON.parse(runCli(['changes', 'HEAD^..HEAD', '--format', 'json'], { cwd: repo.dir }).stdout);
    const related = json.changed[0].fields.find((field: { field: string }) => field.field === 'related');
    expect(related.redline).toEqual([
      { op: 'removed', text: 'food-and-drink' },
      { op: 'same', text: ' ' },
      { op: 'added', text: 'drinks, meals-and-snacks' },
      { op: 'same', text: ', photography' },
    ]);
  });

  it('strikes out items taken from the end or the start', () => {
    expect(listRedline('a-b, c-d', 'c-d')).toEqual([
      { op: 'removed', text: 'a-b' },
      { op: 'same', text: ', c-d' },
    ]);
    expect(listRedline('', 'a-b')).toEqual([{ op: 'added', text: 'a-b' }]);
  });
});

describe('a redline on one line, for the terminal', () => {
  it('writes the edit as git does, with a few words around it and the rest left out', () => {
    const before = 'Printing is 10 cents a page in black and white and 50 cents a page in color. Pay at the desk or at the machine.';
    const after = 'Printing is 10 cents a page in black and white and 75 cents a page in color. Pay at the desk or at the machine.';
    expect(compactRedline(redline(before, after)!)).toBe('… black and white and [-50-]{+75+} cents a page in …');
    expect(compactRedline(redline('Renew up to three times.', 'Renew up to five times online.')!)).toBe(
      'Renew up to [-three-]{+five+} times {+online+}.',
    );
    // Quotes and full stops next to an edit stay next to it (found by a review).
    expect(compactRedline(redline('Say "yes".', 'Say "no".')!)).toBe('Say "[-yes-]{+no+}".');
    expect(compactRedline(redline('You may eat. Ask staff.', 'You may eat!')!)).toBe('You may eat[-. Ask staff.-]{+!+}');
  });
});
