// What staff may do when a rule bends, changed within its color: the report asks the rule's owner
// to review it, as no color change shows it.
import { describe, expect, it } from 'vitest';
import { diffBooks } from '../../src/lib/changes/diff.ts';
import { formatChangesMarkdown } from '../../src/lib/changes/markdown.ts';
import { snapshotOf } from '../../src/lib/changes/snapshot.ts';
import { ruleYaml } from '../helpers/git-repo.ts';

const book = (...rules: string[]) =>
  snapshotOf(rules.map((text, index) => ({ file: `policies/r${index}.yaml`, bytes: Buffer.from(text) })));
const report = (before: string, after: string) => formatChangesMarkdown(diffBooks(book(before), book(after)), 'main');

describe('whom to ask first (`bend.ask`)', () => {
  const rooms = (ask: string) => ruleYaml('rooms', 'yellow', { title: 'Study rooms', owner: 'Branch manager', bend: { ask } });

  it("changed, needs the owner's review, as a changed limit does (found by a reviewer's trial)", () => {
    const changes = diffBooks(book(rooms('Branch manager')), book(rooms('Any colleague')));
    expect(changes.changed[0]!.discretion).toEqual({ fields: ['bend.ask'], signOff: { owner: 'Branch manager' } });
    const markdown = report(rooms('Branch manager'), rooms('Any colleague'));
    expect(markdown).toContain('**1 rule with what staff may do changed: needs review**');
    expect(markdown).toContain('**What staff may do changed (<code>bend.ask</code>): needs review** by Branch manager');
  });

  it('is not flagged when only spaces changed', () => {
    expect(diffBooks(book(rooms('Branch manager')), book(rooms('Branch  manager '))).changed).toEqual([]);
  });
});
