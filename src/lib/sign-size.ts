// The type size of a printed sign: the largest whose text fits the sheet. A sheet prints on Letter
// and on A4 (sign.css): its text is 157 mm wide (A4's narrower width) and 221 mm tall (Letter's
// shorter height, inside the sign's border and padding). The sizes had been picked by the length
// of the wording alone: a long title or "Why we ask" pushed the text past the foot of the sheet,
// where the print cut it off (Spanish signs on A4, found by an accessibility audit).

export type SignSize = 'large' | 'medium' | 'small' | 'smaller';

/** What a sign prints, face by face (one, or two for a bilingual sign). */
export interface SignText {
  faces: readonly { organisation: string; title: string; wording: string; why?: string | undefined }[];
  /** The text beside each QR code (its words and the address); none without `public_url`. */
  codes: readonly string[];
}

// Millimetres, and the type sizes of sign.css's print rules, in points.
const WIDTH = 157;
const HEIGHT = 221;
// Room left unused: words wrap whole, and fonts differ from machine to machine.
const SLACK = 0.93;
const GAP = 4.2;
const PT = 0.3528;

interface Type {
  pt: number;
  /** Line height, in ems. */
  line: number;
  /** An average letter's width, in ems (bold and capitals run wider). */
  letter: number;
}

const ORG: Type = { pt: 14, line: 1.2, letter: 0.72 };
const SIZES: Record<'one' | 'two', { title: Type; why: Type; whyTop: number; wording: Record<SignSize, number> }> = {
  one: {
    title: { pt: 20, line: 1.2, letter: 0.56 },
    why: { pt: 16, line: 1.4, letter: 0.52 },
    whyTop: 6.4,
    wording: { large: 40, medium: 32, small: 24, smaller: 24 },
  },
  two: {
    title: { pt: 16, line: 1.2, letter: 0.56 },
    why: { pt: 13, line: 1.4, letter: 0.52 },
    whyTop: 4.4,
    wording: { large: 30, medium: 24, small: 18, smaller: 15 },
  },
};
const WORDING = { line: 1.25, letter: 0.56 };
// A QR code (30 mm; 26 mm each of two side by side) and the words beside it.
const CODE = { one: { side: 30, text: { pt: 13, line: 1.4, letter: 0.52 } }, two: { side: 26, text: { pt: 10, line: 1.4, letter: 0.52 } } };

/** How tall `text` stands in type `type` across `width` mm. */
function height(text: string, type: Type, width: number): number {
  if (text === '') return 0;
  const perLine = Math.max(1, Math.floor(width / (type.letter * type.pt * PT)));
  // Words wrap whole: a line holds on average a little less than it could.
  const lines = Math.max(1, Math.ceil((text.length * 1.08) / perLine));
  return lines * type.pt * PT * type.line;
}

/** The largest type size whose text fits the sheet; the smallest when none does (signFits says). */
export function signSize(sign: SignText): SignSize {
  const order = sizesOf(sign);
  return order.find((size) => neededHeight(sign, size) <= ROOM) ?? order.at(-1)!;
}

/**
 * Whether the sign's text fits one sheet at its smallest type. When it does not, the sign prints
 * on as many sheets as it needs (sign.css): its foot had been cut off, mid-sentence and without a
 * word, for a wording of 150 words (found by an administrator's trial).
 */
export function signFits(sign: SignText): boolean {
  // Without the slack the sizes keep: measured in Chromium, a sign the sizes' estimate filled at
  // 79 words of wording printed whole on Letter at 90 and ran over at 100 (this says 87).
  return neededHeight(sign, sizesOf(sign).at(-1)!) <= HEIGHT;
}

/**
 * How many words of each face's wording fit the sheet at the smallest type, the rest of the sign
 * as it is: a bilingual sign's two wordings cut by the same share, as both halves shrink together
 * (each measured beside the other whole had left one of them "about 0 words"; found by a review).
 */
export function wordingWordsThatFit(sign: SignText): number[] {
  const words = sign.faces.map((face) => face.wording.split(/\s+/u).filter(Boolean));
  const cut = (share: number) => words.map((list) => Math.floor(list.length * share));
  const fits = (counts: readonly number[]) =>
    signFits({ ...sign, faces: sign.faces.map((face, index) => ({ ...face, wording: words[index]!.slice(0, counts[index]).join(' ') })) });
  if (fits(cut(1))) return cut(1);
  // By thousandths of the wording: fine enough for a count of words, and a dozen measures.
  let [low, high] = [0, 1000];
  if (!fits(cut(0))) return cut(0);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(cut(middle / 1000))) low = middle;
    else high = middle;
  }
  return cut(low / 1000);
}

const ROOM = HEIGHT * SLACK;

function sizesOf(sign: SignText): SignSize[] {
  return sign.faces.length > 1 ? ['large', 'medium', 'small', 'smaller'] : ['large', 'medium', 'small'];
}

/** How tall the sign's text stands, in mm, at type size `size`. */
function neededHeight(sign: SignText, size: SignSize): number {
  const two = sign.faces.length > 1;
  const sizes = SIZES[two ? 'two' : 'one'];
  const code = CODE[two ? 'two' : 'one'];
  const codeWidth = two ? WIDTH / 2 - GAP : WIDTH;
  const codes =
    sign.codes.length === 0
      ? 0
      : GAP + Math.max(...sign.codes.map((text) => Math.max(code.side, height(text, code.text, codeWidth - code.side - GAP))));
  return (
    codes +
    (two ? 6 + 6 + 0.6 : 0) +
    sign.faces.reduce((total, face) => {
      const wording = { pt: sizes.wording[size], ...WORDING };
      const why = face.why ? GAP + sizes.whyTop + height(face.why, sizes.why, WIDTH) : 0;
      return (
        total +
        height(face.organisation, ORG, WIDTH) +
        GAP +
        height(face.title, sizes.title, WIDTH) +
        GAP +
        height(face.wording, wording, WIDTH) +
        why
      );
    }, 0)
  );
}
