// Columns count characters, as an editor's status bar does: an emoji earlier on the line is one
// character, though JavaScript strings store it as two units.
import { describe, expect, it } from 'vitest';
import { checkBook } from '../../src/lib/load-book.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const site = { file: '_site.yaml', bytes: encode('organisation: X\ncategories: [Spaces]\nwording:\n  red_share: 1\n') };
const head = 'id: r\ntitle: T\ncolor: red\ncategory: Spaces\nrule: R.\nintent: I.\ninstead: O.\n';

function findings(rule: string | Uint8Array) {
  const bytes = typeof rule === 'string' ? encode(rule) : rule;
  return checkBook(site, [{ file: 'r.yaml', bytes }], { today: '2026-11-25' }).findings.map(
    (f) => `${f.line}:${f.column}-${f.endColumn} ${f.code}`,
  );
}

describe('columns', () => {
  it('an emoji before a problem does not shift its column', () => {
    // "public_wording: " is 16 characters; 🎉🎉 are 17 and 18; "No" starts at 37.
    expect(findings(`${head}public_wording: 🎉🎉 You are welcome. No food here.\n`)).toEqual(['8:37-44 forbidding-wording']);
    // Accented letters, precomposed or not, are characters too: "e" + a combining accent is two.
    expect(findings(`${head}public_wording: Café cafe\u0301 🎉 No food here.\n`)).toEqual(['8:30-37 forbidding-wording']);
  });

  it('the same in a schema error and at a byte that is not UTF-8', () => {
    expect(findings(`${head.replace('color: red', 'color: "🎉" ')}public_wording: Hi.\n`)).toEqual(['3:8-11 bad-color']);
    const bad = new Uint8Array([...encode('id: r\ntitle: 🎉🎉'), 0xff, ...encode('\n')]);
    expect(findings(bad)).toEqual(['2:10-11 invalid-utf8']);
  });
});
