import type { BookCheck } from './check.ts';
import { categoryKnown } from './category-known.ts';
import { duplicateIds } from './duplicate-ids.ts';
import { idMatchesFile } from './id-matches-file.ts';
import { relatedExist } from './related-exist.ts';
import { reviewDue } from './review-due.ts';

export type { BookCheck, BookRule, CheckInput } from './check.ts';

/** The checks that look across files, run in this order after every file passed the schema. */
export const bookChecks: readonly BookCheck[] = [idMatchesFile, duplicateIds, relatedExist, categoryKnown, reviewDue];
