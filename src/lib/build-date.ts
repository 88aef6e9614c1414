// When the build happened, as the staff pages' stamp and a feed with no entries yet say.
// SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention) fixes it, so the same
// rules built twice give the same bytes: bench:same-output compares two builds that way.

/** The build's date: SOURCE_DATE_EPOCH when set, else now. Throws, saying why, on a value that is not a date. */
export function buildDate(env: NodeJS.ProcessEnv, now: Date = new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return now;
  if (!/^\d+$/.test(epoch) || !Number.isSafeInteger(Number(epoch) * 1000))
    throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 (got "${epoch}")`);
  return new Date(Number(epoch) * 1000);
}
