// Translations as a librarian writes them, slips included: each problem at its exact place with
// its fix; and what `check` says of their status, from the git history of a real repository.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/lib/finding.ts';
import { loadBook } from '../../src/lib/load-book.ts';
import { findingsIn } from '../helpers/findings-in.ts';
import { TempRepo, ruleYaml } from '../helpers/git-repo.ts';
import { runCli } from '../helpers/run-cli.ts';

const dir = 'tests/fixtures/translations-book';
const book = await loadBook(dir, { today: '2026-11-25' });

function findingsFor(file: string): string[] {
  return findingsIn(book.findings, dir, file);
}

function hintOf(file: string, field: string): string | undefined {
  return book.findings.find((finding) => finding.file === `${dir}/${file}` && finding.field === field)?.hint;
}

/** The findings of a book written from `files` (name → text) into a folder of its own. */
async function findingsOfBook(files: Record<string, string>): Promise<Finding[]> {
  const folder = mkdtempSync(join(tmpdir(), 'rules-clarity-book-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    return (await loadBook(folder, { today: '2026-11-25' })).findings;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** As the check prints them: place, code, field and message, then the fix. */
const listed = (findings: readonly Finding[]) =>
  findings.map(({ line, column, code, field, message, hint }) => [`${line}:${column} ${code} ${field}: ${message}`, hint]);

describe('translations against the languages of the book', () => {
  it('refuses a rule translation in a language the book does not list, or in its own language', () => {
    expect(findingsFor('spanish-typo.yaml')).toEqual([
      `9:3 error translation-language translations.sp: sp is not one of the \`languages\` of ${dir}/_site.yaml (the book is translated into Spanish (es), French (fr))`,
      `12:3 error translation-language translations.es-MX: Mexican Spanish (es-MX) is not one of the \`languages\` of ${dir}/_site.yaml (the book is translated into Spanish (es), French (fr))`,
    ]);
    expect(hintOf('spanish-typo.yaml', 'translations.sp')).toBe(
      '`sp` is not a language code: use one of `es`, `fr` (ISO 639: es Spanish, fr French, ar Arabic…).',
    );
    expect(hintOf('spanish-typo.yaml', 'translations.es-MX')).toBe(
      `Did you mean \`es\`? Or add \`es-MX\` to \`languages\` in ${dir}/_site.yaml: \`languages: [en, es, fr, es-MX]\`.`,
    );
    expect(findingsFor('english-twice.yaml')).toEqual([
      '9:3 error translation-language translations.en: English (en) is the language the rules are written in (the first of `languages`), so it needs no translation',
    ]);
  });

  it('refuses site translations keyed likewise, and category names that are not categories', () => {
    expect(findingsFor('_site.yaml')).toEqual([
      '10:7 error translation-unknown-category translations.es.categories.Fee: "Fee" is not one of the categories (Spaces, Fees)',
      '11:3 error translation-language translations.en: English (en) is the language the rules are written in (the first of `languages`), so it needs no translation',
      `13:3 error translation-language translations.de: German (de) is not one of the \`languages\` of ${dir}/_site.yaml (the book is translated into Spanish (es), French (fr))`,
    ]);
    expect(hintOf('_site.yaml', 'translations.es.categories.Fee')).toMatch(/^Did you mean `Fees`\?/);
    expect(hintOf('_site.yaml', 'translations.de')).toBe(
      `Add \`de\` to \`languages\` in ${dir}/_site.yaml: \`languages: [en, es, fr, de]\`.`,
    );
  });

  it('names a code of `languages` that is no language, with the one the rules translate into; and `se` for `es` (found by a new-user trial)', async () => {
    const es = { title: 'Llamadas', public_wording: 'Puede hablar en el vestíbulo.' };
    const slipped = await findingsOfBook({
      '_site.yaml': 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, sp, ar]\n',
      'phone.yaml': ruleYaml('phone', 'green', { translations: { es } }),
      'quiet.yaml': ruleYaml('quiet', 'green', { translations: { ar: { title: 'هدوء', public_wording: 'أهلاً بكم.' } } }),
    });
    expect(listed(slipped.filter((finding) => finding.file.endsWith('_site.yaml')))).toEqual([
      [
        '3:17 unknown-language languages[1]: `sp` is not a language code',
        'The rules translate into Spanish (es): write `es` in its place, `languages: [en, es, ar]`.',
      ],
    ]);
    // One mistake, one error: each rule's `es:` is not an error of its own (37 errors in 36 files
    // had followed one slip in _site.yaml; found by an administrator's trial).
    expect(slipped.filter((finding) => finding.field === 'translations.es')).toEqual([]);
    // A three-letter code the platform does not know is taken on trust: S'gaw Karen.
    const karen = await findingsOfBook({
      '_site.yaml': 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, ksw]\n',
      'phone.yaml': ruleYaml('phone', 'green'),
      // A stray translation into a language not listed does not make `ksw` a slip (found by a review).
      'quiet.yaml': ruleYaml('quiet', 'green', { translations: { fr: { title: 'Silence', public_wording: 'Bienvenue.' } } }),
    });
    expect(karen.filter((finding) => finding.code === 'unknown-language')).toEqual([]);
    const swapped = await findingsOfBook({
      '_site.yaml': 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es]\n',
      'phone.yaml': ruleYaml('phone', 'green', { translations: { se: es } }),
    });
    expect(swapped.find((finding) => finding.field === 'translations.se')?.hint).toMatch(/^Did you mean `es`\? Or add `se`/);
  });

  it('tells French written another way to write `fr`: `fra` in `languages`, `fre:` or `fr_FR:` as a key, `French` or `français` in `languages` (found by a French volunteer)', async () => {
    const fr = { title: 'Appels', public_wording: 'Vous pouvez téléphoner dans le hall.' };
    const site = (languages: string) => `organisation: Test Library\ncategories: [Spaces]\nlanguages: ${languages}\n`;
    const threeLetters = await findingsOfBook({
      '_site.yaml': site('[en, es, ar, fra]'),
      'phone.yaml': ruleYaml('phone', 'green', { translations: { fr } }),
    });
    expect(listed(threeLetters.filter((finding) => finding.severity === 'error'))).toEqual([
      [
        '3:25 language-code-alias languages[3]: `fra` is another code of French (fr), which the site knows as `fr`: its pages would be marked `lang="fra"` and keep English interface words',
        'Write `fr` in its place, `languages: [en, es, ar, fr]`, and key its translations `fr:`.',
      ],
    ]);
    // Dari (`prs`) is a language of its own, though the platform files it as `fa-AF` (found by a review).
    const dari = await findingsOfBook({ '_site.yaml': site('[en, fa, prs]'), 'phone.yaml': ruleYaml('phone', 'green') });
    expect(dari.filter((finding) => finding.severity === 'error')).toEqual([]);
    const keyed = await findingsOfBook({
      '_site.yaml': site('[en, es, ar, fr]'),
      'phone.yaml': ruleYaml('phone', 'green').concat(
        'translations:\n  fre:\n    title: Appels\n    public_wording: Vous pouvez téléphoner dans le hall.\n',
      ),
      'quiet.yaml': ruleYaml('quiet', 'green').concat(
        'translations:\n  fr_FR:\n    title: Silence\n    public_wording: Bienvenue dans la salle calme.\n',
      ),
    });
    expect(listed(keyed.filter((finding) => finding.code === 'translation-language'))).toEqual([
      [
        '10:3 translation-language translations.fre: `fre` is another code of French (fr), which `languages` writes `fr`',
        'Write `fr:` in its place.',
      ],
      [
        '10:3 translation-language translations.fr_FR: `fr_FR` is not a language code as `languages` writes them',
        'Write `fr`, the code of French (fr): languages are written as ISO 639 codes.',
      ],
    ]);
    const named = await findingsOfBook({
      '_site.yaml': site('[en, French, français, FR]'),
      'phone.yaml': ruleYaml('phone', 'green'),
    });
    expect(listed(named.filter((finding) => finding.field.startsWith('languages')))).toEqual([
      [
        '3:17 unknown-language languages[1]: `French` is not a language code',
        'Write `fr`, the code of French (fr): languages are written as ISO 639 codes.',
      ],
      [
        '3:25 unknown-language languages[2]: `français` is not a language code',
        'Write `fr`, the code of French (fr): languages are written as ISO 639 codes.',
      ],
      ['3:35 unknown-language languages[3]: `FR` is not a language code', 'Write it in lower case: `fr`.'],
    ]);
    expect(named.map((finding) => finding.message).join('\n')).not.toContain('pattern');
  });

  it('refuses an interface message the site has no message for, with the nearest name (found by a new-user trial)', async () => {
    const findings = await findingsOfBook({
      '_site.yaml':
        'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es]\ntranslations:\n  es:\n    messages:\n      rule.whyy: Por qué se lo pedimos\n      search.button: Buscar\n',
      'phone.yaml': ruleYaml('phone', 'green'),
    });
    expect(listed(findings)).toEqual([
      [
        '7:7 unknown-message translations.es.messages.rule.whyy: `rule.whyy` is not the name of an interface message, so this wording is shown nowhere',
        'Did you mean `rule.why`?',
      ],
    ]);
  });

  it('refuses a placeholder translated in an interface message, and warns of one left out (found by a French volunteer)', async () => {
    const findings = await findingsOfBook({
      '_site.yaml':
        'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, fr]\ntranslations:\n  fr:\n    messages:\n' +
        '      home.allInTopic: Voir les {compte} règles du sujet « {sujet} »\n' +
        '      rule.lastUpdated: Mis à jour\n' +
        '      pages.status: Page {page} sur {pagess}\n' +
        // A form for one rule may say the number in words.
        '      browse.count.one: une règle\n',
      'phone.yaml': ruleYaml('phone', 'green'),
    });
    expect(listed(findings.filter((finding) => finding.code !== 'translation-missing'))).toEqual([
      [
        '7:33 message-unknown-placeholder translations.fr.messages.home.allInTopic: `{compte}` is not a placeholder of `home.allInTopic`: it has `{count}` and `{topic}`',
        'Did you mean `{count}`? The site fills in each placeholder by its English name, wherever your language puts it: translate the words around it, not the name in braces.',
      ],
      [
        '7:60 message-unknown-placeholder translations.fr.messages.home.allInTopic: `{sujet}` is not a placeholder of `home.allInTopic`: it has `{count}` and `{topic}`',
        'Did you mean `{topic}`? The site fills in each placeholder by its English name, wherever your language puts it: translate the words around it, not the name in braces.',
      ],
      [
        '8:25 message-missing-placeholder translations.fr.messages.rule.lastUpdated: `rule.lastUpdated` leaves out `{date}`, so the French (fr) pages show nothing where the site fills it in (English: "Last updated {date}")',
        'Write `{date}` in the message where your language puts it; the site replaces it.',
      ],
      [
        '9:37 message-unknown-placeholder translations.fr.messages.pages.status: `{pagess}` is not a placeholder of `pages.status`: it has `{page}` and `{pages}`',
        'Did you mean `{pages}`? The site fills in each placeholder by its English name, wherever your language puts it: translate the words around it, not the name in braces.',
      ],
    ]);
    expect(findings.find((finding) => finding.code === 'message-missing-placeholder')?.severity).toBe('warning');
  });

  it('warns when a language with no built-in wording is given some interface messages but not all: its pages stay English (found by a review)', async () => {
    const findings = await findingsOfBook({
      '_site.yaml':
        'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, de]\ntranslations:\n  de:\n    messages:\n      rule.why: Warum wir darum bitten\n',
      'phone.yaml': ruleYaml('phone', 'green'),
    });
    const incomplete = findings.filter((finding) => finding.code === 'messages-incomplete');
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0]!.severity).toBe('warning');
    expect(incomplete[0]!.field).toBe('translations.de.messages');
    expect(incomplete[0]!.message).toMatch(
      /^\d+ interface messages have no German \(de\) wording, so its pages stay in English: `site\.edition`/,
    );
    // Spanish has the site's own wording: a few of its messages changed say nothing.
    const spanish = await findingsOfBook({
      '_site.yaml':
        'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es]\ntranslations:\n  es:\n    messages:\n      rule.why: Por qué\n',
      'phone.yaml': ruleYaml('phone', 'green'),
    });
    expect(spanish.filter((finding) => finding.code === 'messages-incomplete')).toEqual([]);
  });

  it('warns of a topic left without its name in a language whose names were begun; not of a staff-only one (found by a new-user trial)', async () => {
    const findings = await findingsOfBook({
      '_site.yaml':
        'organisation: Test Library\ncategories: [Spaces, Fees, Staff room]\nlanguages: [en, fr]\ntranslations:\n  fr:\n    categories:\n      Spaces: Espaces\n',
      'phone.yaml': ruleYaml('phone', 'green'),
      'fines.yaml': ruleYaml('fines', 'green', { category: 'Fees' }),
      'kettle.yaml': ruleYaml('kettle', 'green', { category: 'Staff room', public: false, public_wording: undefined }),
    });
    expect(listed(findings)).toEqual([
      [
        '6:5 translation-missing translations.fr.categories: no French (fr) name for the topic "Fees": the French (fr) pages show it in English (en)',
        'Add `Fees: …` under `categories`, named as a native speaker would.',
      ],
    ]);
  });

  it('says a translation that lost its indent goes under `translations:`, not "Did you mean `id`?" (found by a new-user trial)', async () => {
    const findings = await findingsOfBook({
      '_site.yaml': 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es]\n',
      'phone.yaml': ruleYaml('phone', 'green').concat('translations:\nes:\n    title: Llamadas\n    public_wording: Puede hablar aquí.\n'),
    });
    expect(findings.find((finding) => finding.field === 'es')).toMatchObject({
      code: 'unknown-field',
      hint: 'A Spanish (es) translation goes under `translations:`: indent `es:` by two spaces below it, and its fields by four.',
    });
    // "A Arabic (ar) translation" had been the hint's first words (found by a French volunteer).
    const arabic = await findingsOfBook({
      '_site.yaml': 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, ar]\n',
      'phone.yaml': ruleYaml('phone', 'green').concat('translations:\nar:\n    title: المكالمات\n    public_wording: أهلاً بكم.\n'),
    });
    expect(arabic.find((finding) => finding.field === 'ar')?.hint).toMatch(/^An Arabic \(ar\) translation goes under `translations:`/);
  });

  it("lists the book's own codes for a translation keyed by no code, not another book's (found by a French volunteer)", async () => {
    const findings = await findingsOfBook({
      '_site.yaml': 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es, ar]\n',
      'phone.yaml': ruleYaml('phone', 'green').concat(
        'translations:\n  castellano:\n    title: Llamadas\n    public_wording: Puede hablar aquí.\n',
      ),
    });
    expect(listed(findings.filter((finding) => finding.field === 'translations.castellano'))).toEqual([
      [
        '10:3 translation-language translations.castellano: `castellano` is not a language code as `languages` writes them',
        'Key each translation by a code listed in `languages` of _site.yaml: `es`, `ar`.',
      ],
    ]);
  });

  it('says fields that lost their indent belong under their language or under `bend:`, with nothing else at their place (found by a new-user trial)', async () => {
    const findings = await findingsOfBook({
      '_site.yaml': 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es]\n',
      'phone.yaml': ruleYaml('phone', 'green', { bend: undefined }).concat(
        'bend:\nhow: Use judgment.\ntranslations:\n  es:\n  title: Llamadas\n  public_wording: Puede hablar aquí.\n',
      ),
      'quiet.yaml': ruleYaml('quiet', 'green').concat('translations:\n  ES:\n    title: Silencio\n    public_wording: Bienvenido.\n'),
    });
    const byField = (field: string) => listed(findings.filter((finding) => finding.field === field));
    expect(byField('how')[0]![1]).toBe('It is a field of `bend`: indent `how:` by two spaces below `bend:`.');
    expect(byField('translations.title')).toEqual([
      [
        '12:3 unknown-field translations.title: `title` is not a language code',
        'It is a field of a translation: indent `title:` two more spaces, under its language (`es:`).',
      ],
    ]);
    // The language left with no fields says nothing more; no raw pattern is shown anywhere.
    expect(byField('translations.es')).toEqual([]);
    expect(byField('bend')).toEqual([]);
    expect(findings.map((finding) => finding.message).join('\n')).not.toContain('^[a-z]');
    expect(byField('translations.ES')).toEqual([
      [
        '10:3 translation-language translations.ES: `ES` is not a language code as `languages` writes them',
        'Write it in lower case: `es`.',
      ],
    ]);
  });

  it('names the language the fields fell out of, the key above them, not `es:` (found by a French volunteer)', async () => {
    const findings = await findingsOfBook({
      '_site.yaml': 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es, fr]\n',
      'phone.yaml': ruleYaml('phone', 'green').concat(
        'translations:\n  es:\n    title: Llamadas\n    public_wording: Puede hablar aquí.\n  fr:\n  title: Appels\n  public_wording: Vous pouvez téléphoner ici.\n',
      ),
    });
    expect(listed(findings.filter((finding) => finding.code === 'unknown-field'))).toEqual([
      [
        '14:3 unknown-field translations.title: `title` is not a language code',
        'It is a field of a translation: indent `title:` two more spaces, under its language (`fr:`).',
      ],
      [
        '15:3 unknown-field translations.public_wording: `public_wording` is not a language code',
        'It is a field of a translation: indent `public_wording:` two more spaces, under its language (`fr:`).',
      ],
    ]);
  });

  it('hides only the language the fields fell out of: another left empty is still named (found by a review)', async () => {
    const findings = await findingsOfBook({
      '_site.yaml': 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es, fr]\n',
      'phone.yaml': ruleYaml('phone', 'green').concat(
        'translations:\n  fr:\n  es:\n  title: Llamadas\n  public_wording: Puede hablar aquí.\n',
      ),
    });
    expect(findings.filter((finding) => finding.field === 'translations.fr').map((finding) => finding.code)).toEqual(['wrong-type']);
    expect(findings.filter((finding) => finding.field === 'translations.es')).toEqual([]);
  });

  it('warns of English left under `fr:`: pasted as it was, or a sentence of it, published as French with no notice (found by a French volunteer)', async () => {
    const site = 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, fr]\n';
    const findings = await findingsOfBook({
      '_site.yaml': site,
      'headphones.yaml': ruleYaml('headphones', 'green', {
        title: 'Headphones at the desk',
        public_wording: 'You are welcome to borrow headphones at the front desk for the computers.',
        public_why: 'So everyone can listen without disturbing the people around them.',
      }).concat(
        [
          'translations:',
          '  fr:',
          '    title: Headphones at the  DESK',
          '    public_wording: >-',
          '      You are welcome to borrow headphones at the front desk',
          '      for the computers.',
          '    public_why: Pour que chacun puisse écouter sans déranger les autres. Please ask us.',
          '',
        ].join('\n'),
      ),
    });
    const untranslated = findings.filter((finding) => finding.code === 'translation-untranslated');
    expect(listed(untranslated)).toEqual([
      [
        '12:12 translation-untranslated translations.fr.title: the French (fr) `title` is the English (en) one as written: the pages in French (fr) show it with no "not translated yet" notice, and the rule counts as translated',
        'Translate it into French (fr). If it is a name that stays the same in French (fr) (such as "Wi-Fi"), say so: add `- {check: untranslated, word: "Headphones at the  DESK", why: "a name"}` under `wording_ok:`.',
      ],
      [
        '14:7 translation-untranslated translations.fr.public_wording: the French (fr) `public_wording` is the English (en) one as written: the pages in French (fr) show it with no "not translated yet" notice, and the rule counts as translated',
        'Translate it into French (fr). Until it is, leave this language out of `translations`: the page then shows the source text, with a "not translated yet" notice.',
      ],
      [
        '16:74 translation-untranslated translations.fr.public_why: this sentence of the French (fr) `public_why` reads as English (en): the pages in French (fr) show it with no "not translated yet" notice',
        'Translate it into French (fr). Until it is, leave `public_why` out of this translation: the page then gives the reason in the source language, with a notice.',
      ],
    ]);
    expect(untranslated.every((finding) => finding.severity === 'warning')).toBe(true);
    // A name that stays the same, allowed with its reason; real French, and a title too short to tell, say nothing.
    const allowed = await findingsOfBook({
      '_site.yaml': site,
      'wifi.yaml': ruleYaml('wifi', 'green', {
        title: 'Wi-Fi',
        public_wording: 'You can use the Wi-Fi for free: no password is needed.',
        translations: { fr: { title: 'Wi-Fi', public_wording: 'Vous pouvez utiliser le Wi-Fi gratuitement, sans mot de passe.' } },
        wording_ok: [{ check: 'untranslated', word: 'Wi-Fi', why: 'The name of the network is the same in French.' }],
      }),
      'printing.yaml': ruleYaml('printing', 'green', {
        title: 'Printing and copies',
        translations: { fr: { title: 'Printing', public_wording: 'Imprimez depuis nos ordinateurs : la première page est offerte.' } },
      }),
      // An English screen label quoted in French is English on purpose (found by a review).
      'account.yaml': ruleYaml('account', 'green', {
        title: 'Your account',
        public_wording: 'Click "Sign in to your account" on the catalog to see your loans.',
        translations: { fr: { title: 'Votre compte', public_wording: 'Cliquez sur « Sign in to your account ».' } },
      }),
    });
    expect(allowed.filter((finding) => finding.code === 'translation-untranslated' || finding.code === 'wording-ok-unused')).toEqual([]);
  });

  it("warns that a staff-only rule's translation is never shown, at its language (found by a French volunteer)", async () => {
    const findings = await findingsOfBook({
      '_site.yaml': 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, fr]\n',
      'kettle.yaml': ruleYaml('kettle', 'green', { public: false, public_wording: undefined }).concat(
        'translations:\n  fr:\n    title: La bouilloire\n    public_wording: Vous pouvez utiliser la bouilloire.\n',
      ),
    });
    expect(listed(findings)).toEqual([
      [
        '10:3 translation-staff-only translations.fr: the French (fr) translation is never shown: the rule is staff-only (`public: false`), and only the public edition is in other languages',
        'Remove the translation, or make the rule public (remove `public: false`) if visitors should read it.',
      ],
    ]);
  });

  it('warns when a translation leaves out the reason the rule gives, or gives one the rule does not', () => {
    expect(findingsFor('why-forgotten.yaml')).toEqual([
      '10:3 warning translation-missing-why translations.es: the Spanish (es) translation has no `public_why`, though the rule has one',
    ]);
    expect(findingsFor('why-invented.yaml')).toEqual([
      '12:5 warning translation-extra-why translations.es.public_why: the rule has no `public_why` for this Spanish (es) one to translate',
    ]);
    expect(findingsFor('phone-calls.yaml')).toEqual([]);
  });

  it('leaves translation status to `check`: a build, which gives no history, is not told of missing ones', () => {
    expect(book.findings.filter((finding) => finding.code === 'translation-missing')).toEqual([]);
    expect(book.notes).toEqual([]);
  });
});

describe('`check` on a real repository: missing and out-of-date translations', () => {
  const repo = new TempRepo();
  const folders: string[] = [];
  afterAll(() => {
    repo.dispose();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });
  const es = { title: 'Llamadas', public_wording: 'Puede hablar por teléfono en el vestíbulo.' };
  repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es, fr]\n');
  repo.write('policies/phone.yaml', ruleYaml('phone', 'green', { public_wording: 'Take calls in the lobby.', translations: { es } }));
  repo.commitAt('Add the phone rule', '2026-01-05T09:00:00+00:00');
  repo.write(
    'policies/phone.yaml',
    ruleYaml('phone', 'green', { public_wording: 'Take calls in the lobby or café.', translations: { es } }),
  );
  const edit = repo.commitAt('Calls in the café too', '2026-02-10T09:00:00+00:00');

  function check(policies: string): { findings: Finding[]; notes?: string[] } {
    const result = runCli(['check', '--dir', policies, '--format', 'json', '--no-cache']);
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout);
  }

  it('does not count a code of `languages` written another way (`fra`) as a language every rule lacks (found by a French volunteer)', () => {
    const fra = new TempRepo();
    try {
      fra.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es, fra]\n');
      fra.write('policies/phone.yaml', ruleYaml('phone', 'green', { translations: { es } }));
      fra.commitAt('Add the phone rule', '2026-01-05T09:00:00+00:00');
      const report = check(join(fra.dir, 'policies'));
      expect(report.findings.map((finding) => finding.code)).toEqual(['language-code-alias']);
      expect(report.notes ?? []).toEqual([]);
    } finally {
      fra.dispose();
    }
  });

  it('warns at the translation that is out of date, naming the commits, and at the rule for each missing language', () => {
    const policies = join(repo.dir, 'policies');
    const report = check(policies);
    // ruleYaml writes each field on one line: `translations: {"es": {…}}` is line 9.
    expect(report.findings.map(({ file, line, column, code, field, message }) => ({ file, line, column, code, field, message }))).toEqual([
      {
        file: expect.stringMatching(/policies\/phone\.yaml$/),
        line: 9,
        column: 1,
        code: 'translation-missing',
        field: 'translations',
        message: 'not translated into French (fr) yet: those pages show the English (en) text, with a notice',
      },
      {
        file: expect.stringMatching(/policies\/phone\.yaml$/),
        line: 9,
        column: 16,
        code: 'translation-out-of-date',
        field: 'translations.es',
        message: `the Spanish (es) translation is out of date: \`public_wording\` changed (2026-02-10, ${edit.slice(0, 7)} "Calls in the café too"), after the translation last did (2026-01-05, ${repo.git('rev-parse', '--short=7', 'HEAD~1')} "Add the phone rule")`,
      },
    ]);
    // The edit itself, so the translator sees what to translate (found by a French volunteer).
    expect(report.findings[1]!.hint).toMatch(
      /^`public_wording`: Take calls in the lobby \{\+or café\+\}\. Translate the new `public_wording` into Spanish/,
    );
    // After the list, per language, how many rules lack it: one line where a new language gives hundreds of warnings.
    expect(report.notes).toEqual([
      "Translations missing: French (fr) 1 of 1 public rule. The staff edition's Translations page (/translations/) lists each rule's status.",
    ]);
  });

  it("does not warn when the English changed and changed back to the text translated, as the site marks it (found by a policy clerk's trial)", () => {
    const back = new TempRepo();
    try {
      back.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es]\n');
      const rule = (wording: string) => ruleYaml('phone', 'green', { public_wording: wording, translations: { es } });
      back.write('policies/phone.yaml', rule('Take calls in the lobby.'));
      back.commitAt('Add the phone rule', '2026-01-05T09:00:00+00:00');
      back.write('policies/phone.yaml', rule('Take calls in the lobby or café.'));
      back.commitAt('Calls in the café too', '2026-02-10T09:00:00+00:00');
      back.write('policies/phone.yaml', rule('Take calls in the lobby.'));
      back.commitAt('Back to the lobby only', '2026-02-11T09:00:00+00:00');
      expect(check(join(back.dir, 'policies')).findings.map((finding) => finding.code)).not.toContain('translation-out-of-date');
    } finally {
      back.dispose();
    }
  });

  it('does not send translators to a field that is only misspelled now (found by a new-user trial)', () => {
    const copy = mkdtempSync(join(tmpdir(), 'rules-clarity-misspelled-'));
    folders.push(copy);
    execFileSync('git', ['clone', '-q', `file://${repo.dir}`, copy]);
    const file = join(copy, 'policies/phone.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('public_wording:', 'public_wordng:'));
    const codes = check(join(copy, 'policies')).findings.map((finding) => finding.code);
    expect(codes).toContain('unknown-field');
    expect(codes).not.toContain('translation-out-of-date');
  });

  it('in a shallow clone: lists what is missing, says once that the status is unknown, and warns of nothing it cannot tell', () => {
    const shallow = mkdtempSync(join(tmpdir(), 'rules-clarity-shallow-'));
    folders.push(shallow);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, shallow]);
    const report = check(join(shallow, 'policies'));
    expect(report.findings.map((finding) => finding.code)).toEqual(['translation-missing']);
    expect(report.notes).toEqual([
      "Translations missing: French (fr) 1 of 1 public rule. The staff edition's Translations page (/translations/) lists each rule's status.",
      'Translation status unknown: the repository is a shallow clone; fetch its full history (fetch-depth: 0). Missing translations are listed; out-of-date ones cannot be told without the history.',
    ]);
    const human = runCli(['check', '--dir', join(shallow, 'policies'), '--no-cache']);
    expect(human.stdout.match(/^Note: Translation status unknown/gm)).toHaveLength(1);
  });
});

describe('a rule copied into two folders (the same id twice)', () => {
  it('warns at each file of the languages it lacks, once each (they were merged: "Spanish (es), Spanish (es)")', () => {
    const repo = new TempRepo();
    try {
      repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es]\n');
      repo.write('policies/spaces/quiet.yaml', ruleYaml('quiet', 'green'));
      repo.write('policies/conduct/quiet.yaml', ruleYaml('quiet', 'green'));
      const result = runCli(['check', '--dir', join(repo.dir, 'policies'), '--format', 'json', '--no-cache']);
      const missing = (JSON.parse(result.stdout) as { findings: Finding[] }).findings
        .filter((finding) => finding.code === 'translation-missing')
        .map((finding) => `${finding.file.split('/policies/')[1]} ${finding.message}`);
      expect(missing.sort()).toEqual([
        'conduct/quiet.yaml not translated into Spanish (es) yet: those pages show the English (en) text, with a notice',
        'spaces/quiet.yaml not translated into Spanish (es) yet: those pages show the English (en) text, with a notice',
      ]);
    } finally {
      repo.dispose();
    }
  });
});

describe('a translation with a field written wrong', () => {
  it('gets the error that names the field, not also "Add `es:`" as though it were not there (found by a new-user trial)', () => {
    const repo = new TempRepo();
    try {
      repo.write('policies/_site.yaml', 'organisation: Test Library\ncategories: [Spaces]\nlanguages: [en, es, fr]\n');
      repo.write(
        'policies/quiet.yaml',
        ruleYaml('quiet', 'green', { translations: { es: { titel: 'Silencio', public_wording: 'Le damos la bienvenida.' } } }),
      );
      repo.write('policies/loud.yaml', ruleYaml('loud', 'green'));
      const result = runCli(['check', '--dir', join(repo.dir, 'policies'), '--format', 'json', '--no-cache']);
      const findings = (JSON.parse(result.stdout) as { findings: Finding[] }).findings.map(
        (finding) => `${finding.file.split('/policies/')[1]} ${finding.code} ${finding.field}: ${finding.message}`,
      );
      // The rule with no translation at all is still told to add one; the one with a Spanish
      // translation written wrong, only of the French it lacks (found by a review).
      expect(findings).toEqual([
        'loud.yaml translation-missing public_wording: not translated into Spanish (es) or French (fr) yet: those pages show the English (en) text, with a notice',
        'quiet.yaml translation-missing public_wording: not translated into French (fr) yet: those pages show the English (en) text, with a notice',
        'quiet.yaml unknown-field translations.es.titel: `titel` is not a field of `translations.es`',
      ]);
    } finally {
      repo.dispose();
    }
  });
});
