/** The two sites built from one rule book: `staff` (dist/) and `public` (dist-public/). */
export const EDITIONS = ['staff', 'public'] as const;
export type Edition = (typeof EDITIONS)[number];

export function editionFrom(value: string | undefined): Edition {
  if (value === undefined || value === '') return 'staff';
  if ((EDITIONS as readonly string[]).includes(value)) return value as Edition;
  throw new Error(`RULES_EDITION must be one of ${EDITIONS.join(', ')} (got "${value}")`);
}
