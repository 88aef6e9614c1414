// The changes report points out a red rule changed without a new `approved_by`.
import { describe, expect, it } from 'vitest';
import { diffBooks } from '../../src/lib/changes/diff.ts';
import { snapshotOf } from '../../src/lib/changes/snapshot.ts';
import { ruleYaml } from '../helpers/git-repo.ts';

const book = (...rules: string[]) =>
  snapshotOf(rules.map((text, index) => ({ file: `policies/r${index}.yaml`, bytes: Buffer.from(text) })));
const approved = { approved_by: 'Library board, motion 2024-17', adopted: '2024-05-14' };

describe('red rules and their approval', () => {
  it('lists a red rule whose text changed while approved_by stayed the same', () => {
    const changes = diffBooks(
      book(ruleYaml('cameras', 'red', approved)),
      book(ruleYaml('cameras', 'red', { ...approved, rule: 'New text.' })),
    );
    expect(changes.approvalNotUpdated).toEqual([{ id: 'cameras', title: 'Rule cameras', approvedBy: 'Library board, motion 2024-17' }]);
  });

  it('lists a rule turned red or loosened from red, even without any approved_by', () => {
    const changes = diffBooks(book(ruleYaml('a', 'green'), ruleYaml('b', 'red')), book(ruleYaml('a', 'red'), ruleYaml('b', 'yellow')));
    expect(changes.approvalNotUpdated.map((rule) => [rule.id, rule.approvedBy])).toEqual([
      ['a', undefined],
      ['b', undefined],
    ]);
  });

  it('is satisfied when the change writes a new approval, and ignores other colors', () => {
    const changes = diffBooks(
      book(ruleYaml('cameras', 'red', approved), ruleYaml('noise', 'green')),
      book(
        ruleYaml('cameras', 'red', { approved_by: 'Library board, motion 2026-03', rule: 'New text.' }),
        ruleYaml('noise', 'green', { rule: 'Quieter.' }),
      ),
    );
    expect(changes.approvalNotUpdated).toEqual([]);
  });
});
