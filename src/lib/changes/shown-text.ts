// HTML's own white space. A no-break space is not among it: it shows (as a glued line), so
// changing one is a change.
const RUN_OF_SPACE = /[ \t\n\f\r]+/g;
const FOLDS = /[\t\n\f\r]| {2}|^ | $/;

/**
 * A text as a page shows it: every run of spaces and line breaks one space, none at either end.
 * A double space or a trailing space added to a wording had counted as a change everywhere (a
 * history entry with no marks, a translation out of date; found by a policy clerk's trial).
 */
export function shownText(text: string): string {
  // Most texts are already so (a line of YAML): tested, they need no copy made.
  if (!FOLDS.test(text)) return text;
  const folded = text.replace(RUN_OF_SPACE, ' ');
  return folded.slice(folded.startsWith(' ') ? 1 : 0, folded.endsWith(' ') ? -1 : undefined);
}

/** Whether two texts (either absent) read the same on a page. */
export function sameShownText(a: string | undefined, b: string | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && shownText(a) === shownText(b));
}
