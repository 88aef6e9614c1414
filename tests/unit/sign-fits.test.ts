// A rule's printed sign must fit one sheet: a wording of 150 words passed `check` and the build,
// and its sign was cut off mid-sentence, "Why we ask" and all (found by an administrator's
// trial). The check says so at the wording, with about how many words fit; the texts are written
// as an administrator pastes a long notice into the welcoming wording.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBook } from '../../src/lib/load-book.ts';
import { signFits, wordingWordsThatFit } from '../../src/lib/sign-size.ts';
import { findingsIn } from '../helpers/findings-in.ts';

const notice = [
  'You are welcome to take phone calls in the lobby, in the café and out on the front steps.',
  'In the reading rooms, the quiet study area and the computer lab, please set your phone to silent or vibrate,',
  'and step out to the lobby to talk, so that people reading, studying or taking a test nearby can keep their focus.',
  'Video calls and speaker phone are welcome in the study rooms you can book at the desk,',
  'and headphones are welcome everywhere for music, videos and online classes.',
  'If you are expecting an important call, let us know at the desk and we will help you find a quiet corner.',
  'Thank you for helping us keep the library a calm place for everyone who comes here to read, learn and work.',
].join(' ');
const aviso = [
  'Puede hablar por teléfono en el vestíbulo, en la cafetería y en la entrada.',
  'En las salas de lectura, la zona de estudio y el laboratorio de computadoras, ponga el teléfono en silencio',
  'y salga al vestíbulo para hablar, para que quienes leen, estudian o hacen un examen puedan concentrarse.',
  'Las videollamadas y el altavoz son bienvenidos en las salas de estudio que puede reservar en el mostrador,',
  'y los auriculares son bienvenidos en todas partes para música, videos y clases en línea.',
  'Si espera una llamada importante, avísenos en el mostrador y le ayudaremos a encontrar un rincón tranquilo.',
  'Gracias por ayudarnos a que la biblioteca sea un lugar tranquilo para todos los que vienen a leer, aprender y trabajar.',
].join(' ');
const words = (text: string) => text.split(/\s+/).length;

describe('a sign too long for one sheet', () => {
  const face = {
    organisation: 'Eastside Library',
    title: 'Phone calls',
    wording: notice,
    why: 'Why we ask: quiet rooms help people focus.',
  };

  it('is told from one that fits, at the number of words that fit', () => {
    expect(signFits({ faces: [face], codes: [] })).toBe(false);
    const [fit] = wordingWordsThatFit({ faces: [face], codes: [] }) as [number];
    const first = (count: number) => ({ faces: [{ ...face, wording: notice.split(' ').slice(0, count).join(' ') }], codes: [] });
    expect(signFits(first(fit))).toBe(true);
    expect(signFits(first(fit + 1))).toBe(false);
    // Measured in Chromium: about 90 words of such text print whole on Letter, 100 do not.
    expect(fit).toBeGreaterThan(75);
    expect(fit).toBeLessThan(100);
    // A QR code and its address take room too.
    expect(
      wordingWordsThatFit({
        faces: [face],
        codes: ['Read more on your phone: scan the code, or go to eastside.example.org/rules/phone-calls'],
      })[0],
    ).toBeLessThan(fit);
  });

  it('cuts the two wordings of a bilingual sign by the same share, and says 0 when the rest alone fills the sheet (found by a review)', () => {
    const spanish = { ...face, title: 'Llamadas', wording: aviso, why: 'Por qué lo pedimos: las salas tranquilas ayudan a concentrarse.' };
    const [english, inSpanish] = wordingWordsThatFit({ faces: [face, spanish], codes: [] }) as [number, number];
    expect(english).toBeGreaterThan(10);
    expect(inSpanish).toBeGreaterThan(10);
    expect(Math.abs(english / words(notice) - inSpanish / words(aviso))).toBeLessThan(0.02);
    const longWhy = { ...face, wording: 'Quiet, please.', why: `Why we ask: ${notice} ${notice}`.replaceAll('.', ',') };
    expect(wordingWordsThatFit({ faces: [longWhy], codes: [] })).toEqual([0]);
  });
});

describe('the check, on a book', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rules-clarity-sign-fits-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  writeFileSync(join(folder, '_site.yaml'), 'organisation: Eastside Library\ncategories: [Spaces]\nlanguages: [en, es]\n');
  const rule = (id: string, wording: string, more: string[] = []) =>
    writeFileSync(
      join(folder, `${id}.yaml`),
      [
        `id: ${id}`,
        'title: Phone calls',
        'color: green',
        'category: Spaces',
        'rule: Phones on silent in the reading rooms.',
        'intent: Quiet rooms help people focus.',
        `public_wording: ${JSON.stringify(wording)}`,
        ...more,
        '',
      ].join('\n'),
    );
  rule('phone-calls', notice, ['translations:', '  es:', '    title: Llamadas', `    public_wording: ${JSON.stringify(aviso)}`]);
  rule('short-calls', 'You are welcome to take calls in the lobby.', [
    'translations:',
    '  es:',
    '    title: Llamadas',
    `    public_wording: ${JSON.stringify(aviso)}`,
  ]);
  rule('staff-calls', notice, ['public: false']);
  // About 85 words: on one sheet alone, not beside a QR code, which a book with no address has not.
  rule('near-calls', notice.split(' ').slice(0, 84).join(' '));
  // The reason's first sentence, all a sign prints of it, fills the sheet: it is the text to shorten.
  rule('long-reason', 'Quiet, please.', [`public_why: ${JSON.stringify(`${notice} ${notice}`.replaceAll('.', ','))}`]);

  it('warns at the wording, in each language, with about how many words fit; not for a staff-only rule', async () => {
    const book = await loadBook(folder, { today: '2026-11-25' });
    const long = book.findings.filter((finding) => finding.code === 'sign-too-long');
    const dir = relative('.', folder);
    expect(findingsIn(long, dir, 'phone-calls.yaml')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^7:1 warning sign-too-long public_wording: the printed sign cannot hold this text: about \\d+ of its ${words(notice)} words fit on one sheet in the smallest type, so the sign prints on two sheets$`,
        ),
      ),
      expect.stringMatching(new RegExp(`^11:5 warning sign-too-long translations.es.public_wording: .* of its ${words(aviso)} words fit`)),
    ]);
    expect(long.find((finding) => finding.file.endsWith('phone-calls.yaml'))!.hint).toMatch(/^Shorten it to about \d+ words/);
    expect(findingsIn(long, dir, 'short-calls.yaml')).toEqual([expect.stringMatching(/translations.es.public_wording/)]);
    expect(findingsIn(long, dir, 'staff-calls.yaml')).toEqual([]);
    // Measured as built: no QR code without an address (a review had found signs that fit flagged).
    expect(findingsIn(long, dir, 'near-calls.yaml')).toEqual([]);
    expect(findingsIn(long, dir, 'long-reason.yaml')).toEqual([
      '8:1 warning sign-too-long public_why: the printed sign cannot hold this rule: its title and "why" alone fill one sheet in the smallest type, so the sign prints on two sheets',
    ]);
  });

  it('finds nothing in the sample book', async () => {
    const book = await loadBook('policies', { today: '2026-11-25' });
    expect(book.findings.filter((finding) => finding.code === 'sign-too-long')).toEqual([]);
  });
});
