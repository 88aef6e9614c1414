// A yellow rule names whom to check with. What an editor writes while the answer is not decided
// yet ("TBD", "someone", "me") passed the check, and every card of the rule read "Check first with
// TBD." (found by an administrator's trial).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBook } from '../../src/lib/load-book.ts';
import { findingsIn } from '../helpers/findings-in.ts';

describe('whom to ask names someone', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rules-clarity-ask-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  writeFileSync(join(folder, '_site.yaml'), 'organisation: Eastside Library\ncategories: [Spaces]\n');
  const rule = (id: string, ask: string) =>
    writeFileSync(
      join(folder, `${id}.yaml`),
      [
        `id: ${id}`,
        'title: Study rooms',
        'color: yellow',
        'category: Spaces',
        'rule: Rooms are booked for two hours.',
        'intent: Everyone gets a turn.',
        'public_wording: You are welcome to book a study room for two hours.',
        'bend:',
        '  how: Give another hour when nobody is waiting.',
        `  ask: ${ask}`,
        '',
      ].join('\n'),
    );
  const placeholders = [
    'TBD',
    'someone',
    'me',
    '???',
    'Staff.',
    'To be decided',
    'n/a',
    '...',
    // Written out, as a reviewer's trial found them passing.
    'TBD - will confirm',
    'whoever is on the desk',
    'any staff member',
    'a colleague',
    'someone else',
    'none yet',
    'Your call',
    'TBD?',
    // A note after a placeholder that hands it back to the desk (found by the second review).
    'None - staff decide',
    'N/A - use your own judgment',
    'No one (use your judgment)',
  ];
  placeholders.forEach((ask, index) => rule(`placeholder-${index}`, ask));
  const named = [
    'Supervisor on duty',
    'Maria Lopez',
    'IT help desk',
    'Ask at desk #2 by the doors',
    'Branch manager or deputy',
    'Someone from the IT team',
    'Any supervisor',
    'None of the pages; the branch manager',
    // Found by a review: roles written with "whoever", a note after "N/A".
    'Whoever is acting branch manager',
    'Whoever is the person in charge on shift',
    'N/A - handled by IT help desk',
    'Whoever is in charge',
  ];
  named.forEach((ask, index) => rule(`named-${index}`, ask));

  it('warns at the value, saying what the desk would read, with the fix', async () => {
    const book = await loadBook(folder, { today: '2026-11-25' });
    const dir = relative('.', folder);
    const found = book.findings.filter((finding) => finding.code === 'ask-not-named');
    expect(findingsIn(found, dir, 'placeholder-0.yaml')).toEqual([
      '10:8 warning ask-not-named bend.ask: "TBD" names no one: staff at the desk have no one to ask',
    ]);
    expect(found[0]!.hint).toMatch(/^Name a role staff can find on shift/);
    for (const index of placeholders.keys())
      expect(findingsIn(found, dir, `placeholder-${index}.yaml`), placeholders[index]).toHaveLength(1);
    for (const index of named.keys()) expect(findingsIn(found, dir, `named-${index}.yaml`), named[index]).toEqual([]);
  });
});
