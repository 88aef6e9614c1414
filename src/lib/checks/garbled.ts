import type { Finding } from '../finding.ts';
import { findingAt } from '../finding-at.ts';
import type { Spot } from '../text-pattern.ts';
import type { YamlSource } from '../yaml-source.ts';
import type { BookCheck } from './check.ts';
import { textsIn } from './markup.ts';

// The characters Windows-1252 gives the bytes 0x80–0x9F, by byte: UTF-8 read as it ("â€™" for
// "’") shows them where Latin-1 has control characters.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const CONTINUATION = `[\\u0080-\\u00BF${CP1252}]`;

// A UTF-8 lead byte read as a Latin-1 letter (Ã, Â, â…) and as many continuation bytes as it
// announces; or "Â" ending a word, or "Ã" as one, where an editor turned the no-break space (byte
// 0xA0) after it into a plain one ("Ã la" for "à la"); not Portuguese "IRMÃ" (found by a review).
const GARBLED = new RegExp(
  `[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}|[\\u00F0-\\u00F4]${CONTINUATION}{3}|\\u00C2$|^\\u00C3$`,
  'gu',
);

// What garbling of Latin-script text gives back: accented letters, no-break spaces, typographic
// quotes, dashes and €. "CAFÉ’S" also reads as UTF-8 ("É’" is U+0252), as a letter no such text
// has: it is left alone (found by a review: French capitals before a no-break space or a quote).
const PLAUSIBLE = /^[\u00A0-\u017F\u2010-\u20AC]*$/u;

// Most text has no character from Â (U+00C2) to ô (U+00F4) at all, and is passed over with one test.
const MAYBE = /[\u00C2-\u00F4]/u;

const mayBeGarbled = (text: string) => MAYBE.test(text);

/** The byte a character stands for when UTF-8 was read as Windows-1252; undefined if none. */
function byteOf(char: string): number | undefined {
  const code = char.codePointAt(0)!;
  const special = CP1252.indexOf(char);
  if (special >= 0) return 0x80 + special;
  return code <= 0xff ? code : undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** What a garbled sequence was before: its characters as bytes, read as UTF-8; undefined when they are not UTF-8 (real "à…"). */
function decoded(sequence: string): string | undefined {
  // A lead byte alone lost its 0xA0: a no-break space (which the plain space after it stands for) or "à".
  if (sequence.length === 1) return decoded(`${sequence}\u00A0`)?.replace('\u00A0', '');
  const bytes = [...sequence].map(byteOf);
  if (bytes.some((byte) => byte === undefined)) return undefined;
  try {
    return decoder.decode(new Uint8Array(bytes as number[]));
  } catch {
    return undefined;
  }
}

export interface GarbledSpot extends Spot {
  /** What the word should read. */
  fixed: string;
}

/**
 * Words of a text with garbled accents ("chaussÃ©e", "câ€™est"), each with what it should read:
 * a word at a time, so the fix is the whole word as a reader knows it.
 */
export function garbledIn(text: string): GarbledSpot[] {
  if (!MAYBE.test(text)) return [];
  const spots: GarbledSpot[] = [];
  // Words split at plain spaces only: a garbled no-break space ("Â\u00A0") stays in its word.
  for (const found of text.matchAll(/[^ \t\r\n]+/gu)) {
    const word = found[0].replace(/^[("'«“‘\u00A0]+|[)"'.,;:!?»”’\u00A0]+$/gu, '');
    if (!MAYBE.test(word)) continue;
    const fixed = word.replace(GARBLED, (sequence) => {
      const was = decoded(sequence);
      return was !== undefined && PLAUSIBLE.test(was) ? was : sequence;
    });
    if (fixed !== word) spots.push({ match: word, index: found.index + found[0].indexOf(word), fixed });
  }
  return spots;
}

function garbledFindings(source: YamlSource, texts: readonly { path: (string | number)[]; text: string }[]): Finding[] {
  return texts.flatMap(({ path, text }) => {
    const spots = garbledIn(text);
    const places = source.within(path, spots);
    return spots.map((spot, index) => ({
      ...findingAt(
        source,
        'garbled-text',
        path,
        'value',
        `\`${spot.match}\` has garbled characters: the file was saved in the wrong encoding at some point (UTF-8 read as Latin-1), and pages would show them as written`,
        `Write ${spot.fixed === '' ? 'it without the `Â`' : `\`${spot.fixed}\``} in its place. Look through the rest of the file for more, and save it as UTF-8.`,
      ),
      ...places[index],
    }));
  });
}

/**
 * Accents garbled by a wrong encoding: a French block saved twice over read "rez-de-chaussÃ©e",
 * and was published so (found by a French volunteer). A warning at each word, with the word it
 * was, in any text of a rule.
 */
export const garbledText: BookCheck = {
  name: 'garbled-text',
  perRule: true,
  run({ rules }) {
    return rules.flatMap((rule) => garbledFindings(rule.source, textsIn(rule.data, mayBeGarbled)));
  },
};

/** The same in the site settings: the organisation's name and topics head every page. */
export const garbledSiteText: BookCheck = {
  name: 'garbled-site-text',
  run({ siteSource }) {
    return siteSource ? garbledFindings(siteSource, textsIn(siteSource.data, mayBeGarbled)) : [];
  },
};
