// Which way a limit moved: "$20" made "$200" had been shown as any other edit, the same as a cut.
// A raise (or a limit taken out) loosens what staff may do and needs the owner's sign-off; a cut
// does not. And a red rule's own words changed ("must" made "should") need its owner's review
// (found by a reviewer's trial).
import { describe, expect, it } from 'vitest';
import { amountChange, amountsLeft } from '../../src/lib/changes/amounts.ts';
import { diffBooks } from '../../src/lib/changes/diff.ts';
import { formatChangesMarkdown } from '../../src/lib/changes/markdown.ts';
import { snapshotOf } from '../../src/lib/changes/snapshot.ts';
import { ruleYaml } from '../helpers/git-repo.ts';

const book = (...rules: string[]) =>
  snapshotOf(rules.map((text, index) => ({ file: `policies/r${index}.yaml`, bytes: Buffer.from(text) })));
const fines = (limit?: string) =>
  ruleYaml('fines', 'green', {
    title: 'Waiving fines',
    owner: 'Head of lending',
    bend: { how: 'Waive a fine.', ...(limit ? { limit } : {}) },
  });
const report = (before: string, after: string) => formatChangesMarkdown(diffBooks(book(before), book(after)), 'main');

describe('an amount raised or lowered', () => {
  it('is told when each side has one amount of the same kind, in the same place', () => {
    expect(amountChange('Up to $20 per visit.', 'Up to $200 per visit.')).toEqual({ direction: 'raised', from: '$20', to: '$200' });
    expect(amountChange('Up to 4 hours.', 'Up to 2 hours.')).toEqual({ direction: 'lowered', from: '4 hours', to: '2 hours' });
    expect(amountChange('Up to 1 hour.', 'Up to 2 hours.')).toEqual({ direction: 'raised', from: '1 hour', to: '2 hours' });
    expect(amountChange('Up to $1,000.', 'Up to $50.')).toEqual({ direction: 'lowered', from: '$1,000', to: '$50' });
  });

  it('is told with its words changed too: a raise that drops "ask the supervisor" is a raise (found by a reviewer\'s trial)', () => {
    expect(amountChange('Waive up to $20.', 'Waive fines of any kind up to $200 a visit.')).toEqual({
      direction: 'raised',
      from: '$20',
      to: '$200',
      reworded: true,
    });
    expect(
      amountChange(
        'Waive up to $20 in late fees per visit; above that, ask the supervisor on duty.',
        'Waive up to $75 in late fees per visit.',
      ),
    ).toEqual({ direction: 'raised', from: '$20', to: '$75', reworded: true });
  });

  it('is told as taken out when no number is left in any form', () => {
    expect(amountChange('Waive replacement costs up to $30 per account per year.', 'Use your judgment.')).toEqual({
      direction: 'taken out',
      from: '$30',
    });
    // However many there were (found by a review).
    expect(amountChange('Up to 2 hours a day, or 3 with a pass.', 'Use judgment.')).toEqual({ direction: 'taken out' });
    // Written in words, an amount is still there: no direction can be told.
    expect(amountChange('Up to 2 items.', 'Up to two items.')).toBeUndefined();
    expect(amountChange('Up to $20.', 'Up to twenty dollars.')).toBeUndefined();
  });

  it('is not told lowered in other words, which may be looser (found by a review)', () => {
    expect(amountChange('Waive up to $20 per visit.', 'Waive up to $15 per item, any number of items.')).toBeUndefined();
  });

  it('is not told when the amounts cannot be compared', () => {
    // Another unit, two amounts, a date.
    expect(amountChange('Up to 2 hours.', 'Up to 90 minutes.')).toBeUndefined();
    expect(amountChange('Up to $20, 2 times a year.', 'Up to $50, 2 times a year.')).toBeUndefined();
    expect(amountChange('Until 2026-05-01.', 'Until 2026-06-01.')).toBeUndefined();
  });
});

describe('a limit in the changes report', () => {
  it("raised, needs the owner's sign-off, and says from what to what", () => {
    const markdown = report(fines('Up to $20 a visit.'), fines('Up to $200 a visit.'));
    expect(markdown.split('\n')[2]).toBe('**1 rule with a limit raised or taken out: needs sign-off** · 1 changed');
    expect(markdown).toContain('**Limit raised from \\$20 to \\$200: loosens what staff may do, needs sign-off** by Head of lending');
    expect(markdown).toContain('- Redline: Up to \\$<del>20</del><ins>200</ins> a visit.\n- Raised from \\$20 to \\$200\n');
  });

  it('lowered, is told, and still needs review: a smaller number is not always a tighter limit (found by a review)', () => {
    const markdown = report(fines('Up to 4 hours.'), fines('Up to 2 hours.'));
    expect(markdown).toContain('- Lowered from 4 hours to 2 hours');
    expect(markdown).not.toContain('needs sign-off');
    const every = diffBooks(book(fines('Renew at most once every 30 days.')), book(fines('Renew at most once every 7 days.')));
    expect(every.changed[0]!.discretion).toEqual({ fields: ['bend.limit'], signOff: { owner: 'Head of lending' } });
  });

  it('tells no direction of a number written with a dot before its thousands: "1.000 €" (found by a review)', () => {
    expect(amountChange('Waive up to 500 €.', 'Waive up to 1.000 €.')).toBeUndefined();
  });

  it("taken out, needs the owner's sign-off", () => {
    const markdown = report(fines('Up to $20.'), fines());
    expect(markdown).toContain('**Limit taken out: loosens what staff may do, needs sign-off** by Head of lending');
  });

  it("raised with other words changed, or its amount taken out, needs the owner's sign-off too (found by a reviewer's trial)", () => {
    const raised = report(fines('Up to $20 a visit; above that, ask the supervisor on duty.'), fines('Up to $75 a visit.'));
    expect(raised.split('\n')[2]).toBe('**1 rule with a limit raised or taken out: needs sign-off** · 1 changed');
    expect(raised).toContain(
      '**Limit raised from \\$20 to \\$75, its words changed too: loosens what staff may do, needs sign-off** by Head of lending',
    );
    expect(raised).toContain('- Raised from \\$20 to \\$75 (its words changed too)\n');
    const judgment = report(fines('Up to $30 per account per year.'), fines('Use your judgment.'));
    expect(judgment).toContain("**Limit's amount (\\$30) taken out: loosens what staff may do, needs sign-off** by Head of lending");
    expect(judgment).toContain('- Amount taken out: it was \\$30\n');
  });

  it('reworded without a comparable amount, still needs review', () => {
    const changes = diffBooks(book(fines('Up to $20.')), book(fines('Up to $20, or more with a note.')));
    expect(changes.changed[0]!.discretion).toEqual({ fields: ['bend.limit'], signOff: { owner: 'Head of lending' } });
  });
});

describe("a red rule's own words", () => {
  const exits = (rule: string) => ruleYaml('exits', 'red', { title: 'Fire exits', owner: 'Head of safety', rule });

  it("changed, need the owner's review", () => {
    const markdown = report(exits('Staff must keep fire exits clear.'), exits('Staff should keep fire exits clear.'));
    expect(markdown).toContain('**1 rule with what staff may do changed: needs review**');
    expect(markdown).toContain('**What staff may do changed (<code>rule</code>): needs review** by Head of safety');
  });

  it("and what it tells staff to do instead, changed or taken out, need the owner's review (found by a reviewer's trial)", () => {
    const weapons = (instead?: string) =>
      ruleYaml('weapons', 'red', { title: 'Weapons', owner: 'Head of safety', rule: 'No weapons.', ...(instead ? { instead } : {}) });
    const cut = diffBooks(
      book(weapons('Stay calm, move people away, call 911, and follow the lockdown plan.')),
      book(weapons('Stay calm, move people away, and tell the person in charge.')),
    );
    expect(cut.changed[0]!.discretion).toEqual({ fields: ['instead'], signOff: { owner: 'Head of safety' } });
    expect(diffBooks(book(weapons('Call 911.')), book(weapons())).changed[0]!.discretion?.fields).toEqual(['instead']);
  });

  it('of a green rule, are an edit like any other', () => {
    const changes = diffBooks(
      book(ruleYaml('noise', 'green', { rule: 'Keep it quiet.' })),
      book(ruleYaml('noise', 'green', { rule: 'Keep it down.' })),
    );
    expect(changes.changed[0]!.discretion).toBeUndefined();
  });
});

describe("an amount changed in one text of a rule and left in another (found by a deputy director's trial)", () => {
  const fines = (rule: string, wording: string, spanish: string) =>
    ruleYaml('fines', 'green', {
      title: 'Late fines',
      rule,
      public_wording: wording,
      translations: { es: { title: 'Multas', public_wording: spanish } },
    });

  it('is pointed out at the rule, and counted in the first line, as something to check', () => {
    const markdown = report(
      fines('25 cents a day, up to $5 per item.', 'Fines stop at $5 an item.', 'Las multas no pasan de 5 $ por artículo.'),
      fines('25 cents a day, up to $10 per item.', 'Fines stop at $5 an item.', 'Las multas no pasan de 5 $ por artículo.'),
    );
    expect(markdown.split('\n')[2]).toBe('**1 rule with an old amount left in another text: check** · 1 changed');
    expect(markdown).toContain(
      '**\\$5 is still in the public wording (<code>public\\_wording</code>) and the Spanish public wording (<code>translations.es.public\\_wording</code>)**, where this change took it out of the rule as staff know it (<code>rule</code>): check that they agree.',
    );
  });

  it('is, where another changed text kept the old amount (found by the second review)', () => {
    const texts = (fields: Record<string, string>) => new Map(Object.entries(fields));
    expect(
      amountsLeft(
        texts({ rule: 'Fines stop at $25.', public_wording: 'Fines stop at $25.', public_why: 'Fair, $25 at most.' }),
        texts({ rule: 'Fines stop at $50.', public_wording: 'Fines stop at $25 per item.', public_why: 'Fair, $25 at most.' }),
      ),
    ).toEqual([{ amount: '$25', goneFrom: ['rule'], stillIn: ['public_wording', 'public_why'] }]);
  });

  it('is not, for an amount moved from one changed text to another, nor for "$1.000", a thousand (found by a review)', () => {
    const texts = (fields: Record<string, string>) => new Map(Object.entries(fields));
    expect(
      amountsLeft(
        texts({ rule: 'Up to $5.', public_wording: 'Fines stop at $5.', public_why: 'Fair.' }),
        texts({ rule: 'Up to $5.', public_wording: 'Fines are capped.', public_why: 'Fair, at $5 at most.' }),
      ),
    ).toEqual([]);
    expect(
      amountsLeft(
        texts({ rule: 'Up to $1.', 'translations.es.public_wording': 'Hasta $1.000.' }),
        texts({ rule: 'Up to $2.', 'translations.es.public_wording': 'Hasta $1.000.' }),
      ),
    ).toEqual([]);
  });

  it('is not, when every text says the new amount, nor for what staff may waive', () => {
    const agreeing = report(fines('Up to $5.', 'Up to $5.', 'Hasta 5 $.'), fines('Up to $10.', 'Up to $10.', 'Hasta 10 $.'));
    expect(agreeing).not.toContain('old amount');
    const waiver = report(
      ruleYaml('fines', 'green', { rule: 'Fines stop at $20.', bend: { how: 'Waive it.', limit: 'Up to $20.' } }),
      ruleYaml('fines', 'green', { rule: 'Fines stop at $20.', bend: { how: 'Waive it.', limit: 'Up to $10.' } }),
    );
    expect(waiver).not.toContain('old amount');
  });
});

describe("findings allowed by a change (found by a deputy director's trial)", () => {
  it('are said as allowances, with their reasons, and counted in the first line as ones to check', () => {
    const partners = (allowed: { check: string; word?: string; why: string }[]) =>
      ruleYaml('partners', 'green', {
        title: 'Partner libraries',
        public_wording: 'Ask for an ILL.',
        ...(allowed.length ? { wording_ok: allowed } : {}),
      });
    const markdown = report(partners([]), partners([{ check: 'jargon', word: 'ILL', why: 'ok' }]));
    expect(markdown.split('\n')[2]).toBe(
      '**1 rule with welcoming-language findings newly allowed (<code>wording\\_ok</code>): check** · 1 changed',
    );
    expect(markdown).toContain('- jargon "ILL": ok\n');
  });
});
