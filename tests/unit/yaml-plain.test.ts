// The plain reader must read a file exactly as yaml does, or leave it to yaml: a difference
// would publish text other than what the editor wrote, or hide a warning of yaml-traps.ts.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ruleYaml } from '../../bench/generate-book.ts';
import { policySchema } from '../../src/lib/schemas.ts';
import { readPlainYaml } from '../../src/lib/yaml-plain.ts';
import { yamlTraps } from '../../src/lib/yaml-traps.ts';

/** What yaml makes of the text, as check reads it; undefined when yaml finds a problem. */
function yamlReads(text: string): { data: unknown; traps: number } | undefined {
  const doc = parseDocument(text, { uniqueKeys: true, keepSourceTokens: true, prettyErrors: false });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  return { data: doc.toJS(), traps: yamlTraps(doc, policySchema, text).length };
}

/** Same values, same field order, same kinds of object. */
function expectSameAsYaml(text: string): void {
  const plain = readPlainYaml(text);
  if (plain === undefined) return;
  const yaml = yamlReads(text);
  expect(yaml, `yaml finds a problem in a file read plainly:\n${text}`).toBeDefined();
  expect(JSON.stringify(plain), text).toBe(JSON.stringify(yaml!.data));
  expect(plain).toStrictEqual(yaml!.data);
  expect(yaml!.traps, `yaml-traps warns about a file read plainly:\n${text}`).toBe(0);
}

function ruleFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(folder, name));
}

describe('readPlainYaml', () => {
  it('reads the sample book as yaml does, and nearly every rule of it without yaml', () => {
    const files = ruleFiles('policies');
    for (const file of files) expectSameAsYaml(readFileSync(file, 'utf8'));
    const plain = files.filter((file) => readPlainYaml(readFileSync(file, 'utf8')) !== undefined);
    // One sample rule has "once: they can…" starting a line of its text: yaml reads that.
    expect(plain.length).toBeGreaterThanOrEqual(files.length - 2);
  });

  it('reads generated rules, translations included, as yaml does and without yaml', () => {
    for (let n = 1; n <= 200; n++) {
      const text = ruleYaml(n, 200, n % 3 === 0 ? ['es', 'ar'] : []);
      expect(readPlainYaml(text), text).toBeDefined();
      expectSameAsYaml(text);
    }
  });

  it.each([
    ['a number', 'id: a\nlimit: 20\n'],
    ['quotes with an escape inside', 'id: a\ntitle: "Say \\"hi\\""\n'],
    ['quotes with text after them', 'id: a\ntitle: "Quiet" rooms\n'],
    ['a comment in text', 'id: a\nask: Ask at desk #2\n'],
    ['a comment line after the first field', 'id: a\n# note\ntitle: b\n'],
    ['an anchor', 'id: a\ntitle: &home page\n'],
    ['a field indented into a block of text', 'bend:\n  how: >-\n    Waive it.\n    limit: Up to $5\n'],
    ['a list item one step too far in', 'tags:\n  - mobile\n   - cell\n'],
    ['text on two lines without `>-`', 'id: a\ntitle: Quiet\n  rooms\n'],
    ['a tab', 'id: a\ntitle:\tQuiet\n'],
    ['Windows line ends', 'id: a\r\ntitle: Quiet\r\n'],
    ['a field written twice', 'id: a\nid: b\n'],
    ['a field with nothing after it', 'id: a\nbend:\ntitle: b\n'],
    ['a null', 'id: a\ntitle: ~\n'],
    ['a list of numbers', 'id: a\ntags: [24, 7]\n'],
    ['a block of text with an empty line inside', 'rule: >-\n  One.\n\n  Two.\n'],
    ['a more indented line in a block of text', 'rule: >-\n  One.\n    Two.\n'],
    ['`>` last, without a final line break', 'rule: >\n  One.'],
    ['a second document', 'id: a\n---\nid: b\n'],
    ['an unquoted colon and space in text', 'id: a\ntitle: Note: quiet\n'],
  ])('leaves %s to yaml', (_, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });

  // Found by a review: an object's lookup took these for the header of a block of text.
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('reads "%s" as text, also when the text goes on below', (name) => {
    for (const text of [`a: ${name}\n  x\n`, `a: ${name}\n  - x\n`, `k:\n  - a: ${name}\n      x\n`, `a: ${name}\n`])
      expectSameAsYaml(text);
    expect(readPlainYaml(`a: ${name}\n`)).toStrictEqual({ a: name });
  });

  it('reads `true` and `false` as yaml does, and dates as text', () => {
    expect(readPlainYaml('public: false\nreviewed: 2026-06-01\n')).toStrictEqual({ public: false, reviewed: '2026-06-01' });
    expectSameAsYaml('public: False\nx: TRUE\n');
  });

  // Files built from the pieces rule files are made of, with the mistakes people make in them:
  // most are in the plain shape or nearly, so both answers are tried often.
  // Mostly what rule files hold, sometimes what trips a reader up.
  const mostly = <T>(usual: fc.Arbitrary<T>, unusual: fc.Arbitrary<T>) =>
    fc.oneof({ arbitrary: usual, weight: 12 }, { arbitrary: unusual, weight: 1 });
  const key = mostly(
    fc.oneof(fc.constantFrom('id', 'title', 'how', 'a-b', '_x', 'Title'), fc.stringMatching(/^[a-z][a-z0-9_]{1,8}$/)),
    fc.constantFrom('true', 'null', 'Null', '__proto__', 'once', 'TRUE'),
  );
  const word = mostly(
    fc.constantFrom(
      'Quiet rooms',
      "You're welcome",
      'a:b',
      'a#b',
      'http://example.org/a?b=c',
      'Up to $20, [maybe] {ok}',
      'Ünïcode – ça',
      'مرحبا',
      '😀 emoji',
      'a  b',
      '2026-06-01',
      'v1.2.3',
      '"quoted: #text"',
      "'single'",
      'true',
      'False',
    ),
    fc.constantFrom(
      'a: b',
      'a #b',
      'a#b',
      '#x',
      '&x y',
      '*x',
      '!x',
      '"q"',
      "'q'",
      'x:',
      '-x',
      '- x',
      '? x',
      '%x',
      '@x',
      '`x`',
      '1',
      '-1.5',
      '.5',
      '1e3',
      '0x1F',
      '0o17',
      '.inf',
      '.NaN',
      '~',
      'null',
      'yes',
      'no',
      'true',
      'False',
      '2026-06-01',
      'http://example.org/a?b=c',
      'Up to $20, [maybe] {ok}',
      'Ünïcode – ça',
      'مرحبا',
      '😀 emoji',
      '',
      "'it''s'",
      '"a\\"b"',
      '"open',
      'constructor',
      'toString',
      '__proto__',
    ),
  );
  const listWord = mostly(
    fc.constantFrom('photos', "children's area", 'wi-fi', 'a/b', 'x y', 'é', '24/7', 'v1.2'),
    fc.constantFrom('24', '1.5', 'true', 'a:b', 'a #b', '', ' a', "'q'", '[x]'),
  );
  const indent = fc.constantFrom('', ' ', '  ', '   ', '    ', '      ');
  const header = mostly(fc.constantFrom('>-', '>', '|', '|-'), fc.constantFrom('>+', '>2', '>- # c', '|2-'));
  const line: fc.Arbitrary<string> = fc.oneof(
    fc.tuple(indent, key, word).map(([i, k, w]) => `${i}${k}: ${w}`),
    fc.tuple(indent, key).map(([i, k]) => `${i}${k}:`),
    fc.tuple(indent, key, header).map(([i, k, h]) => `${i}${k}: ${h}`),
    fc
      .tuple(indent, key, fc.array(listWord, { maxLength: 4 }), fc.constantFrom(', ', ',', ' , '))
      .map(([i, k, words, comma]) => `${i}${k}: [${words.join(comma)}]`),
    fc.tuple(indent, word).map(([i, w]) => `${i}- ${w}`),
    fc.tuple(indent, key, word).map(([i, k, w]) => `${i}- ${k}: ${w}`),
    fc.tuple(indent, key, header).map(([i, k, h]) => `${i}- ${k}: ${h}`),
    fc.tuple(indent, word).map(([i, w]) => `${i}${w}`),
    fc.tuple(indent, key, word).map(([i, k, w]) => `${i}${k}: ${w} `),
    fc.constantFrom('', '# a comment', '---', '...', '  # indented comment', '\t', 'id: a\r'),
  );
  const soup = fc
    .tuple(fc.array(line, { minLength: 1, maxLength: 14 }), fc.boolean(), fc.boolean())
    .map(([lines, comment, newline]) => `${comment ? '# yaml-language-server: $schema=x\n' : ''}${lines.join('\n')}${newline ? '\n' : ''}`);

  // Well-formed files of the plain shape, written out with any indentation, then sometimes edited.
  const value = word;
  type Shape = string | { block: string; lines: string[] } | { words: string[] } | { map: [string, Shape][] } | { list: Shape[] };
  const { shape } = fc.letrec<{ shape: Shape; map: Shape; list: Shape }>((tie) => ({
    shape: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      value,
      fc.record({
        block: header,
        lines: fc.array(mostly(word, fc.constantFrom('# not a comment', 'once: more', '  more')), { minLength: 1, maxLength: 3 }),
      }),
      fc.record({ words: fc.array(listWord, { maxLength: 4 }) }),
      tie('map'),
      tie('list'),
    ),
    map: fc.record({ map: fc.array(fc.tuple(key, tie('shape')), { minLength: 1, maxLength: 5 }) }),
    list: fc.record({ list: fc.array(tie('shape'), { minLength: 1, maxLength: 3 }) }),
  }));
  const step = fc.integer({ min: 1, max: 4 });
  /** The lines of `node` as the value of a field or item whose line starts at `indent`. */
  function render(node: Shape, indent: number, steps: number[]): { inline: string; below: string[] } {
    const inner = indent + steps[indent % steps.length]!;
    if (typeof node === 'string') return { inline: ` ${node}`, below: [] };
    if ('block' in node) return { inline: ` ${node.block}`, below: node.lines.map((text) => `${' '.repeat(inner)}${text}`) };
    if ('words' in node) return { inline: ` [${node.words.join(', ')}]`, below: [] };
    const entries: [string, Shape][] = 'map' in node ? node.map : node.list.map((item) => ['-', item]);
    const below = entries.flatMap(([name, child]) => {
      const { inline, below: under } = render(child, inner, steps);
      return [`${' '.repeat(inner)}${name === '-' ? '-' : `${name}:`}${inline}`, ...under];
    });
    return { inline: '', below };
  }
  const written = fc
    .tuple(
      fc.array(fc.tuple(key, shape), { minLength: 1, maxLength: 8 }),
      fc.array(step, { minLength: 1, maxLength: 3 }),
      fc.option(fc.tuple(fc.nat(), line), { freq: 3 }),
    )
    .map(([top, steps, edit]) => {
      const { below } = render({ map: top }, -steps[0]!, steps);
      const lines = below;
      if (edit) lines.splice(edit[0] % (lines.length + 1), 0, edit[1]);
      return `${lines.join('\n')}\n`;
    });

  it('reads any file it reads at all exactly as yaml does (generated files)', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(written, written, soup), (text) => {
        if (readPlainYaml(text) !== undefined) read++;
        expectSameAsYaml(text);
      }),
      { numRuns: 40_000 },
    );
    // The property is only worth something if the plain answer is tried often.
    expect(read).toBeGreaterThan(500);
  });

  // Rules of the plain shape with one small change: a space added or taken, a line doubled or dropped.
  const edited = fc
    .tuple(fc.integer({ min: 1, max: 50 }), fc.nat(), fc.constantFrom('space', 'unspace', 'double', 'drop', 'colon', 'hash'))
    .map(([n, at, change]) => {
      const lines = ruleYaml(n, 50, n % 2 === 0 ? ['es'] : []).split('\n');
      const index = at % lines.length;
      const target = lines[index]!;
      if (change === 'space') lines[index] = ` ${target}`;
      else if (change === 'unspace') lines[index] = target.replace(/^ /, '');
      else if (change === 'double') lines.splice(index, 0, target);
      else if (change === 'drop') lines.splice(index, 1);
      else if (change === 'colon') lines[index] = target.replace(' ', ': ');
      else lines[index] = target.replace(' ', ' #');
      return lines.join('\n');
    });

  it('reads an edited rule exactly as yaml does, or leaves it to yaml', () => {
    fc.assert(fc.property(edited, expectSameAsYaml), { numRuns: 3_000 });
  });
});
