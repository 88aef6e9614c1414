// A line git writes around a conflict: `<<<<<<< HEAD`, `=======`, `>>>>>>> branch`. Read as YAML,
// the markers had been told as indentation and a missing colon, and indenting them as told put
// them into a published text (found by a reviewer's trial). Indented, they are still markers.
// With git's diff3 or zdiff3 style, `||||||| base` begins the lines both sides started from (found
// by a review). Group 1 is the marker's signs, absent for `=======`.
export const CONFLICT_MARKER = /^[ \t]*(?:(<{7}|>{7}|\|{7})(?:[ \t].*)?|={7}[ \t]*)$/m;
