import type { Finding } from '../finding.ts';
import { findingAt } from '../finding-at.ts';
import type { Spot } from '../text-pattern.ts';
import type { BookCheck } from './check.ts';

/** One kind of markup: what it is, what the page would show of it, and how to write it instead. */
interface MarkupKind {
  pattern: RegExp;
  what: string;
  shows: string;
  hint: string;
  /** Said once per text: a list's every item is one mistake. */
  once?: boolean;
  /** Only in these texts (by their path in the rule); in all when absent. */
  only?: (path: readonly (string | number)[]) => boolean;
}

// Tags an editor pastes from a web page or a word processor; other words in angle brackets
// (`<name@example.org>`, "under <5") are left alone.
const TAGS = 'a|b|i|u|s|em|strong|br|p|div|span|ul|ol|li|h[1-6]|small|sup|sub|mark|hr|img|table|tr|td|th|font|center';

const PLAIN = 'Write plain text, without the marks: to stress a point, say it first and in few words.';
const LINK = 'Write the words and the address plainly, e.g. "Fill in the form at riverside.example.org/forms".';

const KINDS: readonly MarkupKind[] = [
  { pattern: new RegExp(`</?(?:${TAGS})\\b[^<>\\n]*>`, 'giu'), what: 'an HTML tag', shows: 'the tag would show', hint: PLAIN },
  {
    pattern: /&(?:[a-z][a-z0-9]{1,7}|#\d{1,6}|#x[0-9a-f]{1,6});/giu,
    what: 'an HTML character code',
    shows: 'the code would show, not the character',
    hint: 'Type the character itself (a space, &, a dash), or leave it out.',
  },
  {
    pattern: /\[[^[\]\n]+\]\((?:https?:\/\/|www\.|mailto:|\/)[^)\s]*\)/giu,
    what: 'a Markdown link',
    shows: 'the brackets and the address would show, and nothing can be clicked',
    hint: LINK,
  },
  { pattern: /<(?:https?:\/\/|mailto:)[^<>\s]+>/giu, what: 'a Markdown link', shows: 'the angle brackets would show', hint: LINK },
  // Not `__`: "__init__" is a name, and no editor types underscores for bold (found by a review).
  { pattern: /\*\*(?=\S)[^*\n]+?\*\*/gu, what: 'Markdown bold', shows: 'the marks would show', hint: PLAIN },
  {
    pattern: /(?<![*\p{L}\p{N}])\*(?=[^\s*])[^*\n]+?(?<=[^\s*])\*(?![*\p{L}\p{N}])/gu,
    what: 'Markdown italics',
    shows: 'the asterisks would show',
    hint: PLAIN,
  },
  // Two lines or more of a literal block (`|`) that start like items: "+ 1 guest per member" or
  // "3. floor: study rooms" alone is text (found by a review).
  {
    pattern: /(?<=^|\n)[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+\S[^\n]*(?=\n[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+\S)/gu,
    what: 'a Markdown list',
    shows: 'its lines would run together, marks and all',
    hint: 'Write the items as a sentence, e.g. "Bring a photo ID, a bill or a letter with your address."',
    once: true,
  },
  {
    // Curly quotes around a whole title or tag are text to YAML, unlike straight ones: the page,
    // the sign and the tags showed “Phone calls” with its quotes (found by an administrator's
    // trial). Not in other texts, where they quote what staff say (“I'm sorry, …”), nor French
    // guillemets (found by a review).
    pattern: /^\s*[“‘„][^\n]*[”’“]\s*$/gu,
    what: 'text in curly quotes',
    shows: 'the quotes would show around it',
    hint: 'Remove the quotes: a title or a tag needs none. To quote one, as for a colon inside, use straight quotes ("…").',
    only: (path) => path[0] === 'tags' || path.at(-1) === 'title',
  },
  {
    // A heading starts with a capital: "# of guests: up to 4" is text (found by a review).
    pattern: /(?<=^|\n)[ \t]*#{1,6}[ \t]+\p{Lu}[^\n]*/gu,
    what: 'a Markdown heading',
    shows: 'the # marks would show',
    hint: 'Remove the # marks: each field has its own place on the page.',
  },
];

// Most text has none of these, and is passed over with one test: a list is two lines or more,
// and a heading or a value's curly quote starts a line.
const MAYBE = /[<&[*\n]|^\s*[#“‘„]/u;

/**
 * Markdown or HTML in a rule's text. Every page, sign and feed shows text exactly as written, so
 * "**Please** bring ID" printed its asterisks, a pasted `<br>` its tag and a `[form](…)` link its
 * brackets, on the staff and the public pages alike (found by a new-user trial). A warning at each
 * place, with what would show; gated in pull requests like the wording findings.
 */
export const markup: BookCheck = {
  name: 'markup',
  perRule: true,
  run({ rules }) {
    const findings: Finding[] = [];
    for (const rule of rules)
      for (const { path, text } of textsIn(rule.data, (text) => MAYBE.test(text))) {
        const spots = markupIn(text).filter((spot) => spot.kind.only?.(path) ?? true);
        if (spots.length === 0) continue;
        const places = rule.source.within(path, spots);
        spots.forEach((spot, index) => {
          findings.push({
            ...findingAt(
              rule.source,
              'markup-in-text',
              path,
              'value',
              `${quoted(spot.match)} is ${spot.kind.what}: pages and signs show text exactly as written, so ${spot.kind.shows}`,
              spot.kind.hint,
            ),
            ...places[index],
          });
        });
      }
    return findings;
  },
};

interface MarkupSpot extends Spot {
  kind: MarkupKind;
}

/** The markup in a text, in text order, overlapping finds dropped (a link's brackets inside a tag). */
export function markupIn(text: string): MarkupSpot[] {
  if (!MAYBE.test(text)) return [];
  const spots: MarkupSpot[] = [];
  for (const kind of KINDS)
    for (const found of text.matchAll(kind.pattern)) {
      const match = found[0].trim();
      spots.push({ match, index: found.index + found[0].indexOf(match), kind });
      if (kind.once) break;
    }
  spots.sort((a, b) => a.index - b.index);
  return spots.filter((spot, at) => at === 0 || spot.index >= spots[at - 1]!.index + spots[at - 1]!.match.length);
}

function quoted(match: string): string {
  const short = match.length > 40 ? `${match.slice(0, 37)}…` : match;
  return `\`${short}\``;
}

/**
 * The texts of a rule (with where each is written) that `worth` says may hold something: a rule's
 * path is made only for those, as most texts hold nothing, and at 10,000 rules making one for
 * every text cost the check a tenth of its time.
 */
export function textsIn(value: unknown, worth: (text: string) => boolean = () => true): { path: (string | number)[]; text: string }[] {
  const found: { path: (string | number)[]; text: string }[] = [];
  const path: (string | number)[] = [];
  const walk = (here: unknown): void => {
    if (typeof here === 'string') {
      if (worth(here)) found.push({ path: [...path], text: here });
    } else if (Array.isArray(here)) {
      here.forEach((item, index) => {
        path.push(index);
        walk(item);
        path.pop();
      });
    } else if (typeof here === 'object' && here !== null && !(here instanceof Date)) {
      for (const key in here) {
        path.push(key);
        walk((here as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  walk(value);
  return found;
}
