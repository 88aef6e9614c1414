import type { BookCheck } from './check.ts';
import { askNamed } from './ask-named.ts';
import { blankValues } from './blank-values.ts';
import { categoryKnown } from './category-known.ts';
import { duplicateIds } from './duplicate-ids.ts';
import { garbledSiteText, garbledText } from './garbled.ts';
import { idMatchesFile } from './id-matches-file.ts';
import { markup } from './markup.ts';
import { redBudget } from './red-budget.ts';
import { relatedExist } from './related-exist.ts';
import { replacedRules } from './replaced-rules.ts';
import { reviewDue } from './review-due.ts';
import { siteLanguages } from './site-languages.ts';
import { siteTranslations } from './site-translations.ts';
import { signFits } from './sign-fits.ts';
import { siteUrls } from './site-urls.ts';
import { translationLanguages } from './translation-languages.ts';
import { translationCopied } from './translation-copied.ts';
import { translationStatusCheck } from './translation-status.ts';
import { wording } from './wording.ts';

export type { BookCheck, BookRule, CheckInput } from './check.ts';

/** The checks that look across files, run in this order on the rules that passed the schema. */
export const structureChecks: readonly BookCheck[] = [
  idMatchesFile,
  blankValues,
  askNamed,
  duplicateIds,
  relatedExist,
  replacedRules,
  categoryKnown,
  reviewDue,
  siteUrls,
  siteLanguages,
  translationLanguages,
  siteTranslations,
];
/** Translations against the book's languages and git history (warnings). */
export const translationChecks: readonly BookCheck[] = [translationStatusCheck, translationCopied];
/** The welcoming-language checks of public text (warnings unless --strict). */
export const wordingChecks: readonly BookCheck[] = [wording, markup, garbledText, garbledSiteText, signFits, redBudget];
export const bookChecks: readonly BookCheck[] = [...structureChecks, ...translationChecks, ...wordingChecks];
