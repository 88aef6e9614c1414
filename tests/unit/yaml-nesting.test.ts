// A file nested deeper than MAX_NESTING is refused before yaml builds it (which would exhaust the
// stack at a place that depends on the thread): one level less is read, however it nests.
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, tooDeeplyNested } from '../../src/lib/yaml-nesting.ts';

// Each makes a rule whose title nests `levels` collections deep, the top-level map included.
const shapes: Record<string, (levels: number) => string> = {
  'flow lists': (levels) => `id: x\ntitle: ${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}\n`,
  'flow maps': (levels) => `id: x\ntitle: ${'{a: '.repeat(levels - 1)}1${'}'.repeat(levels - 1)}\n`,
  'lists on one line': (levels) => `id: x\ntitle:\n  ${'- '.repeat(levels - 1)}x\n`,
  'maps indented one space a level': (levels) =>
    `id: x\ntitle:\n${Array.from({ length: levels - 1 }, (_, level) => `${' '.repeat(level + 1)}a:`).join('\n')} 1\n`,
  "lists at their map key's indent": (levels) => {
    // `a:` then `- a:` lines two spaces deeper each: a list and a map a line; `- 1` for an odd one.
    const lines = ['  a:'];
    let left = levels - 2;
    for (; left >= 2; left -= 2) lines.push(`${' '.repeat(2 * lines.length)}- a:`);
    if (left === 1) lines.push(`${' '.repeat(2 * lines.length)}- 1`);
    return `id: x\ntitle:\n${lines.join('\n')}\n`;
  },
};

describe('tooDeeplyNested', () => {
  for (const [shape, make] of Object.entries(shapes)) {
    it(`reads ${shape} ${MAX_NESTING} levels deep, and refuses them one level deeper`, () => {
      expect(tooDeeplyNested(make(MAX_NESTING))).toBeUndefined();
      const text = make(MAX_NESTING + 1);
      const at = tooDeeplyNested(text);
      expect(at).toBeGreaterThan(0);
      // The place is the deepest collection's start: nothing inside it, nothing before the title.
      expect(at).toBeGreaterThan(text.indexOf('title:'));
    });
  }

  it('clears an ordinary rule without parsing it, however many brackets and dashes its text has', () => {
    const rule = `id: x\ntitle: Quiet [study] rooms - floors 2-3\nexamples:\n  - situation: "A [loud] group: what now?"\n    response: Ask them - kindly - to use room 3.\n`;
    expect(tooDeeplyNested(rule)).toBeUndefined();
    expect(tooDeeplyNested(`${rule}notes: "${'[-:'.repeat(400)}"\n`)).toBeUndefined();
  });
});
