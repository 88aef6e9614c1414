import { findingAt } from '../finding-at.ts';
import type { BookCheck } from './check.ts';

// What an editor writes for "someone, to be decided": a yellow rule's card then said "Check first
// with TBD." or "with someone.", and the desk had no one to ask (found by an administrator's trial).
const NO_ONE = new Set([
  'tbd',
  'tba',
  'tbc',
  'todo',
  'to do',
  'to be decided',
  'to be confirmed',
  'n/a',
  'na',
  'none',
  'nobody',
  'no one',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'whoever',
  'whoever is there',
  'someone senior',
  'ask someone',
  'a person',
  'staff',
  'a staff member',
  'staff member',
  'me',
  'myself',
  'i',
  'us',
  'we',
  'you',
  'xxx',
  'x',
  '?',
  '...',
  '-',
]);

/**
 * `bend.ask` names someone staff can find: a role on shift, a team, a person. A placeholder passes
 * the schema (it is text) and reads on every card of the rule as "Check first with TBD."
 */
export const askNamed: BookCheck = {
  name: 'ask-named',
  perRule: true,
  run({ rules }) {
    return rules.flatMap((rule) => {
      const ask = rule.data.bend?.ask;
      if (typeof ask !== 'string' || !isNoOne(ask)) return [];
      return [
        findingAt(
          rule.source,
          'ask-not-named',
          ['bend', 'ask'],
          'value',
          `"${ask.trim()}" names no one: staff at the desk have no one to ask`,
          'Name a role staff can find on shift, e.g. "supervisor on duty" or "branch manager", or a team such as "IT help desk".',
        ),
      ];
    });
  },
};

// The same, written out: "TBD - will confirm", "whoever is on the desk", "any staff member", "a
// colleague", "your call" (found by a reviewer's trial: each had passed). Whoever is at hand is no
// one to check with; a yellow rule asks for someone who can say yes.
const NO_ONE_WRITTEN_OUT = [
  // A placeholder with a note ("TBD - will confirm", "TBD?"); but "N/A - handled by IT help desk" names someone.
  /^(?:tbd|tba|tbc|todo)(?:\s*[-–—:,(/?].*)?$/u,
  /^(?:n\/a|none|nobody|no one)(?: yet\b.*|\W+.*\b(?:judg(?:e)?ment|decide|discretion|call|yet|later|tbd|confirm)\b.*)?$/u,
  // Whoever is at hand; not "whoever is acting branch manager" (found by a review).
  /^whoever(?: is)?(?: (?:on|at|around|there|here|free|available|working|nearby|closest)\b.*)?$/u,
  /^(?:any|a|another|other) (?:staff(?: member| person)?|colleague|co-?worker|employee|team member|one)(?: (?:on shift|on duty|at the desk|on the desk|nearby|around|available|else))?$/u,
  /^(?:someone|somebody|anyone|anybody) (?:else|around|nearby|available|free|on shift|at the desk|on the desk)$/u,
  /^(?:(?:your|their|my|own|staff) (?:call|choice|judg(?:e)?ment|discretion)|use (?:your|their) (?:judg(?:e)?ment|discretion)|up to (?:you|them|staff))$/u,
];

function isNoOne(ask: string): boolean {
  const plain = ask
    .trim()
    .toLowerCase()
    .replace(/[.!\s]+$/u, '')
    .replace(/\s+/gu, ' ');
  // A blank one is the empty-value error's to tell; dots alone ("...") are a placeholder.
  if (ask.trim() === '') return false;
  return plain === '' || NO_ONE.has(plain) || /^\?+$/u.test(plain) || NO_ONE_WRITTEN_OUT.some((pattern) => pattern.test(plain));
}
