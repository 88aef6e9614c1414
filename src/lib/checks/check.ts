import type { Finding } from '../finding.ts';
import type { BookHistory } from '../history/history.ts';
import type { Rule, SiteSettings } from '../schemas.ts';
import type { YamlSource } from '../yaml-source.ts';

/** A rule that passed the schema, with the file it came from. */
export interface BookRule {
  file: string;
  source: YamlSource;
  data: Rule;
  /**
   * Top-level fields written in the file but left out of `data`, as the schema found them wrong
   * (reported); a translations block by its languages (`translations.es`).
   */
  invalid?: readonly string[];
}

export interface CheckInput {
  rules: readonly BookRule[];
  /** Every id written in any file, valid or not, so one broken file does not make others' links look wrong. */
  ids: ReadonlySet<string>;
  /** Undefined when the site settings are missing or invalid (already reported). */
  site: SiteSettings | undefined;
  /** The parsed site settings file, for findings about the book as a whole. */
  siteSource: YamlSource | undefined;
  /** YYYY-MM-DD. */
  today: string;
  /**
   * The book's git history, read on first call (one `git log` for the whole book); absent when the
   * caller does not look at history (the site build, most tests): checks that need it then say
   * only what they can tell without it.
   */
  history?: () => BookHistory;
}

/** One check that looks across files; each lives in its own module and is listed in `index.ts`. */
export interface BookCheck {
  name: string;
  /**
   * The check looks at each rule alone (and the site settings): its findings for a book are its
   * findings for each rule, in order, all about that rule's file. The check cache keeps them per
   * file, so only changed files are checked again.
   */
  perRule?: boolean;
  run(input: CheckInput): Finding[];
  /**
   * What the check could not look at, said once per run rather than once per rule (no git history,
   * no reading-level formula for a language): shown after the findings, never counted as one.
   */
  notes?(input: CheckInput): string[];
}
