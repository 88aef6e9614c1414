import { expect, it } from 'vitest';
import { buildDate } from '../../src/lib/build-date.ts';

it('a build is dated now, or at SOURCE_DATE_EPOCH when set, so two builds of the same rules can match to the byte', () => {
  const now = new Date('2026-11-27T16:00:00Z');
  expect(buildDate({}, now)).toBe(now);
  expect(buildDate({ SOURCE_DATE_EPOCH: '' }, now)).toBe(now);
  expect(buildDate({ SOURCE_DATE_EPOCH: '1795824000' }, now).toISOString()).toBe('2026-11-28T00:00:00.000Z');
});

it('refuses a SOURCE_DATE_EPOCH that is not a number of seconds, saying what it got', () => {
  for (const bad of ['yesterday', '-5', '1.5', '2026-11-27'])
    expect(() => buildDate({ SOURCE_DATE_EPOCH: bad })).toThrow(
      `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 (got "${bad}")`,
    );
});
