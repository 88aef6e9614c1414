import type { Severity } from './finding.ts';

interface CatalogueEntry {
  severity: Severity;
  /** One line: what the finding means, for the editing guide's reference table. */
  title: string;
  /** The usual fix; a finding may give a more specific one. */
  hint: string;
}

/**
 * Every finding the check can report, one entry per code. The editing guide's reference table is
 * generated from this list, so a new finding is documented by adding it here.
 */
export const catalogue = {
  'yaml-syntax': {
    severity: 'error',
    title: 'The file is not valid YAML.',
    hint: 'Fix the YAML at the marked place: check indentation, colons and quotes. Quote text that starts with a special character such as `:` `#` `@` `*` or `&`.',
  },
  'yaml-duplicate-key': {
    severity: 'error',
    title: 'A field appears twice in the same rule.',
    hint: 'Keep one of the two and delete the other; only one value can count.',
  },
  // Mistakes a hand-edited file often has: the parser's own words replaced by plain ones
  // (yaml-errors.ts), and YAML that reads without error but not as the writer meant (yaml-traps.ts).
  'yaml-tab': {
    severity: 'error',
    title: 'A line is indented with a tab; YAML only accepts spaces.',
    hint: 'Replace the tab at the start of the line with spaces, lining the line up with the lines it belongs with (VS Code: "Convert Indentation to Spaces").',
  },
  'yaml-indent': {
    severity: 'error',
    title: 'A line is indented more or less than the lines it belongs with.',
    hint: 'Line the field up with the fields it belongs with: fields of the same group start in the same column.',
  },
  'yaml-missing-dash': {
    severity: 'error',
    title: 'An item of a list has no `- ` (a dash and a space) in front of it.',
    hint: 'Start each item of a list with `- `, lined up with the `-` of the items above.',
  },
  'yaml-missing-colon': {
    severity: 'error',
    title: 'A line is not a `field: value` line: the colon, or the space after it, is missing.',
    hint: 'Write the field name, a colon and a space, then the value: `title: Phone calls`.',
  },
  'yaml-colon-in-text': {
    severity: 'error',
    title: 'Text without quotes has `: ` (a colon and a space) in it, which YAML reads as the start of a field.',
    hint: 'Put the text in quotes: `instead: "Offer this: a study room"`.',
  },
  'yaml-unclosed-quote': {
    severity: 'error',
    title: 'A text starts with a quote mark that is never closed.',
    hint: 'Add the closing quote mark where the text ends.',
  },
  'yaml-text-after-quote': {
    severity: 'error',
    title: 'Text goes on after its closing quote mark (often an apostrophe inside single quotes) or bracket.',
    hint: 'Put the whole text in one pair of quotes; use double quotes around text with an apostrophe in it.',
  },
  'yaml-unclosed-bracket': {
    severity: 'error',
    title: 'A list or group written in brackets (`[a, b]`, `{a: b}`) has no closing bracket.',
    hint: 'Add the closing `]` or `}` after the last item.',
  },
  'yaml-reserved-start': {
    severity: 'error',
    title: 'Text starts with a character YAML reserves for itself (such as `@`, `*`, `&`, `!`, `%` or a backtick).',
    hint: 'Put the text in quotes.',
  },
  'yaml-list-on-field-line': {
    severity: 'error',
    title: 'A list starts on the same line as its field (`related: - noise`).',
    hint: 'Write each item on a line of its own below the field, starting with `- `, or write the list as `[noise, late-fees]`.',
  },
  'yaml-bad-escape': {
    severity: 'error',
    title: 'A backslash (`\\`) in text between double quotes starts a code such as `\\n`, and this one is not a code.',
    hint: 'Put the text between single quotes instead, or write the backslash twice.',
  },
  'yaml-odd-space': {
    severity: 'error',
    title: 'A line has a non-breaking (or other unusual) space in its indent or after its colon, where YAML needs a plain space.',
    hint: 'Delete the space and type it again with the space bar.',
  },
  'yaml-second-document': {
    severity: 'error',
    title: 'A second rule in the file (after a `---` line, or from a second `id:`), but a rule file holds one rule.',
    hint: 'Remove the `---` line; put any other rule in a file of its own.',
  },
  'yaml-field-in-text': {
    severity: 'error',
    title: 'A field is indented as far as the text above it, so it became part of that text.',
    hint: 'Move the field left to line up with the field whose text it is in.',
  },
  'yaml-comment-in-text': {
    severity: 'error',
    title: 'Text without quotes has ` #` in it: YAML reads the rest of the line as a comment and leaves it out.',
    hint: 'Put the text in quotes, or move the note after `#` to a line of its own.',
  },
  'yaml-alias-limit': {
    severity: 'error',
    title: 'The file repeats anchors (`&name` / `*name`) so often that reading it would take too much memory.',
    hint: 'Write the text out instead of using many YAML aliases.',
  },
  'yaml-empty': {
    severity: 'error',
    title: 'The file is empty.',
    hint: 'Write the rule (start from `npm run new -- <id>`) or delete the file.',
  },
  'yaml-not-mapping': {
    severity: 'error',
    title: 'The file holds a list or a single value where a rule (`field: value` lines) is expected.',
    hint: 'Write one rule per file as `field: value` lines, starting with `id:`; remove any leading `- `.',
  },
  'too-deep': {
    severity: 'error',
    title: 'The file nests lists or groups far deeper than any rule needs.',
    hint: 'A rule is at most four levels deep (examples → item → situation). Check the brackets and indentation.',
  },
  'file-too-large': {
    severity: 'error',
    title: 'The file is larger than the size limit (1 MiB unless --max-file-size says otherwise).',
    hint: 'A rule is a few kilobytes. Check that the right file is in the policy folder, or split the text.',
  },
  'merge-conflict': {
    severity: 'error',
    title: 'The file still holds both sides of a git merge conflict.',
    hint: 'Keep the lines you mean, from one side or both, and delete the marker lines (`<<<<<<<`, `=======` and `>>>>>>>`; and `|||||||` with the lines under it, where git shows what both sides started from).',
  },
  'invalid-utf8': {
    severity: 'error',
    title: 'The file is not saved as UTF-8 text.',
    hint: 'Save the file as UTF-8 in your editor (in VS Code: "Save with Encoding" → UTF-8).',
  },
  'missing-field': {
    severity: 'error',
    title: 'A required field is missing.',
    hint: 'Add the field.',
  },
  'unknown-field': {
    severity: 'error',
    title: 'A field name is not part of the format (often a typo).',
    hint: 'Correct the spelling or remove the field.',
  },
  'wrong-type': {
    severity: 'error',
    title: 'A field has the wrong kind of value (e.g. a list where text is expected).',
    hint: 'Give the field the kind of value shown in the message.',
  },
  'bad-color': {
    severity: 'error',
    title: 'The color is not red, yellow or green.',
    hint: 'Use red if nobody can override the rule, yellow if staff must check first, green if staff may bend it.',
  },
  'bad-id': {
    severity: 'error',
    title: 'An id is not in lowercase-kebab-case.',
    hint: 'Use lowercase letters, digits and single hyphens, e.g. `phone-calls`.',
  },
  'bad-date': {
    severity: 'error',
    title: 'A date is not a real date written as YYYY-MM-DD.',
    hint: 'Write the date as YYYY-MM-DD, e.g. 2027-09-01.',
  },
  'empty-value': {
    severity: 'error',
    title: 'A field is present but empty.',
    hint: 'Fill it in or remove the field.',
  },
  'document-in-book': {
    severity: 'warning',
    title: 'A word processor document (`.docx`, `.odt`) in the policy folder: it is not read, and no page is made from it.',
    hint: 'Write it as a rule file (`npm run new -- <id>`), or keep it as notes.',
  },
  'ask-not-named': {
    severity: 'warning',
    title: 'Whom to ask (`bend.ask`) names no one ("TBD", "someone", "me"): the desk has no one to check with.',
    hint: 'Name a role staff can find on shift, e.g. "supervisor on duty".',
  },
  'too-long': {
    severity: 'error',
    title: 'A value is longer than the format allows.',
    hint: 'Shorten it.',
  },
  'duplicate-item': {
    severity: 'error',
    title: 'A list names the same item twice.',
    hint: 'Remove the second one.',
  },
  'red-has-bend': {
    severity: 'error',
    title: 'A red rule has a `bend` section, but nobody can bend a red rule.',
    hint: 'Remove `bend`; say in `instead` what staff can offer. If staff may bend the rule after checking, make it yellow.',
  },
  'yellow-needs-ask': {
    severity: 'error',
    title: 'A yellow rule does not say whom to check with (`bend.ask`).',
    hint: 'Add `ask:` under `bend:`, naming a role staff can find on shift, e.g. `ask: Supervisor on duty`.',
  },
  'green-needs-how': {
    severity: 'error',
    title: 'A green rule does not say how staff may bend it (`bend.how`).',
    hint: 'Add `how:` under `bend:`, saying what staff may do, within the intent.',
  },
  'public-wording-missing': {
    severity: 'error',
    title: 'A public rule has no welcoming wording for visitors.',
    hint: 'Add `public_wording:` saying what people can do, or add `public: false` to keep the rule for staff only.',
  },
  'duplicate-id': {
    severity: 'error',
    title: 'Two files use the same id.',
    hint: 'Give each rule its own id (and rename its file to match).',
  },
  'id-mismatch': {
    severity: 'error',
    title: 'The id differs from the file name.',
    hint: 'Make the id and the file name the same.',
  },
  'related-itself': {
    severity: 'warning',
    title: '`related` names the rule itself.',
    hint: 'Write the id of the other rule you meant, or remove the entry.',
  },
  'unknown-related': {
    severity: 'error',
    title: '`related` names a rule that does not exist.',
    hint: 'Use the id of an existing rule, or remove the entry.',
  },
  'replaces-itself': {
    severity: 'error',
    title: '`replaces` names the rule itself.',
    hint: 'Remove the entry.',
  },
  'replaces-a-rule': {
    severity: 'error',
    title: '`replaces` names a rule that is still in the book.',
    hint: "Remove the replaced rule's file, or list it in `related` if both stay.",
  },
  'replaces-unknown': {
    severity: 'warning',
    title: '`replaces` names an id the book never had, as far as its git history tells.',
    hint: 'Write the id the replaced rule had (its file name, without .yaml).',
  },
  'unknown-category': {
    severity: 'error',
    title: 'The category is not one of those listed in `_site.yaml`.',
    hint: 'Use one of the listed categories, or add the new one to `categories` in _site.yaml.',
  },
  'bad-site-url': {
    severity: 'error',
    title: '`public_url` or `staff_url` in _site.yaml is not a full web address.',
    hint: 'Write the full address where the edition is published, starting with https:// and without ? or #, e.g. https://example.github.io/rules/.',
  },
  'unknown-language': {
    severity: 'error',
    title: 'A code in `languages` of _site.yaml is not a language code.',
    hint: 'Use a two- or three-letter ISO 639 code: es Spanish, fr French, ar Arabic, zh Chinese, vi Vietnamese…',
  },
  'language-code-alias': {
    severity: 'error',
    title:
      'A code in `languages` of _site.yaml is another code of a language the site knows by a shorter one (`fra`, `fre` for `fr`): its pages would keep English interface words.',
    hint: 'Write the two-letter ISO 639 code (fr, es, ar, de…), and key the translations by it.',
  },
  'translation-language': {
    severity: 'error',
    title: 'A translation (in a rule or in _site.yaml) is keyed by a language that is not one of the other `languages` of _site.yaml.',
    hint: 'Use a code listed in `languages` of _site.yaml (after the first), or add the language there.',
  },
  'unknown-message': {
    severity: 'error',
    title: 'An interface message in the translations of _site.yaml is keyed by a name the site has no message for.',
    hint: 'Key it by the name of a built-in message, as src/lib/i18n/messages/en.ts names them: e.g. `rule.why` ("Why we ask").',
  },
  'messages-incomplete': {
    severity: 'warning',
    title: 'A language with no built-in interface wording has some messages in _site.yaml, but not all: its pages stay in English.',
    hint: 'Add the missing messages under `messages:`, each as src/lib/i18n/messages/en.ts names it.',
  },
  'message-unknown-placeholder': {
    severity: 'error',
    title:
      'An interface message in _site.yaml has a `{placeholder}` the message does not have (often one translated): pages show it as written.',
    hint: 'Write each placeholder by its English name, as src/lib/i18n/messages/en.ts has it: translate the words around it, not the name in braces.',
  },
  'message-missing-placeholder': {
    severity: 'warning',
    title:
      'An interface message in _site.yaml leaves out a `{placeholder}` of its English one: pages show nothing in its place (no date, no count).',
    hint: 'Write the placeholder in the message where your language puts it.',
  },
  'translation-unknown-category': {
    severity: 'error',
    title: 'The translated category names in _site.yaml name a category that is not in `categories`.',
    hint: 'Key each translated name by a category exactly as `categories` writes it.',
  },
  'translation-missing-why': {
    severity: 'warning',
    title: 'A translation has no `public_why`, though the rule has one: visitors of that language read no reason.',
    hint: 'Add `public_why` to the translation, in its language.',
  },
  'translation-extra-why': {
    severity: 'warning',
    title: 'A translation has a `public_why`, but the rule has none: it translates nothing the source language shows.',
    hint: 'Remove it from the translation, or give the rule a `public_why` in its own language too.',
  },
  'translation-staff-only': {
    severity: 'warning',
    title: 'A staff-only rule (`public: false`) has a translation: only the public edition is in other languages, so it is never shown.',
    hint: 'Remove the translation, or make the rule public (remove `public: false`) if visitors should read it.',
  },
  'translation-missing': {
    severity: 'warning',
    title: 'A public rule is not translated into a language of the book yet: its pages there show the source text, with a notice.',
    hint: 'Add the language under `translations:` with `title`, `public_wording` (and `public_why` when the rule has one).',
  },
  'translation-out-of-date': {
    severity: 'warning',
    title: 'A translation is out of date: the source text it translates changed in git after the translation last did.',
    hint: 'Translate the new source text and update the translation; git then counts it as current. A change that needs no new translation (a typo) can say `[translations ok]` in its commit message.',
  },
  'translation-copied': {
    severity: 'warning',
    title: "A translation is word for word another rule's, whose own text differs: copied with the file, it translates the other rule.",
    hint: "Translate this rule's text, or take the language out of `translations` until it is translated.",
  },
  'translation-untranslated': {
    severity: 'warning',
    title:
      "A translation's text is the source language's (the source field as written, or sentences that read as it): it is published as the translation's language, with no \"not translated yet\" notice.",
    hint: 'Translate it. Until then, leave it out of the translation: the page shows the source text with a notice.',
  },
  'review-before-reviewed': {
    severity: 'warning',
    title: '`review_by` is earlier than `reviewed`: the next review comes before the last one.',
    hint: 'Write the date of the next review, after the last one.',
  },
  'review-overdue': {
    severity: 'warning',
    title: 'The `review_by` date has passed.',
    hint: 'Review the rule with its owner, then update `reviewed` and set a new `review_by`.',
  },
  jargon: {
    severity: 'warning',
    title:
      'Public text (title, public wording, and `public_why` or the intent) uses library jargon (from the built-in glossary or `jargon` in policies/_site.yaml).',
    hint: 'Use the words a visitor would use.',
  },
  'markup-in-text': {
    severity: 'warning',
    title:
      'Text holds Markdown or HTML (`**bold**`, `<br>`, `[a link](…)`, a list) or curly quotes around it: pages and signs show text exactly as written.',
    hint: 'Write plain text, without the marks.',
  },
  'sign-too-long': {
    severity: 'warning',
    title: "A rule's printed sign is too long for one sheet, even in its smallest type: it prints on two.",
    hint: 'Shorten the welcoming wording: a sign is read at a glance.',
  },
  'garbled-text': {
    severity: 'warning',
    title:
      'Text has garbled characters ("chaussÃ©e", "câ€™est"): the file was saved in the wrong encoding at some point, and pages show them as written.',
    hint: 'Write the word as it should read (the warning gives it), and save the file as UTF-8.',
  },
  'forbidding-wording': {
    severity: 'warning',
    title: 'Public text forbids ("No …", "not allowed", "never", "strictly") instead of welcoming.',
    hint: 'Say what people can do and where: "You\'re welcome to take calls in the lobby" rather than "No phone calls".',
  },
  'reading-level': {
    severity: 'warning',
    title:
      'Public text needs a higher reading grade (Flesch–Kincaid) than the target (grade 8 unless `wording.reading_grade` says otherwise).',
    hint: 'Use shorter sentences and everyday words.',
  },
  'long-sentence': {
    severity: 'warning',
    title: 'A sentence of public text is longer than the target (25 words unless `wording.long_sentence` says otherwise).',
    hint: 'Split it into two sentences.',
  },
  'red-budget': {
    severity: 'warning',
    title: 'More of the book is red than the red-rule budget allows (20% unless `wording.red_share` says otherwise).',
    hint: 'Red is for real harm: law, safety, privacy. Could some red rules be yellow (check first), with the person to ask named? If this book needs more, raise `wording.red_share` in _site.yaml.',
  },
  'wording-ok-unused': {
    severity: 'warning',
    title: 'A `wording_ok` entry allows a finding that no longer occurs.',
    hint: 'Remove the entry, so the allowance does not hide a future problem.',
  },
  'wording-ok-no-reason': {
    severity: 'warning',
    title: 'A `wording_ok` entry gives no reason ("ok") for allowing a finding.',
    hint: 'Say why the word is fine for visitors here, for the next reviewer: e.g. "The name printed on our library cards."',
  },
  'site-missing': {
    severity: 'error',
    title: 'The site settings file `_site.yaml` is missing from the policy folder.',
    hint: 'Create _site.yaml in the policy folder with `organisation:` and `categories:` (see the editing guide).',
  },
  // An error: the rule it holds would be missing from the site without a word (found by a
  // new-user trial: as a warning it was one of 45).
  'not-read-as-rule': {
    severity: 'error',
    title: 'A file is named almost as a rule file is (`.YAML`, `.yaml.txt`, a space after `.yaml`), and is not read.',
    hint: 'Rename it to end in `.yaml`, in small letters.',
  },
  'unreadable-file': {
    severity: 'error',
    title: 'A file under the policy folder could not be read.',
    hint: 'Check that the file exists and that you may read it.',
  },
  schema: {
    severity: 'error',
    title: 'A value breaks another rule of the format.',
    hint: 'See the field’s description in the editing guide.',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type FindingCode = keyof typeof catalogue;
