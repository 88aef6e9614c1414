// "Copy a rule close to yours", the editing guide says: a rule started from a copy of another kept
// that rule's Spanish, which then said the other rule's words on the public pages, as current,
// and passed every check (found by a deputy director's trial).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBook } from '../../src/lib/load-book.ts';
import { findingsIn } from '../helpers/findings-in.ts';

// As an administrator makes a new rule from an old one: own id, title and texts; the rest as it was.
const copyOfStudyRooms = (text: string) =>
  text
    .replace('id: study-rooms', 'id: quiet-pods')
    .replace('title: Booking a study room', 'title: Quiet pods')
    .replace(/^public_wording: >-\n(?: {2}.*\n)+/m, 'public_wording: >-\n  Use a quiet pod for up to an hour, no booking needed.\n')
    // Its reason reworded, the Spanish one kept: a reason may be a stock sentence, at home on many rules.
    .replace(/^public_why: >-\n(?: {2}.*\n)+/m, 'public_why: >-\n  We share the pods fairly.\n');

describe('a translation copied with a rule', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rules-clarity-copied-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  cpSync('policies', folder, { recursive: true });
  writeFileSync(join(folder, 'spaces/quiet-pods.yaml'), copyOfStudyRooms(readFileSync(join(folder, 'spaces/study-rooms.yaml'), 'utf8')));

  it('is told at both rules, each naming the other, neither told it is the copy', async () => {
    const book = await loadBook(folder, { today: '2026-11-25' });
    const dir = relative('.', folder);
    const found = book.findings.filter((finding) => finding.code === 'translation-copied');
    expect(findingsIn(found, dir, 'spaces/quiet-pods.yaml')).toEqual([
      expect.stringMatching(
        /^\d+:\d+ warning translation-copied translations\.es\.title: the Spanish title is word for word that of "Booking a study room" \(.*spaces\/study-rooms\.yaml\), whose own title is not this rule's: one of the two translates the other rule$/,
      ),
      expect.stringMatching(
        / translations\.es\.public_wording: the Spanish public wording is word for word that of "Booking a study room" /,
      ),
    ]);
    expect(findingsIn(found, dir, 'spaces/study-rooms.yaml')).toEqual([
      expect.stringMatching(/ translations\.es\.title: the Spanish title is word for word that of "Quiet pods" /),
      expect.stringMatching(/ translations\.es\.public_wording: /),
    ]);
    expect(found[0]!.hint).toMatch(
      /^Where this rule was made from a copy of that one, translate this rule's (title|public wording) into Spanish/,
    );
  });

  it('is not told of the sample book', async () => {
    const book = await loadBook('policies', { today: '2026-11-25' });
    expect(book.findings.filter((finding) => finding.code === 'translation-copied')).toEqual([]);
  });
});
