// A new rule book's first files: its settings, each field with its help from the JSON Schema, and
// example rules of each color (most of them green, as in a book staff are trusted with), so that
// `check` passes and `build` makes a site at once, and an administrator sees the format filled in
// before writing their own.
import { siteSchema } from './schemas.ts';
import { schemaFields } from './schema-fields.ts';

/** Topics most public libraries keep rules on: a start, to rename and reorder. */
export const STARTER_CATEGORIES: readonly string[] = ['Borrowing', 'Spaces', 'Computers', 'Conduct', 'Privacy'];

export interface StarterFile {
  /** Relative to the book's folder, with `/`. */
  path: string;
  text: string;
}

/**
 * The files of a new book. `schemas` is where the JSON Schemas are, seen from the book's folder
 * (with `/`): each file names its schema for the editor's help.
 */
export function starterBook(options: { organisation: string; categories: readonly string[]; schemas: string }): StarterFile[] {
  const { organisation, categories, schemas } = options;
  const category = (index: number) => JSON.stringify(categories[index % categories.length]);
  const example = (color: string) =>
    `# yaml-language-server: $schema=${schemas}/policy.schema.json\n# An example ${color} rule: make it one of your own, or delete it.\n`;
  return [
    {
      path: '_site.yaml',
      text: `# yaml-language-server: $schema=${schemas}/site.schema.json
# The book's settings. Lines starting with # are notes; a field after # is optional (remove the # to use it).

${siteNote('organisation')}organisation: ${JSON.stringify(organisation)}
${siteNote('categories')}categories: [${categories.map((name) => JSON.stringify(name)).join(', ')}]
${siteNote('languages')}# languages: [en]
${siteNote('public_url')}# public_url: https://example.org/rules/
${siteNote('staff_url')}# staff_url: https://intranet.example.org/rules/
${siteNote('repository')}# repository: https://github.com/<owner>/<repo>
${siteNote('synonyms')}# synonyms:
#   - [kid, child, children]
${siteNote('jargon')}# jargon:
#   ILL: Borrowing from other libraries
${siteNote('public_colors')}# public_colors: false
${siteNote('builtin_jargon')}# builtin_jargon: true
${siteNote('wording')}# wording:
${siteNote('wording.reading_grade', '#   ')}#   reading_grade: 8
${siteNote('wording.long_sentence', '#   ')}#   long_sentence: 25
${siteNote('wording.red_share', '#   ')}#   red_share: 0.2
`,
    },
    {
      path: 'phone-calls.yaml',
      text: `${example('green')}id: phone-calls
title: Phone calls in quiet areas
color: green
category: ${category(1)}
rule: No phone calls in the quiet reading areas.
intent: People come to the quiet areas to read and think.
public_wording: You are welcome to take calls in the lobby.
bend:
  how: A short, quiet call is fine. If it goes on, point to the lobby.
  limit: Use your judgment.
owner: Branch manager
`,
    },
    {
      path: 'food-and-drink.yaml',
      text: `${example('green')}id: food-and-drink
title: Food and drink
color: green
category: ${category(1)}
rule: Only drinks with a lid are allowed near books and computers.
intent: Spills damage books and computers that everyone shares.
public_wording: You are welcome to bring a drink with a lid. Snacks are welcome in the lobby.
bend:
  how: A small snack is fine if the person is careful. Offer a napkin.
  limit: Nothing messy near the computers.
owner: Branch manager
`,
    },
    {
      path: 'computer-time.yaml',
      text: `${example('green')}id: computer-time
title: Time on the public computers
color: green
category: ${category(2)}
rule: Each session on a public computer lasts one hour.
intent: Everyone who needs a computer gets a turn.
public_wording: You are welcome to use a computer for an hour. Ask us if you need more time.
bend:
  how: Add time when nobody is waiting.
  limit: Up to one more hour a day.
owner: Branch manager
`,
    },
    {
      path: 'first-late-fee.yaml',
      text: `${example('yellow')}id: first-late-fee
title: Waiving a first late fee
color: yellow
category: ${category(0)}
rule: Items returned after the due date are charged a late fee.
intent: Late fees bring items back, so that others can borrow them.
public_wording: Please bring items back by the due date, so others can enjoy them too.
bend:
  ask: Supervisor on duty
  how: A first late fee can be waived after a quick check.
owner: Branch manager
`,
    },
    {
      path: 'borrowing-privacy.yaml',
      text: `${example('red')}id: borrowing-privacy
title: What people borrow stays private
color: red
category: ${category(4)}
rule: Staff never tell anyone what another person has borrowed.
intent: People must be free to read anything without being watched. The law protects this.
public_wording: What you borrow is private. We do not share it with anyone.
instead: Kindly explain that borrowing is private, and offer to help the person with their own account.
owner: Library director
`,
    },
  ];
}

/** A site field's help as comment lines of at most 100 characters. */
function siteNote(name: string, indent = ''): string {
  const description = schemaFields(siteSchema).find((field) => field.name === name)?.description ?? '';
  const lines: string[] = [];
  for (const word of description.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= 98) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.map((line) => `${indent}# ${line}\n`).join('');
}
