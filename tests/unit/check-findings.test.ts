// One scenario per kind of problem: each fixture file in tests/fixtures/broken-book holds exactly
// one mistake, and the check must name its file, line, column, field and message exactly.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBook, loadBook } from '../../src/lib/load-book.ts';
import { findingsIn } from '../helpers/findings-in.ts';

const dir = 'tests/fixtures/broken-book';
const book = await loadBook(dir, { today: '2026-11-25' });

function findingsFor(file: string): string[] {
  return findingsIn(book.findings, dir, file);
}

describe('each kind of problem is reported at its exact place', () => {
  it.each([
    ['bad-color.yaml', '4:8 error bad-color color: must be one of red, yellow, green (got "amber")'],
    ['missing-intent.yaml', '1:1 error missing-field intent: `intent` is required'],
    ['unknown-field.yaml', '9:1 error unknown-field intnet: `intnet` is not a field of a rule'],
    // The misspelt field stands for the required one: one error, whose fix is "Did you mean `intent`?".
    ['misspelt-required.yaml', '6:1 error unknown-field intnet: `intnet` is not a field of a rule'],
    ['red-with-bend.yaml', '8:1 error red-has-bend bend: a red rule cannot be bent, so it has no `bend`'],
    ['yellow-without-ask.yaml', '8:1 error yellow-needs-ask bend: a yellow rule must say whom to check with'],
    ['yellow-without-bend.yaml', '4:8 error yellow-needs-ask color: a yellow rule must say whom to check with'],
    ['green-without-how.yaml', '8:1 error green-needs-how bend: a green rule must say how staff may bend it'],
    ['public-without-wording.yaml', '1:1 error public-wording-missing public_wording: a public rule needs a welcoming wording'],
    ['Bad_Id.yaml', '1:5 error bad-id id: must be lowercase-kebab-case (got "Bad_Id")'],
    ['id-mismatch.yaml', '1:5 error id-mismatch id: must equal the file name "id-mismatch" (got "id-mismatched")'],
    ['sub/dup-one.yaml', `1:5 error duplicate-id id: "dup-one" is also the id of ${dir}/dup-one.yaml`],
    ['unknown-related.yaml', '8:22 error unknown-related related[1]: no rule has the id "good-rules"'],
    ['unknown-category.yaml', '4:11 error unknown-category category: must be one of Spaces, Fees (got "Space")'],
    ['overdue-review.yaml', '9:12 warning review-overdue review_by: the review was due on 2025-01-10'],
    ['bad-date.yaml', '8:11 error bad-date reviewed: there is no month 13 (got "2026-13-45")'],
    [
      'yaml-syntax.yaml',
      '4:2 error yaml-indent category: `category:` is indented further than `color:` above it, so it does not start a field of its own',
    ],
    ['duplicate-key.yaml', '6:1 error yaml-duplicate-key title: `title` appears more than once (first on line 2)'],
    ['alias-bomb.yaml', '2:8 error yaml-alias-limit : the file expands more than 100 aliases'],
    ['empty.yaml', '1:1 error yaml-empty : the file has no rule in it'],
    ['list.yaml', '1:1 error yaml-not-mapping : expected `field: value` lines, found a list'],
    ['invalid-utf8.yaml', '2:11 error invalid-utf8 : byte 28 is not UTF-8 text'],
  ])('%s', (file, expected) => {
    expect(findingsFor(file)).toEqual([expected]);
  });

  it('reports every wrongly typed field, each at its value', () => {
    expect(findingsFor('wrong-type.yaml')).toEqual([
      // `public: "no"` is not false, so the rule counts as public and needs a public wording.
      '1:1 error public-wording-missing public_wording: a public rule needs a welcoming wording',
      '2:8 error wrong-type title: must be text (got a list)',
      '7:9 error wrong-type public: must be true or false (got "no")',
    ]);
  });

  it('says how to write a wrongly typed value, not only what the field is (found by a new-user trial)', () => {
    const hint = (field: string) =>
      book.findings.find((finding) => finding.file.endsWith('wrong-type.yaml') && finding.field === field)?.hint ?? '';
    expect(hint('public')).toMatch(/^Write `public: false`: only `true` and `false` are read as yes and no\. Whether the rule appears/);
    expect(hint('title')).toMatch(/^Write it as one text, not a list: `title: Not, text`\./);
  });

  it('shows the shape a list, a group of fields or a text is written in when one is written as another (found by a new-user trial)', async () => {
    // An administrator's first tries: situations as fields, `bend` on one line, `ask` with fields under it.
    const folder = mkdtempSync(join(tmpdir(), 'rules-clarity-shapes-'));
    try {
      writeFileSync(join(folder, '_site.yaml'), 'organisation: Eastside Pool\ncategories: [Classes]\n');
      const rule = (id: string, rest: string) =>
        writeFileSync(join(folder, `${id}.yaml`), `id: ${id}\ntitle: T\ncategory: Classes\nrule: R.\nintent: I.\npublic: false\n${rest}`);
      rule('lessons', 'color: green\nbend:\n  how: Let them.\nexamples:\n  situation: A parent is late.\n  response: Wait ten minutes.\n');
      rule('lanes', 'color: green\nbend: Let them swim in the slow lane.\n');
      rule('guests', 'color: yellow\nbend:\n  ask:\n    who: Duty manager\n');
      const shapes = await loadBook(folder, { today: '2026-11-25' });
      const hintOf = (file: string) =>
        shapes.findings.find((finding) => finding.file.endsWith(file) && finding.code === 'wrong-type')?.hint;
      expect(hintOf('lessons.yaml')).toMatch(
        /^Write it as a list below `examples:`, one item each: `- situation: …`, with `response: …` below it, lined up under `situation`\./,
      );
      expect(hintOf('lanes.yaml')).toMatch(
        /^Write its fields on their own lines below `bend:`, each indented two spaces: `how: …`, `limit: …`, `ask: …`\./,
      );
      expect(hintOf('guests.yaml')).toMatch(/^Write it as one text after the colon: `ask: Supervisor on duty`\./);
      // Found by a review: a list of situations written as one line, or its items as plain text;
      // an id in `related` written as a field; a list where one text belongs, with a colon in it.
      rule('late', 'color: green\nbend:\n  how: Let them.\nexamples: A parent is late.\n');
      rule('early', 'color: green\nbend:\n  how: Let them.\nexamples:\n  - A parent is early.\n');
      rule('near', 'color: green\nbend:\n  how: Let them.\nrelated:\n  - id: lanes\n');
      rule('ids', 'color: green\nbend:\n  how: Let them.\ninstead:\n  - "Note: bring ID"\n  - a pass\n');
      const again = await loadBook(folder, { today: '2026-11-25' });
      const hint = (file: string) => again.findings.find((finding) => finding.file.endsWith(file) && finding.code === 'wrong-type')?.hint;
      expect(hint('late.yaml')).toMatch(/^Write it as a list below `examples:`, one item each: `- situation: …`/);
      expect(hint('early.yaml')).toMatch(
        /^Write the item as fields after its dash: `- situation: …`, with `response: …` below it, lined up under `situation`\./,
      );
      expect(hint('near.yaml')).toMatch(/^Write the item as text after its dash: `- /);
      expect(hint('ids.yaml')).toMatch(/^Write it as one text, not a list: `instead: "Note: bring ID, a pass"`\./);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('does not blame a rule for pointing at a rule whose file is broken', () => {
    expect(findingsFor('points-at-broken.yaml')).toEqual([]);
  });

  it("shows all of a file's problems at once, schema and cross-file alike", () => {
    expect(findingsFor('two-problems.yaml')).toEqual([
      '8:12 error bad-date review_by: there is no month 13 (got "2027-13-01")',
      '9:11 error unknown-related related[0]: no rule has the id "good-rul"',
    ]);
  });

  it('reports a duplicate id on every file that has it, naming the others', () => {
    // The administrator who copied a rule looks at the copy; the original must say it too.
    expect(findingsFor('dup-one.yaml')).toEqual([`1:5 error duplicate-id id: "dup-one" is also the id of ${dir}/sub/dup-one.yaml`]);
    const three = checkBook(
      undefined,
      ['a/fines', 'b/fines', 'c/fines'].map((name) => ({
        file: `policies/${name}.yaml`,
        bytes: new TextEncoder().encode('id: fines\ntitle: Fines\ncolor: red\ncategory: Fees\nrule: R.\nintent: I.\npublic: false\n'),
      })),
      { today: '2026-11-25' },
    ).findings.filter((finding) => finding.code === 'duplicate-id');
    expect(three.map((finding) => `${finding.file}: ${finding.message}`)).toEqual([
      'policies/a/fines.yaml: "fines" is also the id of policies/b/fines.yaml and policies/c/fines.yaml',
      'policies/b/fines.yaml: "fines" is also the id of policies/a/fines.yaml and policies/c/fines.yaml',
      'policies/c/fines.yaml: "fines" is also the id of policies/a/fines.yaml and policies/b/fines.yaml',
    ]);
  });

  it('a copied file that keeps the id of the rule it was copied from is the one told, not the original (found by a new-user trial)', () => {
    const rule = 'id: noise\ntitle: Noise\ncolor: green\ncategory: Spaces\nrule: R.\nintent: I.\npublic: false\nbend:\n  how: H.\n';
    const { findings } = checkBook(
      undefined,
      ['spaces/noise', 'spaces/quiet-zones'].map((name) => ({ file: `policies/${name}.yaml`, bytes: new TextEncoder().encode(rule) })),
      { today: '2026-11-25' },
    );
    expect(findings.filter((finding) => finding.file === 'policies/spaces/noise.yaml')).toEqual([]);
    const copy = findings.find((finding) => finding.code === 'duplicate-id')!;
    expect(`${copy.file}:${copy.line}:${copy.column} ${copy.message}`).toBe(
      'policies/spaces/quiet-zones.yaml:1:5 "noise" is the id of policies/spaces/noise.yaml already: this file looks like a copy of it',
    );
    expect(copy.hint).toBe("Give this rule an id of its own, and name the file after it: `id: quiet-zones` fits this file's name.");
    // A copy named by the computer ("lockers (1).yaml") is offered an id that is one, and its file name (found by a review).
    const windows = checkBook(
      undefined,
      ['spaces/noise', 'spaces/noise (1)'].map((name) => ({ file: `policies/${name}.yaml`, bytes: new TextEncoder().encode(rule) })),
      { today: '2026-11-25' },
    ).findings.find((finding) => finding.code === 'duplicate-id')!;
    expect(windows.hint).toBe(
      'Give this rule an id of its own, and name the file after it, e.g. `id: noise-1` in `noise-1.yaml`: small letters, digits and hyphens only.',
    );
  });

  /** The fix the check gives for `code` in a book of one rule with `fields` (its color among them). */
  const fixIn = (fields: string, code: string) =>
    checkBook(
      undefined,
      [
        {
          file: 'policies/fines.yaml',
          bytes: new TextEncoder().encode(`id: fines\ntitle: Fines\n${fields}category: Fees\nrule: R.\nintent: I.\npublic: false\n`),
        },
      ],
      { today: '2026-11-25' },
    ).findings.find((finding) => finding.code === code)?.hint;

  it('says where a field written twice was first written, within its own mapping (found by a new-user trial)', () => {
    const yaml = [
      'id: fines',
      'title: Fines',
      'color: red',
      'category: Fees',
      'rule: R.',
      'intent: I.',
      'public: false',
      'translations:',
      '  es:',
      '    title: Multas',
      '  ar:',
      '    title: غرامات',
      '    title: again',
    ].join('\n');
    const finding = checkBook(undefined, [{ file: 'policies/fines.yaml', bytes: new TextEncoder().encode(`${yaml}\n`) }], {
      today: '2026-11-25',
    }).findings.find((found) => found.code === 'yaml-duplicate-key');
    // Line 12 (under `ar:`), not line 10 (the same field under `es:`).
    expect(finding?.message).toBe('`title` appears more than once (first on line 12)');
  });

  it('gives a fix with every finding', () => {
    for (const finding of book.findings) expect(finding.hint.length, finding.code).toBeGreaterThan(10);
  });

  it('says how to write a color given in capitals, and keeps the general fix for another word', () => {
    const colorOf = (color: string) => fixIn(`color: ${color}\n`, 'bad-color');
    expect(colorOf('Green')).toBe('Write it as `green`, exactly as the list writes it.');
    expect(colorOf('RED')).toBe('Write it as `red`, exactly as the list writes it.');
    expect(colorOf('amber')).toMatch(/^Use red if nobody can override the rule/);
    // A typo of a color is named (found by a new-user trial: "yelow" got the general fix).
    expect(colorOf('yelow')).toBe('Did you mean `yellow`?');
    expect(colorOf('gren')).toBe('Did you mean `green`?');
  });

  it('gives a fix that passes for values an administrator pastes or types another way (found by a new-user trial)', () => {
    // A zero-width space pasted with the color: to the eye, "green" is what the list says.
    expect(fixIn('color: green\u200b\n', 'bad-color')).toBe(
      'Delete the value and type `green` again: a character no one can see (often pasted from a web page or a chat) is in it.',
    );
    expect(fixIn('color: [green, yellow]\n', 'wrong-type')).toMatch(/^A rule has one color: keep one of them, e\.g\. `color: green`\./);
    expect(fixIn('color: red\nreview_by: 20270514\n', 'wrong-type')).toMatch(/^Write the date as YYYY-MM-DD: `review_by: 2027-05-14`\./);
    expect(fixIn('color: red\nadopted: 2024\n', 'wrong-type')).toMatch(
      /^Write the whole date as YYYY-MM-DD, e\.g\. `adopted: \d{4}-\d{2}-\d{2}`\./,
    );
    expect(fixIn('color: red\nreview_by: 20270230\n', 'wrong-type')).toMatch(/^Write the whole date as YYYY-MM-DD/);
    expect(fixIn('color: red\nwording_ok:\n  - check: forbidding-wording\n    why: Our sign.\n', 'schema')).toBe(
      'Did you mean `forbidding`?',
    );
    const quotedNo = checkBook(
      undefined,
      [
        {
          file: 'policies/fines.yaml',
          bytes: new TextEncoder().encode('id: fines\ntitle: Fines\ncolor: red\ncategory: Fees\nrule: R.\nintent: I.\npublic: "false"\n'),
        },
      ],
      { today: '2026-11-25' },
    ).findings.find((finding) => finding.code === 'wrong-type');
    expect(quotedNo?.hint).toMatch(/^Remove the quotes: `public: false`\./);
    const pastedTopic = checkBook(
      { file: 'policies/_site.yaml', bytes: new TextEncoder().encode('organisation: Test Library\ncategories: [Fees]\n') },
      [
        {
          file: 'policies/fines.yaml',
          bytes: new TextEncoder().encode(
            'id: fines\ntitle: Fines\ncolor: red\ncategory: Fees\u200b\nrule: R.\nintent: I.\npublic: false\n',
          ),
        },
      ],
      { today: '2026-11-25' },
    ).findings.find((finding) => finding.code === 'unknown-category');
    expect(pastedTopic?.message).toBe('must be one of Fees (got "Fees", with a character that cannot be seen in it)');
    expect(pastedTopic?.hint).toMatch(/^Delete the value and type `Fees` again/);
  });

  it("tells a topic written in other capitals to write it as the settings do, not to add a new one (found by an administrator's trial)", () => {
    const lower = checkBook(
      { file: 'policies/_site.yaml', bytes: new TextEncoder().encode('organisation: T\ncategories: [Spaces, Fees]\n') },
      [
        {
          file: 'policies/fines.yaml',
          bytes: new TextEncoder().encode('id: fines\ntitle: Fines\ncolor: red\ncategory: fees\nrule: R.\nintent: I.\npublic: false\n'),
        },
      ],
      { today: '2026-11-25' },
    ).findings.find((finding) => finding.code === 'unknown-category');
    expect(lower?.hint).toBe('Write `Fees`, with its capitals as in `categories`.');
  });

  it('suggests the topic a renamed one became, "Fees" now "Fees and fines" (found by a deputy director\'s trial)', () => {
    const renamed = checkBook(
      { file: 'policies/_site.yaml', bytes: new TextEncoder().encode('organisation: T\ncategories: [Spaces, Fees and fines]\n') },
      [
        {
          file: 'policies/fines.yaml',
          bytes: new TextEncoder().encode('id: fines\ntitle: Fines\ncolor: red\ncategory: Fees\nrule: R.\nintent: I.\npublic: false\n'),
        },
      ],
      { today: '2026-11-25' },
    ).findings.find((finding) => finding.code === 'unknown-category');
    expect(renamed?.hint).toBe('Did you mean `Fees and fines`? Or add "Fees" to `categories` in policies/_site.yaml.');
  });

  it('tells a field indented into a group it is not part of to move left, to where it belongs (found by a new-user trial)', () => {
    const hintOf = (yaml: string) =>
      checkBook(
        undefined,
        [
          {
            file: 'policies/fines.yaml',
            bytes: new TextEncoder().encode(`id: fines\ntitle: Fines\ncategory: Fees\nrule: R.\nintent: I.\npublic: false\n${yaml}`),
          },
        ],
        {
          today: '2026-11-25',
        },
      ).findings.find((finding) => finding.code === 'unknown-field')?.hint;
    expect(hintOf('color: green\nbend:\n  how: H.\n  instead: Offer a study room.\n')).toBe(
      '`instead` is a field of the rule itself: move `instead:` (and any lines under it) to the left edge.',
    );
    expect(hintOf('color: green\nbend:\n  how: H.\nexamples:\n  - situation: S.\n    response: R.\n    tags: [late]\n')).toBe(
      '`tags` is a field of the rule itself: move `tags:` (and any lines under it) to the left edge.',
    );
  });

  it('rewrites a real date written another way as YYYY-MM-DD (found by a new-user trial)', () => {
    const hintFor = (date: string) => fixIn(`color: red\nreviewed: ${date}\n`, 'bad-date');
    expect(hintFor('30/04/2026')).toBe('Write it as 2026-04-30: the year first, then the month and the day (YYYY-MM-DD).');
    expect(hintFor('2026/4/30')).toBe('Write it as 2026-04-30 (YYYY-MM-DD, with two-digit month and day).');
    expect(hintFor('04/05/2026')).toBe('Write it as YYYY-MM-DD: 2026-05-04 for 4 May, 2026-04-05 for April 5.');
    expect(hintFor('sometime soon')).toBe('Write the date as YYYY-MM-DD, e.g. 2027-09-01.');
  });

  it('says a text of spaces only is blank, at its place, as an empty one is (found by a new-user trial: it was published)', () => {
    const site = { file: '_site.yaml', bytes: new TextEncoder().encode('organisation: X\ncategories: [Spaces]\n') };
    const text =
      'id: blank\ntitle: " "\ncolor: green\ncategory: Spaces\nrule: R.\nintent: I.\npublic_wording: Welcome.\nbend:\n  how: "\\t"\n';
    const blank = checkBook(site, [{ file: 'blank.yaml', bytes: new TextEncoder().encode(text) }], { today: '2026-11-25' })
      .findings.filter((finding) => finding.code === 'empty-value')
      .map(({ line, column, field, severity, message }) => `${line}:${column} ${field} ${severity}: ${message}`);
    expect(blank).toEqual([
      '2:8 title error: must not be blank: it holds only spaces',
      '9:8 bend.how error: must not be blank: it holds only spaces',
    ]);
  });

  it('says a next review dated before the last one is that, with the date a year on (found by a new-user trial)', () => {
    expect(fixIn('color: red\nreviewed: 2026-11-20\nreview_by: 2025-11-20\n', 'review-before-reviewed')).toBe(
      'Write the date of the next review, after 2026-11-20: a year later is 2027-11-20.',
    );
    expect(fixIn('color: red\nreviewed: 2026-11-20\nreview_by: 2025-11-20\n', 'review-overdue')).toBeUndefined();
  });

  it("offers only a fix that passes for a file whose name is no id (found by a new-user trial: 'Change the id to Quiet-Floor')", () => {
    const site = { file: '_site.yaml', bytes: new TextEncoder().encode('organisation: X\ncategories: [Spaces]\n') };
    const text = 'id: quiet-floor\ntitle: T\ncolor: red\ncategory: Spaces\nrule: R.\nintent: I.\ninstead: O.\npublic_wording: Welcome.\n';
    const hint = (file: string) =>
      checkBook(site, [{ file, bytes: new TextEncoder().encode(text) }], { today: '2026-11-25' }).findings.find(
        (finding) => finding.code === 'id-mismatch',
      )?.hint;
    // Never only "rename it" to a name that may be taken: "quiet-floor copy.yaml" is a copy (found by a new-user trial).
    expect(hint('Quiet-Floor.yml')).toBe(
      'Rename the file to `quiet-floor.yml` (an id, and so its file name, is lowercase-kebab-case). If a file of that name is there already, this one is a copy: give it an id of its own, and name the file after it.',
    );
    expect(hint('quiet-room.yaml')).toBe(
      'Change the id to `quiet-room`, or rename the file to `quiet-floor.yaml` if no file has that name yet.',
    );
  });

  it('reports a misspelt field once, as the misspelling: not also the field it means as missing (found by a new-user trial)', () => {
    const site = { file: '_site.yaml', bytes: new TextEncoder().encode('organisation: X\ncategories: [Spaces]\n') };
    const findings = (text: string) =>
      checkBook(
        site,
        [{ file: 'r.yaml', bytes: new TextEncoder().encode(`id: r\ntitle: T\ncategory: Spaces\nrule: R.\nintent: I.\n${text}`) }],
        {
          today: '2026-11-25',
        },
      ).findings.map((finding) => `${finding.line} ${finding.code}: ${finding.hint}`);
    expect(findings('color: green\npublic_wordng: Welcome.\nbend:\n  how: H.\n')).toEqual([
      '7 unknown-field: Did you mean `public_wording`?',
    ]);
    expect(findings('color: yellow\npublic_wording: Welcome.\nbend:\n  aks: Supervisor\n')).toEqual([
      '9 unknown-field: Did you mean `ask`?',
    ]);
  });

  it("names, for an empty file, the command that writes its rule in the file's own book (found by a new-user trial)", () => {
    const empty = book.findings.find((finding) => finding.code === 'yaml-empty')!;
    expect(empty.hint).toBe(
      'Write the rule in it, or delete the file. To start from a template, delete it, then run `npm run new -- empty --dir tests/fixtures/broken-book`.',
    );
  });

  it('suggests the closest name for a typo', () => {
    const typo = book.findings.find((finding) => finding.code === 'unknown-field');
    expect(typo?.hint).toBe('Did you mean `intent`?');
    const related = book.findings.find((finding) => finding.code === 'unknown-related');
    expect(related?.hint).toBe('Did you mean `good-rule`?');
  });

  it('suggests the related rule whose id has every word written, when it is too many letters away for a typo (found by a new-user trial)', () => {
    const file = (id: string, extra = '') => ({
      file: `policies/${id}.yaml`,
      bytes: new TextEncoder().encode(`id: ${id}\ntitle: T\ncolor: red\ncategory: Fees\nrule: R.\nintent: I.\npublic: false\n${extra}`),
    });
    const related = checkBook(undefined, [file('lost-library-card'), file('fines', 'related: [lost-card]\n')], {
      today: '2026-11-25',
    }).findings.find((finding) => finding.code === 'unknown-related');
    expect(related?.hint).toBe('Did you mean `lost-library-card`?');
  });

  it("names the related rule an administrator wrote by its title, or by its id with a word added (found by an administrator's trial)", () => {
    const file = (id: string, title: string, extra = '') => ({
      file: `policies/${id}.yaml`,
      bytes: new TextEncoder().encode(
        `id: ${id}\ntitle: ${title}\ncolor: red\ncategory: Fees\nrule: R.\nintent: I.\npublic: false\n${extra}`,
      ),
    });
    const findings = checkBook(
      undefined,
      [
        file('noise', 'Noise and quiet areas'),
        file('study-rooms', 'Booking a study room'),
        file('phone-calls', 'Phone calls', 'related: [Noise and quiet, Booking a study room, Opening hours]\n'),
        file('food', 'Food and drink', 'related: [noise-rule]\n'),
      ],
      { today: '2026-11-25' },
    ).findings;
    expect(findings.filter((finding) => finding.code === 'bad-id').map((finding) => `${finding.field} ${finding.hint}`)).toEqual([
      'related[0] Write `noise`, the id of "Noise and quiet areas": a related rule is named by its id (the name of its file), not by its title.',
      'related[1] Write `study-rooms`, the id of "Booking a study room": a related rule is named by its id (the name of its file), not by its title.',
      // No rule has that title: the id form of what is written, as before.
      'related[2] Write `opening-hours`: small letters, digits and hyphens only.',
    ]);
    expect(findings.find((finding) => finding.code === 'unknown-related')?.hint).toBe('Did you mean `noise`?');
  });

  it("gives a red rule's `bend` one fix, to remove it, not also to fill in the template's empty `how` (found by a new-user trial)", () => {
    const bytes = new TextEncoder().encode(
      'id: fines\ntitle: Fines\ncolor: red\ncategory: Fees\nrule: R.\nintent: I.\npublic: false\ninstead: Offer help.\nbend:\n  how: ""\n',
    );
    const findings = checkBook(undefined, [{ file: 'policies/fines.yaml', bytes }], { today: '2026-11-25' }).findings;
    expect(findings.map((finding) => `${finding.code} ${finding.field}`)).toEqual(['red-has-bend bend']);
  });

  it('underlines the whole offending value', () => {
    const color = book.findings.find((finding) => finding.code === 'bad-color');
    expect(color).toMatchObject({ line: 4, column: 8, endLine: 4, endColumn: 13 });
  });

  it('keeps the valid rules', () => {
    expect(book.rules.map((rule) => rule.data.id).sort()).toEqual(
      [
        'dup-one',
        'dup-one',
        'good-rule',
        'id-mismatched',
        'overdue-review',
        'points-at-broken',
        'unknown-category',
        'unknown-related',
      ].sort(),
    );
  });
});

describe('the book as a whole', () => {
  it('reports a missing site settings file at its expected path', async () => {
    const lonely = await loadBook('tests/fixtures/no-site', { today: '2026-11-25' });
    expect(lonely.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.code}: ${f.message}`)).toEqual([
      'tests/fixtures/no-site/_site.yaml:1:1 site-missing: the site settings file is missing',
    ]);
  });

  it("names the book a folder of one is part of, and reads nothing else, rather than calling its links broken (found by an administrator's trial)", async () => {
    const part = await loadBook('policies/spaces', { today: '2026-11-25' });
    expect(part.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.code}: ${f.message}`)).toEqual([
      'policies/spaces/_site.yaml:1:1 site-missing: the site settings file is missing: this folder is part of the rule book in `policies`, which has it',
    ]);
    expect(part.findings[0]!.hint).toBe(
      "Give the whole book's folder instead: `--dir policies`. Its rules link across its folders, so one folder is not read alone.",
    );
    expect(part.rules).toEqual([]);
  });
});
