// Rule files as administrators mistype them, in tests/fixtures/yaml-mistakes: the two traps where
// YAML reads a file without complaint but publishes text other than what was written. The check
// must point at the line to change and give a fix for that very line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBook, loadBook, type InputFile } from '../../src/lib/load-book.ts';
import type { Finding } from '../../src/lib/finding.ts';

const dir = 'tests/fixtures/yaml-mistakes';
const book = await loadBook(dir, { today: '2026-11-25' });

const errorsIn = (findings: readonly Finding[], file: string) =>
  findings.filter((finding) => finding.file === file && finding.severity === 'error');
const shown = (finding: Finding) => `${finding.line}:${finding.column} ${finding.code} ${finding.field}: ${finding.message}`;

describe('YAML that reads without error but publishes other text than was written', () => {
  it('a field indented as far as the block of text above it', () => {
    const [error, ...rest] = errorsIn(book.findings, `${dir}/limit-inside-how.yaml`);
    expect(rest).toEqual([]);
    expect(shown(error!)).toBe('12:5 yaml-field-in-text bend.how: `limit:` is indented as part of the text of `how`, so it is not read as a field');
    expect(error!.hint).toBe('Move `limit:` left to line up with `how:`.');
  });

  it('a # in text without quotes', () => {
    const [error, ...rest] = errorsIn(book.findings, `${dir}/hash-in-text.yaml`);
    expect(rest).toEqual([]);
    expect(shown(error!)).toBe('9:20 yaml-comment-in-text bend.ask: the text is cut after "desk": YAML reads "#2 by the doors" as a comment and leaves it out');
    expect(error!.hint).toBe('Put the text in quotes: `ask: "Ask at desk #2 by the doors"`. If the part after # is a note for editors, put it on a line of its own.');
  });

  it('leaves alone comments after non-text values and quoted text, and "Note:" in prose', () => {
    expect(book.findings.filter((finding) => finding.file === `${dir}/comments-that-are-fine.yaml`)).toEqual([]);
  });

  it('the suggested fixes make both errors go away', () => {
    const site: InputFile = { file: `${dir}/_site.yaml`, bytes: readFileSync(`${dir}/_site.yaml`) };
    const fixed = (name: string, from: string, to: string): InputFile => {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      expect(text).toContain(from);
      return { file: `${dir}/${name}`, bytes: new TextEncoder().encode(text.replace(from, to)) };
    };
    const result = checkBook(site, [
      fixed('limit-inside-how.yaml', '    limit: Up to $5', '  limit: Up to $5'),
      fixed('hash-in-text.yaml', 'ask: Ask at desk #2 by the doors', 'ask: "Ask at desk #2 by the doors"'),
    ], { today: '2026-11-25' });
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    const data = result.rules.map((rule) => rule.data.bend);
    expect(data).toEqual([{ how: expect.stringMatching(/emergency\.$/), limit: 'Up to $5 per visit.' }, { ask: 'Ask at desk #2 by the doors' }]);
  });
});
