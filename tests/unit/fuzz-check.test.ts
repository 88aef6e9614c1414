// Property-based tests: whatever bytes a rule file holds, the check ends with findings that name
// the file, never an uncaught exception, and in bounded time; the command exits 0 or 1.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkBook, type InputFile } from '../../src/lib/load-book.ts';
import { runCli } from '../helpers/run-cli.ts';

const FILE = 'policies/fuzzed.yaml';
const site: InputFile = {
  file: 'policies/_site.yaml',
  bytes: new TextEncoder().encode('organisation: Fuzz Library\ncategories: [Spaces, Fees]\n'),
};
// A guard against runaway work (a regex that backtracks, a loop that never ends) on one small
// file, not a speed target: bench/ measures speed. Generous, so a busy 2-core CI machine (where a
// 2 s bound was crossed at a load average of 11) does not fail it.
const MAX_MS_PER_FILE = 10_000;
const counts = { random: 0, bytes: 0, mutated: 0, cli: 0 };

const validRule = {
  id: 'fuzzed',
  title: 'Phone calls in reading rooms',
  color: 'green',
  category: 'Spaces',
  rule: 'No phone calls in the quiet reading rooms.',
  intent: 'People come to the reading rooms to concentrate.',
  public_wording: "You're welcome to take calls in the lobby.",
  bend: { how: 'A short call is fine.', limit: 'Use judgment.' },
  examples: [{ situation: 'An urgent call.', response: 'Let them take it.' }],
  tags: ['mobile', 'cell'],
  related: [],
  owner: 'Manager',
  reviewed: '2026-09-01',
  review_by: '2027-09-01',
};

/** Runs the in-memory check on one file and asserts what must always hold. */
function checkOne(bytes: Uint8Array): void {
  const started = performance.now();
  const book = checkBook(site, [{ file: FILE, bytes }], { today: '2026-11-25' });
  const elapsed = performance.now() - started;
  expect(elapsed).toBeLessThan(MAX_MS_PER_FILE);
  for (const finding of book.findings) {
    expect([FILE, site.file]).toContain(finding.file);
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.column).toBeGreaterThanOrEqual(1);
    expect(finding.message.length).toBeGreaterThan(0);
    expect(finding.hint.length).toBeGreaterThan(0);
  }
  // Either the rule is valid or something says why not.
  expect(book.rules.length + book.findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
}

const yamlCharacters = fc.constantFrom(
  ...'abc xyz 0123456789 :-[]{}&*!|>"\'#%@`,.?\n\n\n\t\\'.split(''),
  'id',
  'title',
  'color',
  'red',
  'bend',
  '  ',
  '- ',
  '---',
  '...',
  '<<',
  '&a',
  '*a',
  '!!str',
  '!!binary',
  '~',
  'null',
  'é',
  '😀',
  '\u202e',
  '\ufeff',
  '\u0000',
  '\u0085',
  '\u2028',
);

const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.integer(),
    fc.double(),
    fc.bigInt().map((n) => n * 10n ** 40n),
    fc.boolean(),
    fc.constant(null),
    fc.constant('x'.repeat(20_000)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ unit: 'binary', maxLength: 8 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

const deepNesting = fc.integer({ min: 1, max: 300 }).map((depth) => {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { k: value };
  return value;
});

type Mutation = (rule: Record<string, unknown>) => void;
const fields = Object.keys(validRule);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom(...fields).map(
    (field): Mutation =>
      (rule) =>
        void delete rule[field],
  ),
  fc.tuple(fc.constantFrom(...fields), anyValue).map(
    ([field, value]): Mutation =>
      (rule) =>
        void (rule[field] = value),
  ),
  fc.tuple(fc.constantFrom(...fields), deepNesting).map(
    ([field, value]): Mutation =>
      (rule) =>
        void (rule[field] = value),
  ),
  fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), anyValue).map(
    ([field, value]): Mutation =>
      (rule) =>
        void (rule[field] = value),
  ),
  fc.constantFrom('red', 'yellow', 'green', 'amber', '', 'RED').map(
    (color): Mutation =>
      (rule) =>
        void (rule.color = color),
  ),
);

describe('fuzzing the check', () => {
  it('random YAML-like text', () => {
    fc.assert(
      fc.property(
        fc.array(yamlCharacters, { maxLength: 200 }).map((parts) => parts.join('')),
        (text) => {
          counts.random++;
          checkOne(new TextEncoder().encode(text));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('random bytes, invalid UTF-8 included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        counts.bytes++;
        checkOne(bytes);
      }),
      { numRuns: 1_000 },
    );
  });

  it('valid rules with fields dropped, retyped, nested deep, renamed, or cut short', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.option(fc.nat()), (mutations, cut) => {
        counts.mutated++;
        const rule: Record<string, unknown> = structuredClone(validRule);
        for (const mutate of mutations) mutate(rule);
        let text = stringify(rule, { aliasDuplicateObjects: false });
        if (cut !== null) text = text.slice(0, cut % (text.length + 1));
        checkOne(new TextEncoder().encode(text));
      }),
      { numRuns: 2_000 },
    );
    // 2,000 checks: a few seconds alone, over a minute on a 2-core machine at a load average of 25.
  }, 120_000);

  it('the command on fuzzed files exits 0 or 1 and names the file, never a stack trace', () => {
    const root = mkdtempSync(join(tmpdir(), 'rules-clarity-fuzz-'));
    try {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.array(yamlCharacters, { maxLength: 120 }).map((parts) => parts.join('')),
            fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => {
              const rule: Record<string, unknown> = structuredClone(validRule);
              for (const mutate of mutations) mutate(rule);
              return stringify(rule);
            }),
          ),
          (text) => {
            counts.cli++;
            const dir = join(root, `book-${counts.cli}`);
            mkdirSync(dir);
            writeFileSync(join(dir, '_site.yaml'), 'organisation: Fuzz Library\ncategories: [Spaces, Fees]\n');
            writeFileSync(join(dir, 'fuzzed.yaml'), text);
            const result = runCli(['check', '--dir', dir, '--format', 'json']);
            expect([0, 1]).toContain(result.status);
            expect(result.stderr).toBe('');
            const report = JSON.parse(result.stdout);
            if (result.status === 1) expect(report.findings.some((f: { file: string }) => f.file.endsWith('fuzzed.yaml'))).toBe(true);
          },
        ),
        { numRuns: 20 },
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});

afterAll(() => {
  const total = counts.random + counts.bytes + counts.mutated + counts.cli;
  console.log(
    `fuzzed ${total} documents: ${counts.random} random texts, ${counts.bytes} random byte strings, ${counts.mutated} mutated rules, ${counts.cli} through the command`,
  );
});
