// Markdown and HTML pasted into a rule's text: pages and signs show text exactly as written, so
// the check says where, what would show and how to write it. Texts written as an editor pastes
// them from a web page, an email or a word processor.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markupIn } from '../../src/lib/checks/markup.ts';
import { loadBook } from '../../src/lib/load-book.ts';
import { findingsIn } from '../helpers/findings-in.ts';

const found = (text: string) => markupIn(text).map((spot) => `${spot.kind.what}: ${spot.match}`);

describe('markup in text', () => {
  it.each([
    ['**Please** show your card at the desk.', ['Markdown bold: **Please**']],
    ['Bring a photo ID.<br>We can help if you have none.', ['an HTML tag: <br>']],
    [
      'See <a href="https://riverside.example.org/cards">our card page</a>.',
      ['an HTML tag: <a href="https://riverside.example.org/cards">', 'an HTML tag: </a>'],
    ],
    [
      'Fill in [the room form](https://riverside.example.org/rooms) a day ahead.',
      ['a Markdown link: [the room form](https://riverside.example.org/rooms)'],
    ],
    ['Food and drink are welcome&nbsp;in the café.', ['an HTML character code: &nbsp;']],
    ['Snacks are *fine* at the tables.', ['Markdown italics: *fine*']],
    ['What to bring:\n- a photo ID\n- a bill with your address\n', ['a Markdown list: - a photo ID']],
    ['1. Ask at the desk\n2. Fill in the form', ['a Markdown list: 1. Ask at the desk']],
    ['## Quiet floor\nThe third floor is for quiet study.', ['a Markdown heading: ## Quiet floor']],
    // Pasted from a word processor around a whole value (found by an administrator's trial).
    ['“Phone calls in reading rooms”', ['text in curly quotes: “Phone calls in reading rooms”']],
    ['‘mobile’', ['text in curly quotes: ‘mobile’']],
  ])('finds %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Open 9-5 on weekdays.',
    'Ages 5+ are welcome at story time.',
    'Write to us at <help@riverside.example.org> any time.',
    'Q&A after the talk; R&D team; Tom & Jerry films.',
    'Press * then 2 on the phone to reach us.',
    'Children under 8 stay with an adult - always in sight.',
    'It costs $1 - or 50¢ with a card.',
    'Our team (staff and volunteers) is here to help.',
    'Item #4 on the list is the printer.',
    'Use snake_case_names in the file names.',
    // Found by a review: one line that starts like an item, a count after #, a name in underscores.
    'Guests:\n+ 1 guest per member, under 12 free.',
    'Study rooms are on the\n3. floor: ask at the desk.',
    '# of guests: up to 4 per member.',
    'The __init__ file is the setup script.',
    'The sign on the door says “Quiet study” in green.',
    '“Quiet, please” is all we ask on the third floor.',
    // French quotes are how French quotes (found by a review).
    '« Appels » dans le hall',
  ])('leaves plain text alone: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('the check, on a book', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rules-clarity-markup-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  writeFileSync(join(folder, '_site.yaml'), 'organisation: Eastside Library\ncategories: [Spaces]\n');
  writeFileSync(
    join(folder, 'printing.yaml'),
    [
      'id: printing',
      'title: Printing',
      'color: green',
      'category: Spaces',
      'rule: Printing is 10 cents a page.',
      'intent: Covers paper and toner.',
      'public_wording: >-',
      '  You can print from any computer. **First 10 pages',
      '  are free** each day.',
      'bend:',
      '  how: |',
      '    Waive the cost when:',
      '    - it is a job application',
      '    - it is a form for benefits',
      '  limit: Up to 50 pages.',
      '',
    ].join('\n'),
  );

  it('names the place, what would show and the fix', async () => {
    const book = await loadBook(folder, { today: '2026-11-25' });
    const markup = book.findings.filter((finding) => finding.code === 'markup-in-text');
    expect(findingsIn(markup, relative('.', folder), 'printing.yaml')).toEqual([
      '8:36 warning markup-in-text public_wording: `**First 10 pages are free**` is Markdown bold: pages and signs show text exactly as written, so the marks would show',
      '13:5 warning markup-in-text bend.how: `- it is a job application` is a Markdown list: pages and signs show text exactly as written, so its lines would run together, marks and all',
    ]);
    expect(markup[1]!.hint).toMatch(/^Write the items as a sentence/);
  });

  it("finds curly quotes around a title or a tag, not around what staff say (found by an administrator's trial and a review)", async () => {
    writeFileSync(
      join(folder, 'phone-calls.yaml'),
      [
        'id: phone-calls',
        'title: “Phone calls in reading rooms”',
        'color: red',
        'category: Spaces',
        'rule: Calls are for the lobby.',
        'intent: Quiet rooms help people focus.',
        'instead: “I’m sorry, calls are for the lobby. I can show you where it is.”',
        'tags: [“mobile”, calls]',
        '',
      ].join('\n'),
    );
    const book = await loadBook(folder, { today: '2026-11-25' });
    const quoted = book.findings.filter((finding) => finding.code === 'markup-in-text');
    expect(findingsIn(quoted, relative('.', folder), 'phone-calls.yaml')).toEqual([
      '2:8 warning markup-in-text title: `“Phone calls in reading rooms”` is text in curly quotes: pages and signs show text exactly as written, so the quotes would show around it',
      '8:8 warning markup-in-text tags[0]: `“mobile”` is text in curly quotes: pages and signs show text exactly as written, so the quotes would show around it',
    ]);
  });

  it('finds nothing in the sample book', async () => {
    const book = await loadBook('policies', { today: '2026-11-25' });
    expect(book.findings.filter((finding) => finding.code === 'markup-in-text')).toEqual([]);
  });
});
