// A rule leaving the public edition, or joining it: one line `public: false` takes its public
// page, search entry and signs away, which the report had listed as one more changed field
// (found by a reviewer's trial).
import { describe, expect, it } from 'vitest';
import { diffBooks } from '../../src/lib/changes/diff.ts';
import { formatChangesMarkdown } from '../../src/lib/changes/markdown.ts';
import { snapshotOf } from '../../src/lib/changes/snapshot.ts';
import { ruleYaml } from '../helpers/git-repo.ts';

const book = (...rules: string[]) =>
  snapshotOf(rules.map((text, index) => ({ file: `policies/r${index}.yaml`, bytes: Buffer.from(text) })));
const cameras = (extra: Record<string, unknown> = {}) =>
  ruleYaml('cameras', 'green', { title: 'Taking photos', owner: 'Head of services', ...extra });
const report = (before: string, after: string) => formatChangesMarkdown(diffBooks(book(before), book(after)), 'main');

describe('a rule made staff-only', () => {
  it('is in the headline for sign-off by its owner, with what goes from the public', () => {
    for (const before of [cameras(), cameras({ public: true })]) {
      const markdown = report(before, cameras({ public: false }));
      expect(markdown.split('\n')[2]).toBe('**1 rule made staff-only: needs sign-off** · 1 changed');
      expect(markdown).toContain(
        "**Made staff-only: needs sign-off** by Head of services. Its public page, its place in the public search and its printable sign go, and no page is left at its address: a printed sign's QR code will lead to a missing page, so take its signs down.",
      );
    }
  });

  it('is signed off by the owner before the change when the change also names another', () => {
    const changes = diffBooks(book(cameras()), book(cameras({ public: false, owner: 'Volunteer' })));
    expect(changes.changed[0]!.visibility).toEqual({ staffOnly: true, signOff: { owner: 'Head of services', ownerNow: 'Volunteer' } });
  });
});

describe('a rule made public', () => {
  it('is told as publishing, not as needing sign-off', () => {
    const markdown = report(cameras({ public: false }), cameras());
    expect(markdown.split('\n')[2]).toBe('1 made public · 1 changed');
    expect(markdown).toContain(
      '**Made public**: its title, public wording and reason go into the public edition, its search and the printable signs.',
    );
    expect(markdown).not.toContain('sign-off');
  });

  it('says nothing when `public: true` is only written out', () => {
    expect(diffBooks(book(cameras()), book(cameras({ public: true }))).changed[0]?.visibility).toBeUndefined();
  });
});
