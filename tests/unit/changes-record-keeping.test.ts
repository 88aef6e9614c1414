// An owner renamed across many rules: one "Record keeping" line with the field, before and after,
// and the rules, as Recent changes lists it; it had been 12 entries burying the one real change
// (found by a reviewer's trial).
import { describe, expect, it } from 'vitest';
import { diffBooks } from '../../src/lib/changes/diff.ts';
import { formatChangesMarkdown } from '../../src/lib/changes/markdown.ts';
import { snapshotOf } from '../../src/lib/changes/snapshot.ts';
import { ruleYaml } from '../helpers/git-repo.ts';

const book = (...rules: string[]) =>
  snapshotOf(rules.map((text, index) => ({ file: `policies/r${index}.yaml`, bytes: Buffer.from(text) })));
const ids = Array.from({ length: 12 }, (_, index) => `rule-${String(index + 1).padStart(2, '0')}`);
/** The lines of a report's "Record keeping" section. */
const recordLines = (markdown: string) =>
  markdown
    .slice(markdown.indexOf('### Record keeping'))
    .split('\n')
    .filter((line) => line.startsWith('- '));

describe('record keeping in the changes report', () => {
  const before = book(
    ...ids.map((id) => ruleYaml(id, 'green', { owner: 'Head of lending' })),
    ruleYaml('wifi', 'green', { owner: 'Head of lending', tags: ['internet'] }),
    ruleYaml('quiet', 'green', { owner: 'Head of lending' }),
  );
  const after = book(
    ...ids.map((id) => ruleYaml(id, 'green', { owner: 'Circulation lead' })),
    ruleYaml('wifi', 'green', { owner: 'Circulation lead', tags: ['internet', 'wi-fi'] }),
    ruleYaml('quiet', 'green', { owner: 'Circulation lead', public_wording: 'Quiet, please, upstairs.' }),
  );
  const markdown = formatChangesMarkdown(diffBooks(before, after), 'main');

  it('lists rules whose record alone changed apart, one line per change made alike', () => {
    expect(markdown.split('\n')[2]).toBe('1 changed · 13 with record keeping only');
    expect(recordLines(markdown)).toEqual([
      `- <code>owner</code> Head of lending → Circulation lead, in 12 rules: ${ids.map((id) => `Rule ${id} (<code>${id}</code>)`).join(', ')}`,
      '- <code>tags</code> internet → internet, wi-fi; <code>owner</code> Head of lending → Circulation lead, in 1 rule: Rule wifi (<code>wifi</code>)',
    ]);
  });

  it("makes an owner renamed in a yearly review one line, each rule's review dates moved to its own (found by a deputy director's trial)", () => {
    const dated = (owner: string, reviewed: string) => ids.map((id) => ruleYaml(id, 'green', { owner, reviewed }));
    const review = formatChangesMarkdown(
      diffBooks(
        book(...dated('Head of lending', '2025-01-10')),
        book(...ids.map((id, index) => ruleYaml(id, 'green', { owner: 'Circulation lead', reviewed: `2026-0${1 + (index % 4)}-15` }))),
      ),
      'main',
    );
    expect(recordLines(review)).toEqual([
      `- <code>owner</code> Head of lending → Circulation lead; <code>reviewed</code> moved, to each rule's own date, in 12 rules: ${ids.map((id) => `Rule ${id} (<code>${id}</code>)`).join(', ')}`,
    ]);
  });

  it('says a date taken out as taken out, not moved (found by the second review)', () => {
    const review = formatChangesMarkdown(
      diffBooks(
        book(...ids.map((id, index) => ruleYaml(id, 'green', { owner: 'Head of lending', review_by: `2027-0${1 + (index % 4)}-15` }))),
        book(...ids.map((id) => ruleYaml(id, 'green', { owner: 'Circulation lead' }))),
      ),
      'main',
    );
    expect(recordLines(review)).toEqual([
      `- <code>owner</code> Head of lending → Circulation lead; <code>review\\_by</code> taken out (each rule's own date), in 12 rules: ${ids.map((id) => `Rule ${id} (<code>${id}</code>)`).join(', ')}`,
    ]);
  });

  it('keeps a rule whose words changed under Changed, with its owner', () => {
    const changed = markdown.slice(markdown.indexOf('### Changed'), markdown.indexOf('### Record keeping'));
    expect(changed.match(/^#### .*$/gm)).toEqual(['#### Rule quiet (<code>quiet</code>)']);
    expect(changed).toContain('**Owner** (<code>owner</code>)');
  });

  it('leaves translations out of it: visitors read them', () => {
    const es = (title: string) => ({ es: { title, public_wording: 'Bienvenidos.' } });
    const report = formatChangesMarkdown(
      diffBooks(
        book(ruleYaml('wifi', 'green', { translations: es('Wifi') })),
        book(ruleYaml('wifi', 'green', { translations: es('Wi-Fi') })),
      ),
      'main',
    );
    expect(report).not.toContain('Record keeping');
    expect(report).toContain('### Changed');
  });

  it('leaves wording_ok out of it: it turns a welcoming-language check off for the rule (found by a review)', () => {
    const report = formatChangesMarkdown(
      diffBooks(
        book(ruleYaml('quiet', 'green', {})),
        book(ruleYaml('quiet', 'green', { wording_ok: [{ check: 'forbidding', why: 'It is a sign we must keep' }] })),
      ),
      'main',
    );
    expect(report).not.toContain('Record keeping');
    expect(report).toContain('### Changed');
    expect(report).toContain('- After: forbidding');
  });
});
