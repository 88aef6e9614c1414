// The type size of a printed sign, from what it prints: the largest whose text fits the sheet.
import { describe, expect, it } from 'vitest';
import { signSize } from '../../src/lib/sign-size.ts';

const face = (wording: string, why?: string) => ({ organisation: 'Riverside Public Library', title: 'Phone calls', wording, why });
const sentence = 'You are welcome to take a short call in the lobby, where nobody is reading.';

describe('a sign’s type size', () => {
  it('is large for a short wording, and smaller as the wording grows', () => {
    expect(signSize({ faces: [face('Quiet, please.')], codes: [] })).toBe('large');
    expect(signSize({ faces: [face(sentence.repeat(3))], codes: [] })).toBe('medium');
    expect(signSize({ faces: [face(sentence.repeat(6))], codes: [] })).toBe('small');
  });

  it('counts the reason and the QR code too: a wording that fits alone may not with them (found by an accessibility audit)', () => {
    const wording = sentence.repeat(2);
    const alone = signSize({ faces: [face(wording)], codes: [] });
    const withWhy = signSize({
      faces: [face(wording, `Why we ask: ${sentence.repeat(2)}`)],
      codes: ['Read more on your phone: scan the code, or go to library.example.org/rules/phone-calls/'],
    });
    const order = ['large', 'medium', 'small', 'smaller'];
    expect(order.indexOf(withWhy)).toBeGreaterThan(order.indexOf(alone));
  });

  it('gives two languages on one sheet a size of their own, down to the smallest', () => {
    expect(signSize({ faces: [face('Quiet, please.'), face('Silencio, por favor.')], codes: [] })).toBe('large');
    expect(signSize({ faces: [face(sentence.repeat(6), sentence), face(sentence.repeat(7), sentence)], codes: ['a', 'b'] })).toBe(
      'smaller',
    );
  });
});
