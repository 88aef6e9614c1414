// Rule files as administrators mistype them: each fixture in tests/fixtures/yaml-mistakes holds one
// mistake (two-mistakes.yaml two). The check must point at the line to change, say what is wrong
// in plain words and give a fix for that very line. Also the two traps where YAML reads a file
// without complaint but publishes text other than what was written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBook, loadBook, type InputFile } from '../../src/lib/load-book.ts';
import type { Finding } from '../../src/lib/finding.ts';

const dir = 'tests/fixtures/yaml-mistakes';
const book = await loadBook(dir, { today: '2026-11-25' });

const errorsIn = (findings: readonly Finding[], file: string) =>
  findings.filter((finding) => finding.file === file && finding.severity === 'error');
const shown = (finding: Finding) => `${finding.line}:${finding.column} ${finding.code} ${finding.field}: ${finding.message}`;

describe('YAML mistakes are said in plain words, at the line to change', () => {
  it.each([
    [
      'tab-indent.yaml',
      '9:1 yaml-tab bend.how: the line is indented with a tab; YAML needs spaces',
      'Replace the tab at the start of the line with spaces, lining the line up with the lines it belongs with (VS Code: "Convert Indentation to Spaces").',
    ],
    // Inside a block of text, yaml reports this as a line indented too little.
    [
      'tab-in-text.yaml',
      '8:1 yaml-tab intent: the line is indented with a tab; YAML needs spaces',
      'Replace the tab at the start of the line with spaces, lining the line up with the lines it belongs with (VS Code: "Convert Indentation to Spaces").',
    ],
    // yaml reports every later field, each at the left edge, as an error of its own.
    [
      'indented-first-field.yaml',
      '2:3 yaml-indent id: `id:` is indented, but the fields of a file start at the left edge',
      'Remove the spaces before `id:`.',
    ],
    // yaml blames `limit:`, which is where a field of `bend` usually starts.
    [
      'first-field-too-far-in.yaml',
      '9:4 yaml-indent bend.how: `how:` is indented further than the other fields of `bend`',
      'Move `how:` left to line up with `limit:`, 2 spaces in.',
    ],
    // yaml blames the second line, which is where the text usually starts.
    [
      'text-first-line-too-far-in.yaml',
      '7:4 yaml-indent intent: the first line of the text of `intent` is indented further than the lines after it',
      'Indent all lines of the text of `intent` by the same number of spaces, 2 here.',
    ],
    [
      'field-too-far-in.yaml',
      '10:5 yaml-indent bend.limit: `limit:` is indented further than `how:` above it, so it does not start a field of its own',
      'Move `limit:` left to line up with `how:`.',
    ],
    [
      'field-too-far-out.yaml',
      '10:2 yaml-indent bend.limit: `limit:` is not lined up with the fields above it',
      'Move `limit:` right to line up with `how:` above it, or left to line up with `bend:` if it does not belong under `bend`.',
    ],
    // yaml itself blames the comment on line 4.
    [
      'comment-above-misaligned.yaml',
      '5:2 yaml-indent category: `category:` is not lined up with the fields above it',
      'Move `category:` left to line up with `color:`.',
    ],
    // yaml itself blames the end of the file.
    [
      'unclosed-quote.yaml',
      '2:8 yaml-unclosed-quote title: the text that starts with " here has no closing "',
      'Add a closing " where the text ends, on the same line.',
    ],
    // Found by a new-user trial: the text goes on below, and the closing quote is there.
    [
      'quoted-text-on-two-lines.yaml',
      '7:17 yaml-unclosed-quote public_wording: the text that starts with " here goes on to line 8, which is not indented, so YAML does not read it as part of the text',
      'Indent the lines after the first by two spaces, or write the whole text on one line.',
    ],
    // Found by a review: the next field's quoted text is not where this one goes on.
    [
      'unclosed-quote-before-quoted.yaml',
      '7:17 yaml-unclosed-quote public_wording: the text that starts with " here has no closing "',
      'Add a closing " where the text ends, on the same line.',
    ],
    // Found by a new-user trial: pasted from a word processor, the text ends with a curly quote.
    [
      'curly-closing-quote.yaml',
      '7:17 yaml-unclosed-quote public_wording: the text that starts with " here ends with a curly ”, which YAML does not read as its closing "',
      'Replace the curly ” at the end of the line with a straight ".',
    ],
    // Found by a new-user trial: "Ask" had been taken for the field `ask` without its colon.
    [
      'sentence-like-a-field.yaml',
      '8:1 yaml-indent public_wording: this line reads as more of the text of `public_wording` (line 7), but it is not indented under `public_wording:`, so YAML does not read it as text',
      'Indent it two spaces further than `public_wording:`, or join it to the end of line 7.',
    ],
    [
      'apostrophe-in-quotes.yaml',
      '7:21 yaml-text-after-quote public_wording: the apostrophe in "You\'re" ends the text that started with \'',
      'Put the whole text in one pair of quotes: `public_wording: "You\'re welcome to take calls in the lobby."`',
    ],
    [
      'text-after-quote.yaml',
      '2:16 yaml-text-after-quote title: the text goes on after its closing "',
      'Put the whole text in one pair of quotes: `title: \'"Quiet" reading rooms\'`',
    ],
    [
      'colon-in-text.yaml',
      '8:10 yaml-colon-in-text instead: the text has `: ` (a colon and a space) in it, which YAML reads as the start of a field',
      'Put the text in quotes: `instead: "Offer this instead: a meeting room, if one is free."`',
    ],
    // Quoted, as a colon in text is, the Spanish fields below would replace the English ones (found by a new-user trial).
    [
      'group-field-on-its-line.yaml',
      '10:15 yaml-indent translations: `es:` starts a field of `translations`, so it goes on a line of its own below `translations:`',
      'Write `translations:` alone on its line, and `es:` on the next line, two spaces further in than `translations:`, with its fields indented under it.',
    ],
    // Pasted without `---`: one finding for the second rule, not one per field to delete (found by a new-user trial).
    [
      'second-rule-no-separator.yaml',
      '10:1 yaml-second-document id: a second rule starts here (`id: two-rules-again`), but a rule file holds one rule',
      'Move this line and the lines after it into a file of their own, `two-rules-again.yaml`, beside this one.',
    ],
    // Word's quotes were meant as quotes: the fix gives YAML's, not both (found by a new-user trial).
    [
      'colon-in-curly-quotes.yaml',
      '2:8 yaml-colon-in-text title: the text has `: ` (a colon and a space) in it, which YAML reads as the start of a field',
      'Put the text in quotes: `title: "Study rooms: booking"`',
    ],
    ['missing-colon.yaml', '8:1 yaml-missing-colon owner: `owner` needs a colon after it', 'Write `owner: Public services manager`.'],
    // Found by a reviewer's trial: read as YAML, the markers were told as indentation and a
    // missing colon, and indented as told they were published inside the text.
    [
      'merge-conflict.yaml',
      "10:1 merge-conflict : `<<<<<<< HEAD` is git's mark of a merge conflict (the first version begins here): the file holds both versions",
      'Keep the lines you mean, from one side or both, and delete the marker lines (`<<<<<<<`, `=======` and `>>>>>>>`; and `|||||||` with the lines under it, where git shows what both sides started from).',
    ],
    // git's diff3 style adds what both sides started from (found by a review).
    [
      'merge-conflict-diff3.yaml',
      "10:1 merge-conflict : `||||||| base` is git's mark of a merge conflict (the lines both started from begin here): the file holds both versions",
      'Keep the lines you mean, from one side or both, and delete the marker lines (`<<<<<<<`, `=======` and `>>>>>>>`; and `|||||||` with the lines under it, where git shows what both sides started from).',
    ],
    [
      'merge-conflict-indented.yaml',
      "11:5 merge-conflict : `=======` is git's mark of a merge conflict (the second begins here): the file holds both versions",
      'Keep the lines you mean, from one side or both, and delete the marker lines (`<<<<<<<`, `=======` and `>>>>>>>`; and `|||||||` with the lines under it, where git shows what both sides started from).',
    ],
    // A line of text moved to the left edge: a colon after its first word would break the text.
    [
      'text-line-at-left-edge.yaml',
      '9:1 yaml-indent public_wording: this line looks like more of the text of `public_wording` (line 7), but it is indented less than the lines above it, so YAML does not read it as text',
      'Start it 2 spaces in, as the lines above it are.',
    ],
    // But a misspelled field name there is a field, never more of the text (found by a review).
    [
      'misspelled-field-after-text.yaml',
      '10:1 yaml-missing-colon owner: `ownr` looks like the field `owner` without its colon',
      'Write `owner: Public services manager`.',
    ],
    [
      'translation-line-out-of-line.yaml',
      '15:5 yaml-indent translations.es.public_wording: this line looks like more of the text of `public_wording` (line 13), but it is indented less than the lines above it, so YAML does not read it as text',
      'Start it 6 spaces in, as the lines above it are.',
    ],
    // `es:` moved to the left edge with `ar:` below it: yaml stops at `ar:`, which had been called
    // a line of the Spanish text (found by an administrator's trial).
    [
      'language-at-left-edge.yaml',
      '11:1 yaml-indent translations.es: `es:` is at the left edge, so it is not read as a language under `translations:`',
      'Indent `es:` two spaces, under `translations:`, and its fields two spaces more than `es:`, as the other languages.',
    ],
    ['no-space-after-colon.yaml', '2:1 yaml-missing-colon title: `title:` needs a space after the colon', 'Write `title: Group study`.'],
    [
      'missing-dash.yaml',
      '13:3 yaml-missing-dash examples.situation: `situation:` is lined up with the `-` of the list items above, but has no `-` in front',
      "Write `- ` in front of `situation:` to start a new item, as above, and line up the item's other fields with `situation:`.",
    ],
    [
      'missing-dash-in-tags.yaml',
      '12:3 yaml-missing-dash tags: this line is lined up with the `-` of the list items above, but has no `-` in front',
      'Write `- ` in front of it, as in the items above.',
    ],
    // Found by a new-user trial: the dash is there, the space after it is not.
    [
      'no-space-after-dash.yaml',
      '12:3 yaml-missing-dash tags: this line has no space after its `-`, so YAML reads it as text, not as an item of the list above',
      'Put a space after the dash: `- cell`.',
    ],
    // yaml blames `response:`, which is where the item's fields usually start.
    [
      'list-item-too-far-in.yaml',
      '11:5 yaml-indent examples.situation: `- situation:` is indented further than the fields of its item',
      'Move `- situation:` left so that the `-` is 2 spaces in and `situation:` lines up with `response:`.',
    ],
    [
      'list-items-not-lined-up.yaml',
      '13:2 yaml-indent examples.situation: `- situation:` is not lined up with the `-` of the items above',
      'Move `- situation:` right to line up with the `-` above, 2 spaces in.',
    ],
    // yaml reads the first item as fields of `examples` and blames the second item, line 13.
    [
      'first-item-without-dash.yaml',
      '11:5 yaml-missing-dash examples.situation: `situation:` starts the first item of the list `examples`, but has no `-` in front',
      'Write `- ` in front of `situation:`, with the `-` lined up with the `-` of the other items of `examples`, 2 spaces in.',
    ],
    // yaml reads both items as one and reports `situation` and `response` as repeated fields.
    [
      'second-item-without-dash.yaml',
      '13:5 yaml-missing-dash examples.situation: `situation:` appears twice in the same item of the list: it starts a new item, but has no `-` in front',
      'Write `- ` in front of `situation:`, lined up with the `-` of the item above.',
    ],
    [
      'item-field-out-of-line.yaml',
      '12:3 yaml-indent examples.response: `response:` is not lined up with the fields above it',
      'Move `response:` right to line up with `situation:`.',
    ],
    [
      'block-text-not-indented.yaml',
      '7:1 yaml-indent intent: the text of `intent` must be indented under `intent:`',
      'Indent the text lines below `intent:` by two more spaces than `intent:` itself.',
    ],
    // Read by yaml as a reference to an anchor named "Always*", with text after it.
    [
      'starts-with-star.yaml',
      '8:10 yaml-reserved-start instead: text cannot start with `*` unless it is in quotes',
      'Put the text in quotes: `instead: "*Always* show the way to the main doors."`',
    ],
    [
      'starts-with-at.yaml',
      '8:8 yaml-reserved-start owner: text cannot start with `@` unless it is in quotes',
      'Put the text in quotes: `owner: "@facilities on the staff chat"`',
    ],
    [
      'bracket-start.yaml',
      '2:16 yaml-text-after-quote title: the text goes on after the closing `]`: text that starts with `[` is read as a list',
      'Put the whole text in quotes: `title: "[Draft] Phone calls in reading rooms"`',
    ],
    // Only a warning to yaml, which drops the unknown tag `!Updated` from the title.
    [
      'tag-start.yaml',
      '2:8 yaml-reserved-start title: text cannot start with `!` unless it is in quotes',
      'Put the text in quotes: `title: "!Updated phone calls in reading rooms"`',
    ],
    [
      'list-on-field-line.yaml',
      '10:10 yaml-list-on-field-line related: a list cannot start on the same line as its field',
      'Write each item on a line of its own below `related:`, as `  - noise`; if it is text, put it in quotes: `related: "- noise"`',
    ],
    // `\P` before it is a code yaml accepts (a paragraph break); single quotes fix both.
    [
      'backslash-in-quotes.yaml',
      '9:49 yaml-bad-escape bend.ask: `\\p` cannot be written in text between double quotes: a backslash there starts a code such as `\\n`',
      "Put the text between single quotes instead: `ask: 'Supervisor on duty; forms in S:\\Policies\\printing'`",
    ],
    [
      'second-rule-pasted.yaml',
      '10:1 yaml-second-document : the `---` line starts a second document, but a rule file holds one rule',
      'Remove the `---` line; put any other rule in a file of its own.',
    ],
    [
      'unclosed-bracket.yaml',
      '10:7 yaml-unclosed-bracket tags: the list that starts with `[` here has no closing `]`',
      'Add `]` after the last item, e.g. `tags: [mobile, cell]`.',
    ],
  ])('%s', (file, expected, hint) => {
    const errors = errorsIn(book.findings, `${dir}/${file}`);
    expect(errors.map(shown)).toEqual([expected]);
    expect(errors[0]!.hint).toBe(hint);
  });

  it('drops the knock-on errors of a mistake but keeps a second mistake further down', () => {
    // yaml reports one error for the first mistake and one per tab-indented line for the second.
    expect(errorsIn(book.findings, `${dir}/two-mistakes.yaml`).map(shown)).toEqual([
      '2:1 yaml-missing-colon title: `title:` needs a space after the colon',
      '9:1 yaml-tab bend.how: the line is indented with a tab; YAML needs spaces',
    ]);
  });

  it('says a non-breaking space where YAML needs a plain one is that, and leaves one inside a text alone (found by a new-user trial)', () => {
    expect(errorsIn(book.findings, `${dir}/non-breaking-spaces.yaml`).map(shown)).toEqual([
      '3:7 yaml-odd-space color: the line has a non-breaking space after the colon (often copied from a web page or an email), where YAML needs a plain space',
      '9:1 yaml-odd-space bend.how: the line has a non-breaking space in its indent (often copied from a web page or an email), where YAML needs a plain space',
    ]);
  });

  it("never passes on the parser's own words", () => {
    const syntax = book.findings.filter((finding) => finding.code.startsWith('yaml-'));
    expect(syntax.length).toBeGreaterThan(15);
    for (const finding of syntax) {
      expect(finding.code).not.toBe('yaml-syntax');
      expect(finding.message).not.toMatch(/mapping|implicit|scalar|compact|token/i);
    }
  });

  it('points at the line of the broken-book fixture that is indented wrongly, not the correct one above', async () => {
    const broken = await loadBook('tests/fixtures/broken-book', { today: '2026-11-25' });
    expect(errorsIn(broken.findings, 'tests/fixtures/broken-book/yaml-syntax.yaml').map(shown)).toEqual([
      '4:2 yaml-indent category: `category:` is indented further than `color:` above it, so it does not start a field of its own',
    ]);
  });
});

describe('YAML that reads without error but publishes other text than was written', () => {
  it('a field indented as far as the block of text above it', () => {
    const [error, ...rest] = errorsIn(book.findings, `${dir}/limit-inside-how.yaml`);
    expect(rest).toEqual([]);
    expect(shown(error!)).toBe(
      '12:5 yaml-field-in-text bend.how: `limit:` is indented as part of the text of `how`, so it is not read as a field: its line would be published as part of that text',
    );
    expect(error!.hint).toBe('Move `limit:` left to line up with `how:`.');
  });

  it("a group's field left in line with the public wording, where it would be published (found by a new-user trial)", () => {
    const [error, ...rest] = errorsIn(book.findings, `${dir}/limit-in-public-wording.yaml`);
    expect(rest).toEqual([]);
    expect(shown(error!)).toBe(
      '10:3 yaml-field-in-text public_wording: `limit:` is indented as part of the text of `public_wording`, so it is not read as a field: its line would be published as part of that text',
    );
    expect(error!.hint).toBe('`limit` belongs under `bend:`: move the line there, indented two spaces more than `bend:`.');
  });

  it('a # in text without quotes', () => {
    const [error, ...rest] = errorsIn(book.findings, `${dir}/hash-in-text.yaml`);
    expect(rest).toEqual([]);
    expect(shown(error!)).toBe(
      '9:20 yaml-comment-in-text bend.ask: the text is cut after "desk": YAML reads "#2 by the doors" as a comment and leaves it out',
    );
    expect(error!.hint).toBe(
      'Put the text in quotes: `ask: "Ask at desk #2 by the doors"`. If the part after # is a note for editors, put it on a line of its own.',
    );
  });

  it('text that starts with &', () => {
    const [error, ...rest] = errorsIn(book.findings, `${dir}/ampersand-start.yaml`);
    expect(rest).toEqual([]);
    expect(shown(error!)).toBe(
      '10:8 yaml-reserved-start owner: YAML reads "&facilities" as a name for the value, not as text, so the text is only "team"',
    );
    expect(error!.hint).toBe('Put the text in quotes: `owner: "&facilities team"`');
  });

  it('a list item one step too far in', () => {
    const [error, ...rest] = errorsIn(book.findings, `${dir}/tag-too-far-in.yaml`);
    expect(rest).toEqual([]);
    expect(shown(error!)).toBe(
      '12:4 yaml-indent tags[0]: this item is indented further than the `-` above it, so it is read as part of the text of the item above',
    );
    expect(error!.hint).toBe('Move the `-` left to line up with the `-` above.');
  });

  it('leaves alone comments after non-text values and quoted text, and "Note:" in prose', () => {
    expect(book.findings.filter((finding) => finding.file === `${dir}/comments-that-are-fine.yaml`)).toEqual([]);
  });

  it('leaves alone wrapped prose whose next line starts with a word like a field of a group (found by a review)', () => {
    expect(book.findings.filter((finding) => finding.file === `${dir}/wrapped-prose-like-a-field.yaml`)).toEqual([]);
  });

  it('the suggested fixes make both errors go away', () => {
    const site: InputFile = { file: `${dir}/_site.yaml`, bytes: readFileSync(`${dir}/_site.yaml`) };
    const fixed = (name: string, from: string, to: string): InputFile => {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      expect(text).toContain(from);
      return { file: `${dir}/${name}`, bytes: new TextEncoder().encode(text.replace(from, to)) };
    };
    const result = checkBook(
      site,
      [
        fixed('limit-inside-how.yaml', '    limit: Up to $5', '  limit: Up to $5'),
        fixed('hash-in-text.yaml', 'ask: Ask at desk #2 by the doors', 'ask: "Ask at desk #2 by the doors"'),
      ],
      { today: '2026-11-25' },
    );
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    const data = result.rules.map((rule) => rule.data.bend);
    expect(data).toEqual([
      { how: expect.stringMatching(/emergency\.$/), limit: 'Up to $5 per visit.' },
      { ask: 'Ask at desk #2 by the doors' },
    ]);
  });
});
