import type { Finding } from '../finding.ts';
import { plural } from '../summary.ts';
import { findingAt } from '../finding-at.ts';
import { BUILT_IN } from '../i18n/catalogue.ts';
import { bookLanguages, isNoLanguage, languageName, meantLanguage } from '../languages.ts';
import { translationStatus, type ChangeEvidence, type TranslationReport, type TranslationStatus } from '../translations/status.ts';
import type { BookCheck, BookRule, CheckInput } from './check.ts';
import { isPublic } from '../public-rule.ts';
import { compactRedline } from '../changes/redline.ts';

/**
 * Each public rule's translations against the book's `languages`: missing ones, and ones whose
 * source text changed in git after they last did (translations/status.ts). Warnings: a book can
 * publish while translators catch up, and each page then says the text is the source's.
 *
 * It runs only for a caller that gives the history (`check`): the site build shows the same
 * status on the staff translations page rather than as warnings at every build. Without usable
 * history (a tarball, a shallow clone) it still lists what is missing, and says once that
 * out-of-date translations cannot be told.
 */
export const translationStatusCheck: BookCheck = {
  name: 'translation-status',
  run(input) {
    const report = reportOf(input);
    if (!report) return [];
    // The statuses come rule by rule, each rule's languages together (translationStatus): so each
    // is its own file's, even when two files share an id (reported as an error of its own).
    const publicRules = input.rules.filter((rule) => isPublic(rule.data));
    const perRule = report.languages.others.length;
    const findings: Finding[] = [];
    const missing = new Map<BookRule, string[]>();
    const misspelt = misspeltCodes(report);
    report.statuses.forEach((status, index) => {
      const rule = publicRules[Math.floor(index / perRule)]!;
      // A translation written wrong has its error: "Add `es:`" would send the author looking for it.
      const written = rule.invalid?.some((field) => field === 'translations' || field === `translations.${status.language}`);
      if (status.state === 'missing' && !written && !misspelt.has(status.language))
        missing.set(rule, [...(missing.get(rule) ?? []), status.language]);
      // A source field that is gone is no text to translate: misspelled (`public_wordng:`, an
      // error of its own), it had also been told to the translators (found by a new-user trial);
      // removed, the translation's extra field is a warning of its own.
      const gone = status.changed?.filter((change) => change.after === undefined) ?? [];
      const onlyGone = gone.length > 0 && gone.length === status.changed!.length;
      if (status.state === 'out-of-date' && !onlyGone)
        findings.push(
          outOfDate(
            rule,
            { ...status, ...(status.changed ? { changed: status.changed.filter((change) => !gone.includes(change)) } : {}) },
            report.languages.source,
          ),
        );
    });
    // One finding per rule, naming every language it lacks: one place to fix, not one per language.
    for (const [rule, languages] of missing) findings.push(missingFinding(rule, languages, report.languages.source));
    return findings;
  },
  notes(input) {
    const report = reportOf(input);
    if (!report) return [];
    const notes = missingSummary(report);
    const history = input.history!();
    if (history.available) return notes;
    const translated = input.rules.some((rule) => isPublic(rule.data) && Object.keys(rule.data.translations ?? {}).length > 0);
    if (translated)
      notes.push(
        `Translation status unknown: ${history.reason}. Missing translations are listed; out-of-date ones cannot be told without the history.`,
      );
    return notes;
  },
};

// The findings and the notes read the same report: made once per check.
const reports = new WeakMap<CheckInput, TranslationReport>();

function reportOf(input: CheckInput): TranslationReport | undefined {
  if (!input.history || !input.site || bookLanguages(input.site).others.length === 0) return undefined;
  let report = reports.get(input);
  if (!report) {
    report = translationStatus(
      input.rules.map((rule) => rule.data),
      input.site,
      input.history(),
    );
    reports.set(input, report);
  }
  return report;
}

/**
 * Per language, how many public rules lack it: after a language is added to a book every public
 * rule warns, and the count says in one line what the list says in hundreds.
 */
function missingSummary(report: TranslationReport): string[] {
  // One status per public rule per language: two files that share an id count as two rules, as above.
  const rules = report.statuses.length / report.languages.others.length;
  const misspelt = misspeltCodes(report);
  const counts = report.languages.others.flatMap((language) => {
    if (misspelt.has(language)) return [];
    const missing = report.statuses.filter((status) => status.language === language && status.state === 'missing').length;
    return missing > 0 ? [`${languageName(language)} ${missing} of ${plural(rules, 'public rule')}`] : [];
  });
  if (counts.length === 0) return [];
  return [`Translations missing: ${counts.join('; ')}. The staff edition's Translations page (/translations/) lists each rule's status.`];
}

/**
 * Codes of `languages` that are no language (`sp`), or another code of one (`fra`): reported
 * there, so no rule lacks them ("French (fra) 47 of 47 public rules" had been noted beside it).
 */
function misspeltCodes(report: TranslationReport): Set<string> {
  return new Set(report.languages.others.filter((code) => isNoLanguage(code) || meantLanguage(code, Object.keys(BUILT_IN)) !== undefined));
}

function missingFinding(rule: BookRule, languages: readonly string[], source: string): Finding {
  const names = languages.map(languageName);
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names.at(-1)!}`;
  const fields = rule.data.public_why === undefined ? '`title` and `public_wording`' : '`title`, `public_wording` and `public_why`';
  const where = rule.data.translations === undefined ? ['public_wording'] : ['translations'];
  return findingAt(
    rule.source,
    'translation-missing',
    where,
    'key',
    `not translated into ${list} yet: those pages show the ${languageName(source)} text, with a notice`,
    `Add ${languages.map((language) => `\`${language}:\``).join(', ')} under \`translations:\` with ${fields}, written as a native speaker would say them.`,
  );
}

function outOfDate(rule: BookRule, status: TranslationStatus, source: string): Finding {
  const fields = (status.changed ?? []).map((change) => `\`${change.field}\``);
  const what = fields.length > 0 ? fields.join(', ') : `the ${languageName(source)} text`;
  // "Translate the new the English text" had doubled its article (found by a French volunteer).
  const translate = fields.length > 0 ? `the new ${fields.join(', ')}` : `the new ${languageName(source)} text`;
  const path = ['translations', status.language];
  return findingAt(
    rule.source,
    'translation-out-of-date',
    path,
    'key',
    `the ${languageName(status.language)} translation is out of date: ${what} changed ${when(status.source)}, after the translation last did ${when(status.translation)}`,
    `${whatChanged(status)}Translate ${translate} into ${languageName(status.language)} under \`translations.${status.language}\`. If the change needs no new translation (a typo), say \`[translations ok]\` in its commit message.`,
  );
}

/**
 * Each changed field's edit, struck out and written in: the translator sees what to translate
 * without opening the history (found by a French volunteer: `check` named the fields and the
 * commit, and the edit, "50" to "75" cents, was only on the staff page's history).
 */
function whatChanged(status: TranslationStatus): string {
  return (status.changed ?? [])
    .flatMap((change) => (change.redline ? [`\`${change.field}\`: ${sentence(compactRedline(change.redline))} `] : []))
    .join('');
}

/** Ended as a sentence: a full stop unless the text ends with one (or ?, !, …) already. */
function sentence(text: string): string {
  return /[.!?…][+-]?[}\]]?$/.test(text) ? text : `${text}.`;
}

function when(evidence: ChangeEvidence | undefined): string {
  if (!evidence?.committed) return '(not committed yet)';
  return `(${evidence.day}, ${evidence.commit.slice(0, 7)} "${evidence.subject}")`;
}
