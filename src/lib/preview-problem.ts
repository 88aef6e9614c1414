/** The `site` collection's entry that holds the check's report when a save in the live preview broke the book. */
export const PREVIEW_PROBLEM_ID = 'preview-problem';
