// A yearly review updates every rule's review dates in one pull request, beside a few real
// changes: the report lists the reviewed rules a line each, after the changes, so the real ones
// are not lost among dozens of date changes (found by a new-user trial).
import { describe, expect, it } from 'vitest';
import { diffBooks } from '../../src/lib/changes/diff.ts';
import { formatChangesMarkdown } from '../../src/lib/changes/markdown.ts';
import { redline } from '../../src/lib/changes/redline.ts';
import { snapshotOf } from '../../src/lib/changes/snapshot.ts';
import { ruleYaml } from '../helpers/git-repo.ts';

const book = (...rules: string[]) =>
  snapshotOf(rules.map((text, index) => ({ file: `policies/r${index}.yaml`, bytes: Buffer.from(text) })));
const lastYear = { reviewed: '2025-11-20', review_by: '2026-11-20' };
const thisYear = { reviewed: '2026-11-29', review_by: '2027-11-29' };

describe('review dates in the changes report', () => {
  it('lists rules whose only change is their review dates apart from the changed ones, a line each', () => {
    const markdown = formatChangesMarkdown(
      diffBooks(
        book(
          ruleYaml('noise', 'green', lastYear),
          ruleYaml('wifi', 'green', lastYear),
          ruleYaml('cameras', 'yellow', lastYear),
          ruleYaml('fees', 'yellow', lastYear),
        ),
        book(
          ruleYaml('noise', 'green', thisYear),
          ruleYaml('wifi', 'green', { ...thisYear, public_wording: 'Wi-Fi is free, inside and out.' }),
          // Reviewed and made red: a color change is never "only the dates".
          ruleYaml('cameras', 'red', thisYear),
          ruleYaml('fees', 'yellow', { reviewed: '2026-11-29', review_by: '2026-11-20' }),
        ),
      ),
      'main..review',
    );
    expect(markdown).toContain('2 changed · 2 with new review dates only');
    const changed = markdown.slice(markdown.indexOf('### Changed'), markdown.indexOf('### Review dates only'));
    expect(changed).toContain('(<code>wifi</code>)');
    expect(changed).toContain('(<code>cameras</code>)');
    expect(changed).not.toContain('(<code>noise</code>)');
    const reviewed = markdown.slice(markdown.indexOf('### Review dates only'));
    expect(reviewed).toContain(
      '- Rule noise (<code>noise</code>): last reviewed 2026-11-29 (was 2025-11-20), review by 2027-11-29 (was 2026-11-20)',
    );
    expect(reviewed).toContain('- Rule fees (<code>fees</code>): last reviewed 2026-11-29 (was 2025-11-20)');
    expect(reviewed).not.toContain('wifi');
  });

  it('strikes out a date, or any one word, whole rather than split at its hyphens', () => {
    expect(redline('2026-02-11', '2026-11-29')).toEqual([
      { op: 'removed', text: '2026-02-11' },
      { op: 'added', text: '2026-11-29' },
    ]);
    // Text of several words keeps its word-by-word redline.
    expect(redline('Waive up to $5.', 'Waive up to $10.')?.[0]).toEqual({ op: 'same', text: 'Waive up to $' });
  });
});

describe('examples in the changes report', () => {
  const example = (situation: string) => ({ situation, response: `Respond to: ${situation}` });
  const withExamples = (...situations: string[]) => ruleYaml('noise', 'green', { examples: situations.map(example) });
  const changed = (from: string, to: string) => diffBooks(book(from), book(to)).changed.flatMap((rule) => rule.fields);

  it('reads an example added in the middle as one example added, not the later ones rewritten (found by a new-user trial)', () => {
    expect(
      changed(withExamples('A phone rings', 'A child cries'), withExamples('A phone rings', 'A group chats', 'A child cries')),
    ).toEqual([
      { field: 'examples[1].situation', after: 'A group chats' },
      { field: 'examples[1].response', after: 'Respond to: A group chats' },
    ]);
  });

  it('reads an example taken out as removed, under the place it had', () => {
    expect(
      changed(withExamples('A phone rings', 'A group chats', 'A child cries'), withExamples('A phone rings', 'A child cries')),
    ).toEqual([
      { field: 'examples[1].situation', before: 'A group chats' },
      { field: 'examples[1].response', before: 'Respond to: A group chats' },
    ]);
  });

  it('pairs examples by situation when they were also edited: the one moved is no change', () => {
    const fields = changed(
      withExamples('A phone rings', 'A child cries'),
      withExamples('A phone buzzes', 'A group chats', 'A child cries'),
    );
    expect(fields.map((field) => `${field.field} ${field.before ?? '-'} → ${field.after ?? '-'}`)).toEqual([
      'examples[0].situation A phone rings → A phone buzzes',
      'examples[0].response Respond to: A phone rings → Respond to: A phone buzzes',
      'examples[1].situation - → A group chats',
      'examples[1].response - → Respond to: A group chats',
    ]);
  });
});
