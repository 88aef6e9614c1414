/** The `site` collection's entry that holds the check's report when a save in the live preview broke the book. */
export const PREVIEW_PROBLEM_ID = 'preview-problem';

/** The report as a page shows it: without the terminal's colors. */
export function plainReport(message: string): string {
  // eslint-disable-next-line no-control-regex -- the terminal's color codes are what is removed
  return message.replace(/\u001b\[[0-9;]*m/g, '');
}
