// Plain and folded one-field texts are read without yaml (simple-field.ts): whatever it reads
// must be what yaml reads, for any characters a rule might hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSimpleField } from '../../src/lib/history/simple-field.ts';
import { parseYamlFile } from '../../src/lib/yaml-source.ts';

/** The field's value as the check reads the text, or undefined when the check finds a problem. */
function fullRead(text: string): unknown {
  const { source, findings } = parseYamlFile('rule.yaml', Buffer.from(text));
  return findings.length > 0 ? undefined : (source.data as Record<string, unknown>).key;
}

function expectSame(text: string): boolean {
  const simple = readSimpleField(text);
  if (simple !== undefined) expect({ text, value: simple.value }).toEqual({ text, value: fullRead(text) });
  return simple !== undefined;
}

// Letters and the characters YAML gives a meaning to, spaces of all kinds, control characters,
// line and paragraph separators, a byte-order mark, accents and an emoji.
const characters = [
  ...'aZ09 ',
  ...'\t#:-?!&*[]{}|>\'"%@`,.~^<\\=+/$();',
  '\u00A0',
  '\u0085',
  '\u2028',
  '\u3000',
  '\uFEFF',
  '\u0007',
  'é',
  '😀',
];
const text = (maxLength: number) => fc.string({ unit: fc.constantFrom(...characters), maxLength });

describe('reading a plain or folded field without yaml', () => {
  it('reads the shapes rules are written in', () => {
    expect(readSimpleField('title: Phone calls in reading rooms\n')).toEqual({ value: 'Phone calls in reading rooms' });
    expect(readSimpleField('rule: >-\n  No phone calls in the quiet\n  reading rooms: #1.\n')).toEqual({
      value: 'No phone calls in the quiet reading rooms: #1.',
    });
    for (const declined of ['color: true\n', 'rule: >-\n  a\n\n  b\n', 'rule: >-\n  a\n    b\n', 'title: a # b\n', 'title: a: b\n'])
      expect(readSimpleField(declined), declined).toBeUndefined();
  });

  it('agrees with yaml on any one-line text', () => {
    fc.assert(
      fc.property(text(24), (value) => {
        expectSame(`key: ${value}\n`);
        expectSame(`key: a${value}\n`);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with yaml on any folded text', () => {
    fc.assert(
      fc.property(fc.array(text(16), { minLength: 1, maxLength: 4 }), fc.constantFrom('', ' ', '   '), (lines, indent) => {
        expectSame(`key: >-\n${lines.map((line) => `  ${indent}${line}\n`).join('')}`);
        expectSame(`key: >-\n${lines.map((line) => `  a${line}\n`).join('')}`);
      }),
      { numRuns: 3000 },
    );
  });
});
