// However an admin writes whom to ask, the yellow headline reads as a sentence:
// "Check first with the supervisor on duty."
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askFirst, whomToAsk } from '../../src/lib/ask-phrase.ts';

describe('whom to ask, as it reads after "Check first with"', () => {
  it.each([
    ['Supervisor on duty', 'the supervisor on duty'],
    ['supervisor on duty.', 'the supervisor on duty'],
    ['The Supervisor on Duty', 'the supervisor on duty'],
    ['SUPERVISOR ON DUTY', 'the supervisor on duty'],
    ['  Supervisor \t on\n duty .', 'the supervisor on duty'],
    ['Supervisor\u00a0on duty;', 'the supervisor on duty'],
    ['  a manager ', 'a manager'],
    ['Any Manager', 'any manager'],
    ['your supervisor', 'your supervisor'],
    ['Branch Manager', 'the branch manager'],
    ['Branch manager', 'the branch manager'],
    ["Head of children's services", "the head of children's services"],
    ['Local history librarian', 'the local history librarian'],
    ['Communications officer', 'the communications officer'],
    ['person in charge', 'the person in charge'],
    ['Supervisor on duty or branch manager', 'the supervisor on duty or branch manager'],
    ['someone in charge', 'someone in charge'],
    ['Anyone on the management team', 'anyone on the management team'],
  ])('a title: %j → %j', (ask, expected) => {
    expect(whomToAsk(ask)).toBe(expected);
  });

  it.each([
    ['Maria Lopez', 'Maria Lopez'],
    ['maria lopez', 'maria lopez'],
    ['Ms. Chen.', 'Ms. Chen'],
    ['Maria Lopez, Branch Manager', 'Maria Lopez, branch manager'],
    ['Dr. Maria Lopez (Branch Manager)', 'Dr. Maria Lopez (branch manager)'],
  ])('a name keeps its capitals and takes no "the": %j → %j', (ask, expected) => {
    expect(whomToAsk(ask)).toBe(expected);
  });

  it.each([
    ['IT', 'IT'],
    ['HR.', 'HR'],
    ['IT help desk', 'the IT help desk'],
    ['The IT Help Desk', 'the IT help desk'],
    ['HEAD OF IT', 'the head of IT'],
    ['Riverside branch manager', 'the Riverside branch manager'],
    ['Security', 'security'],
  ])('acronyms and proper names inside a title keep their capitals: %j → %j', (ask, expected) => {
    expect(whomToAsk(ask)).toBe(expected);
  });

  it.each([[''], ['   '], ['...'], [undefined]])('nothing to name (%j) falls back to "a supervisor"', (ask) => {
    expect(whomToAsk(ask)).toBe('a supervisor');
  });

  it('never leaves doubled, leading or trailing spaces, nor a final full stop, for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\t', '\n', '.', ',', 'of', 'Manager', 'IT', '(', ')') }), (ask) => {
        const phrase = whomToAsk(ask);
        expect(phrase).toBe(phrase.trim());
        expect(phrase).not.toMatch(/\s{2}|[\t\n]|\.$/);
        expect(phrase.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('the yellow headline, for an ask written as an instruction', () => {
  it.each([
    ['Ask a supervisor', 'Check first with a supervisor.'],
    ['ask the Branch Manager.', 'Check first with the branch manager.'],
    ['Ask for the person in charge', 'Check first with the person in charge.'],
    ['Talk to Maria Lopez', 'Check first with Maria Lopez.'],
    ['Check with IT', 'Check first with IT.'],
    ['Phone the Director', 'Check first: phone the director.'],
    ['Call Maria at x4410', 'Check first: call Maria at x4410.'],
    ['Radio security', 'Check first: radio security.'],
    ['Email Facilities Manager', 'Check first: email the facilities manager.'],
    ['Supervisor on duty', 'Check first with the supervisor on duty.'],
    ['Askew Smith', 'Check first with Askew Smith.'],
    [undefined, 'Check first with a supervisor.'],
    ['Phone 555-0100', 'Check first: phone 555-0100.'],
    ['Call x4410.', 'Check first: call x4410.'],
    ['Ask at the front desk', 'Check first: ask at the front desk.'],
    ['Phone or email the Branch Manager', 'Check first: phone or email the Branch Manager.'],
  ])('%j → %j', (ask, expected) => {
    expect(askFirst(ask)).toBe(expected);
  });
});
