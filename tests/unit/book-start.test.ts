// A book begun from a fork of another keeps that book's commits: its history starts where the
// organisation made the book its own, so the other book's rules are not this one's retired rules
// (found by a new-user trial: a swimming pool's public site listed 48 library rules as "no longer
// applies", and its feeds and Recent changes were full of them).
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readHistory, type BookHistory } from '../../src/lib/history/history.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';

let repo: TempRepo | undefined;
afterEach(() => repo?.dispose());

/** A library's book of four rules, as the sample a fork starts from. */
function libraryBook(): TempRepo {
  const library = new TempRepo();
  library.write('policies/_site.yaml', 'organisation: Riverside Public Library\ncategories: [Spaces]\n');
  for (const id of ['late-fees', 'phone-calls', 'storytime', 'study-rooms']) library.write(`policies/${id}.yaml`, ruleYaml(id, 'green'));
  library.commitAt('The library rule book', '2026-01-05T09:00:00+00:00');
  library.write('policies/late-fees.yaml', ruleYaml('late-fees', 'yellow'));
  library.commitAt('Check before waiving a fee', '2026-02-05T09:00:00+00:00');
  return library;
}

function shown(history: BookHistory) {
  if (!history.available) throw new Error(history.reason);
  return {
    rules: [...history.rules.keys()].sort(),
    removed: history.gone.removed.map((rule) => rule.id),
    unpublished: history.gone.unpublished.map((rule) => rule.id),
    entries: [...history.rules.values()].flatMap((rule) => rule.entries.map((entry) => `${rule.id}: ${entry.subject}`)).sort(),
  };
}

describe("a book's history starts where it became this organisation's", () => {
  it('forgets the sample it was forked from when the sample is removed, then the book started (two commits)', () => {
    repo = libraryBook();
    repo.git('rm', '-r', '-q', 'policies');
    repo.commitAt('Remove the sample rules', '2026-03-01T09:00:00+00:00');
    repo.write('policies/_site.yaml', 'organisation: Eastside Pool & Fitness\ncategories: [Pool]\n');
    repo.write('policies/towels.yaml', ruleYaml('towels', 'green'));
    repo.write('policies/lifeguard.yaml', ruleYaml('lifeguard', 'red'));
    repo.commitAt('Our own rules', '2026-03-02T09:00:00+00:00');
    expect(shown(readHistory(join(repo.dir, 'policies')))).toEqual({
      rules: ['lifeguard', 'towels'],
      removed: [],
      unpublished: [],
      entries: ['lifeguard: Our own rules', 'towels: Our own rules'],
    });
  });

  it('forgets it when one commit names the new organisation and replaces the rules, one id kept by chance', () => {
    repo = libraryBook();
    for (const id of ['late-fees', 'storytime', 'study-rooms']) repo.remove(`policies/${id}.yaml`);
    repo.write('policies/_site.yaml', 'organisation: Eastside Pool & Fitness\ncategories: [Pool]\n');
    repo.write('policies/phone-calls.yaml', ruleYaml('phone-calls', 'green', { title: 'Phones on the pool deck' }));
    repo.write('policies/towels.yaml', ruleYaml('towels', 'green'));
    repo.commitAt('Eastside rule book', '2026-03-02T09:00:00+00:00');
    repo.write('policies/towels.yaml', ruleYaml('towels', 'yellow'));
    repo.commitAt('Towels: ask the manager', '2026-03-09T09:00:00+00:00');
    expect(shown(readHistory(join(repo.dir, 'policies')))).toEqual({
      rules: ['phone-calls', 'towels'],
      removed: [],
      unpublished: [],
      entries: ['phone-calls: Eastside rule book', 'towels: Eastside rule book', 'towels: Towels: ask the manager'],
    });
  });

  it('starts with every rule the book kept, untouched ones too (found by a review)', () => {
    repo = libraryBook();
    for (const id of ['late-fees', 'phone-calls', 'study-rooms']) repo.remove(`policies/${id}.yaml`);
    repo.write('policies/_site.yaml', 'organisation: Eastside Pool & Fitness\ncategories: [Pool]\n');
    repo.write('policies/towels.yaml', ruleYaml('towels', 'green'));
    repo.commitAt('Eastside rule book', '2026-03-02T09:00:00+00:00');
    repo.remove('policies/storytime.yaml');
    repo.commitAt('No storytime at a pool', '2026-03-09T09:00:00+00:00');
    const history = shown(readHistory(join(repo.dir, 'policies')));
    expect(history.entries).toEqual(['towels: Eastside rule book']);
    // Kept from the sample, then removed: the pool's own rule, retired.
    expect(history.removed).toEqual(['storytime']);
    repo.git('reset', '-q', '--hard', 'HEAD~1');
    expect(shown(readHistory(join(repo.dir, 'policies'))).entries).toEqual(['storytime: Eastside rule book', 'towels: Eastside rule book']);
  });

  it.each([
    ['the name first, the rules next', ['name', 'rules']],
    ['the rules first (the settings file removed with them), the name next', ['rules', 'name']],
  ])('forgets the sample when a fork does %s (found by a review)', (_, steps) => {
    repo = libraryBook();
    for (const step of steps) {
      if (step === 'name') repo.write('policies/_site.yaml', 'organisation: Eastside Pool & Fitness\ncategories: [Pool]\n');
      else {
        repo.git('rm', '-r', '-q', 'policies');
        repo.write('policies/towels.yaml', ruleYaml('towels', 'green'));
        if (steps[0] === 'name') repo.write('policies/_site.yaml', 'organisation: Eastside Pool & Fitness\ncategories: [Pool]\n');
      }
      repo.commitAt(
        step === 'name' ? 'Our name' : 'Our rules',
        step === steps[0] ? '2026-03-01T09:00:00+00:00' : '2026-03-02T09:00:00+00:00',
      );
    }
    const history = shown(readHistory(join(repo.dir, 'policies')));
    expect(history.removed).toEqual([]);
    expect(history.rules).toEqual(['towels']);
  });

  it('keeps the history of a library that renames itself and keeps its rules', () => {
    repo = libraryBook();
    repo.write('policies/_site.yaml', 'organisation: Riverside Libraries\ncategories: [Spaces]\n');
    repo.remove('policies/storytime.yaml');
    repo.commitAt('New name; storytime moves to the events calendar', '2026-03-02T09:00:00+00:00');
    const history = shown(readHistory(join(repo.dir, 'policies')));
    expect(history.removed).toEqual(['storytime']);
    expect(history.entries).toContain('late-fees: Check before waiving a fee');
  });

  it('keeps the history of a library that replaces most of its rules under its own name', () => {
    repo = libraryBook();
    for (const id of ['late-fees', 'phone-calls', 'storytime']) repo.remove(`policies/${id}.yaml`);
    repo.write('policies/fees.yaml', ruleYaml('fees', 'green'));
    repo.commitAt('The yearly overhaul', '2026-03-02T09:00:00+00:00');
    expect(shown(readHistory(join(repo.dir, 'policies'))).removed).toEqual(['late-fees', 'phone-calls', 'storytime']);
  });
});
