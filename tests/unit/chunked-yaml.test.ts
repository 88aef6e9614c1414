// The history reads thousands of versions of rule files field by field (chunked-yaml.ts). It may
// decline a file (the full parser then reads it), but what it reads must be what the check reads.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readVersions } from '../../src/lib/history/chunked-yaml.ts';
import { parseYamlFile } from '../../src/lib/yaml-source.ts';

/** What the check reads: the data, or undefined when the file has any problem. */
function fullRead(text: string): unknown {
  const { source, findings } = parseYamlFile('rule.yaml', Buffer.from(text));
  return findings.length > 0 ? undefined : source.data;
}

/** Every version either declined or read exactly as the check reads it; how many were read. */
function expectSameReadings(texts: string[]): number {
  const fast = readVersions(texts);
  let read = 0;
  texts.forEach((text, index) => {
    if (fast[index] === undefined) return;
    read++;
    expect({ text, data: fast[index] }).toEqual({ text, data: fullRead(text) });
  });
  return read;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => readFileSync(join(dir, file), 'utf8'));
}

// Field texts that read differently alone than in a file, or not at all, next to plain ones.
const tricky = [
  'title: Plain title\n',
  'rule: >-\n  Folded text\n  over two lines.\n',
  'intent: |\n  Literal\n  text\n',
  'intent: |+\n  Kept line breaks\n\n\n',
  'intent: |-\n  Stripped\n\n',
  'note: |\n  No final line break',
  'tags: [a, b,\n  c]\n',
  'tags:\n- quiet\n- noise\n',
  'tags:\n  - indented\n',
  'examples:\n  - situation: A\n    response: B\n',
  'bend:\n  how: Use judgment.\n  limit: Up to $5.\n',
  'bend:\n  how: one\n  how: twice\n',
  '# a comment\n',
  'owner: Manager # a trailing comment\n',
  '\n\n',
  'base: &anchor Shared text\n',
  'uses: *anchor\n',
  'merge:\n  <<: *anchor\n',
  'tagged: !!str 2024-05-14\n',
  'odd: !important notice\n',
  'quoted: "first line\n',
  'after: still quoted"\n',
  "single: 'it''s\n  fine'\n",
  'plain: first line\ncontinued at column zero\n',
  'key:value\n',
  '? explicit\n: key\n',
  '"quoted key": value\n',
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '- a list item\n',
  '\ttabbed: value\n',
  'crlf: value\r\n',
  '\uFEFFbom: value\n',
  'deep: ' + '['.repeat(40) + ']'.repeat(40) + '\n',
  'date: 2024-05-14\n',
  'yes_no: yes\n',
  'number: 017\n',
  'empty:\n',
  'title: Plain title\n',
  '  indented: at the start\n',
];

describe('reading versions field by field', () => {
  it('reads every rule of the sample book and the fixtures as the check does', () => {
    const books = [...yamlFiles('policies'), ...yamlFiles('tests/fixtures')];
    const read = expectSameReadings(books);
    // The plain files of the sample book are all read this way, not left to the full parser.
    const sample = yamlFiles('policies');
    expect(readVersions(sample).every((data) => data !== undefined)).toBe(true);
    expect(read).toBeGreaterThanOrEqual(sample.length);
  });

  it('declines or agrees on fields that read differently alone than in a file', () => {
    for (const first of tricky) for (const second of tricky) expectSameReadings([`id: a\n${first}${second}`]);
  });

  it('agrees on any mix of those fields, read many versions at a time', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...tricky), { maxLength: 6 }), { minLength: 1, maxLength: 12 }), (versions) => {
        expectSameReadings(versions.map((fields) => fields.join('')));
      }),
      { numRuns: 200 },
    );
  });

  it('reads a field that another version breaks, and never lets a broken field swallow the next', () => {
    const good = 'id: a\nrule: "closed"\nintent: Why.\n';
    const broken = 'id: a\nrule: "open\nintent: Why."\n';
    const [first, second] = readVersions([good, broken]);
    expect(first).toEqual({ id: 'a', rule: 'closed', intent: 'Why.' });
    // The full parser reads it, as one quoted text over two lines: only it may say so.
    expect(second).toBeUndefined();
    expect(readVersions([broken, good])).toEqual([undefined, first]);
  });

  it('reads a version from fields seen in other versions', () => {
    const versions = ['id: a\ntitle: One\nrule: R\n', 'id: a\ntitle: Two\nrule: R\n', 'id: a\ntitle: One\nrule: R2\n'];
    expect(readVersions(versions)).toEqual([
      { id: 'a', title: 'One', rule: 'R' },
      { id: 'a', title: 'Two', rule: 'R' },
      { id: 'a', title: 'One', rule: 'R2' },
    ]);
  });
});
