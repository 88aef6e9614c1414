// Examples paired by their situation, not by place: two examples swapped, with "call police if he
// refuses" dropped from one, had read as four rewrites mixing unrelated situations (found by a
// reviewer's trial).
import { describe, expect, it } from 'vitest';
import { diffBooks } from '../../src/lib/changes/diff.ts';
import { formatChangesMarkdown } from '../../src/lib/changes/markdown.ts';
import { snapshotOf } from '../../src/lib/changes/snapshot.ts';
import { ruleYaml } from '../helpers/git-repo.ts';

const book = (...rules: string[]) =>
  snapshotOf(rules.map((text, index) => ({ file: `policies/r${index}.yaml`, bytes: Buffer.from(text) })));

const refuses = {
  situation: 'A man keeps shouting at staff after being asked to stop.',
  response: 'Ask him to leave; call police if he refuses.',
};
const sleeping = { situation: 'Someone is asleep in a reading room chair.', response: 'Let them be unless they snore loudly.' };
const food = { situation: 'A child eats crisps by the computers.', response: 'Point to the café kindly.' };

const conduct = (color: 'red' | 'yellow' | 'green', examples: unknown[]) =>
  ruleYaml('conduct', color, { title: 'Behaviour', owner: 'Head of safety', examples });

describe('examples in the changes report, paired by situation', () => {
  it('reads two examples swapped, one reworded, as that one rewording, under its place now', () => {
    const changes = diffBooks(
      book(conduct('green', [refuses, sleeping])),
      book(conduct('green', [sleeping, { ...refuses, response: 'Ask him to leave.' }])),
    );
    const fields = changes.changed[0]!.fields;
    expect(fields.map((field) => [field.field, field.before, field.after])).toEqual([
      ['examples[1].response', 'Ask him to leave; call police if he refuses.', 'Ask him to leave.'],
    ]);
    expect(changes.changed[0]!.examplesRemoved).toBeUndefined();
  });

  it('pairs a reworded situation with the most alike, shows each situation before its response and those taken out last', () => {
    const fields = diffBooks(
      book(conduct('green', [refuses, sleeping])),
      book(conduct('green', [{ ...sleeping, situation: 'Someone is asleep in a chair.' }, food])),
    ).changed[0]!.fields;
    expect(fields.map((field) => `${field.field}: ${field.before ?? '-'} → ${field.after ?? '-'}`)).toEqual([
      'examples[0].situation: Someone is asleep in a reading room chair. → Someone is asleep in a chair.',
      'examples[1].situation: - → A child eats crisps by the computers.',
      'examples[1].response: - → Point to the café kindly.',
      'examples[0].situation: A man keeps shouting at staff after being asked to stop. → -',
      'examples[0].response: Ask him to leave; call police if he refuses. → -',
    ]);
  });

  it("shows an example taken out with its text and, in a red or yellow rule, asks the owner's review", () => {
    const markdown = formatChangesMarkdown(
      diffBooks(book(conduct('yellow', [refuses, sleeping])), book(conduct('yellow', [sleeping]))),
      'main',
    );
    expect(markdown.split('\n')[2]).toBe('**1 red or yellow rule with an example taken out: needs review** · 1 changed');
    expect(markdown).toContain(
      [
        '**An example taken out: needs review** by Head of safety. What staff were told to do in that situation is no longer written down.',
        '',
        '**Example 1 (taken out), situation** (<code>examples\\[0\\].situation</code>)',
        '',
        '- Before: A man keeps shouting at staff after being asked to stop.',
        '- After: _(none)_',
        '',
        '**Example 1 (taken out), response** (<code>examples\\[0\\].response</code>)',
        '',
        '- Before: Ask him to leave; call police if he refuses.',
        '- After: _(none)_',
      ].join('\n'),
    );
    // A green rule's example taken out is listed, not flagged.
    const green = diffBooks(book(conduct('green', [refuses, sleeping])), book(conduct('green', [sleeping])));
    expect(green.changed[0]!.examplesRemoved).toBeUndefined();
    expect(green.changed[0]!.fields.map((field) => field.field)).toEqual(['examples[0].situation', 'examples[0].response']);
  });

  it("asks the owner's review of a red or yellow rule's example whose response was rewritten, its situation too (found by a review)", () => {
    const weaker = { situation: 'A man keeps shouting at staff on a weekend.', response: 'Let him stay.' };
    for (const color of ['red', 'yellow'] as const) {
      const changes = diffBooks(book(conduct(color, [refuses])), book(conduct(color, [weaker])));
      expect(changes.changed[0]!.discretion?.fields, color).toContain('examples[0].response');
    }
    // A green rule's example is staff's to bend: told, not flagged.
    expect(diffBooks(book(conduct('green', [refuses])), book(conduct('green', [weaker]))).changed[0]!.discretion).toBeUndefined();
  });
});
