const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface ImpossibleDate {
  /** The impossible part, e.g. "there is no month 13". */
  problem: string;
  hint: string;
}

/**
 * What makes a date written as YYYY-MM-DD impossible, or undefined when it is a real date or not
 * written as YYYY-MM-DD at all. Saying only "must be YYYY-MM-DD" of `2025-13-01` would leave the
 * writer looking at a date that is in that form.
 */
export function impossibleDate(text: string): ImpossibleDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = 'Check the date; it is written as YYYY-MM-DD, e.g. 2027-09-01.';
  if (month < 1 || month > 12) {
    // 2025-13-01 is most often the 13th of January written day first.
    const swapped = day >= 1 && day <= 12 && month <= daysIn(year, day) ? `${match[1]}-${match[3]}-${match[2]}` : undefined;
    return {
      problem: `there is no month ${month}`,
      hint: swapped ? `Did you mean ${swapped}? The month comes before the day: YYYY-MM-DD.` : check,
    };
  }
  if (day < 1) return { problem: 'there is no day 0', hint: check };
  const days = daysIn(year, month);
  if (day <= days) return undefined;
  if (month === 2) {
    return { problem: `there is no February ${day} in ${year}${day === 29 ? `: ${year} is not a leap year` : ''}`, hint: check };
  }
  return { problem: `there is no day ${day} in ${MONTHS[month - 1]}: it has ${days} days`, hint: check };
}

/**
 * The fix for a real date written another way than YYYY-MM-DD ("30/04/2026", "2026/4/30",
 * "30.04.2026"), or undefined. When day and month could be either way round ("04/05/2026"), both
 * readings are given.
 */
export function rewrittenDate(text: string): string | undefined {
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = (y: number, m: number, d: number) =>
    m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
  const yearFirst = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(text.trim());
  if (yearFirst) {
    const date = iso(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
    return date && `Write it as ${date} (YYYY-MM-DD, with two-digit month and day).`;
  }
  const yearLast = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!yearLast) return undefined;
  const [a, b, year] = [Number(yearLast[1]), Number(yearLast[2]), Number(yearLast[3])];
  const dayFirst = iso(year, b, a);
  const monthFirst = iso(year, a, b);
  if (dayFirst && monthFirst && dayFirst !== monthFirst)
    return `Write it as YYYY-MM-DD: ${dayFirst} for ${a} ${MONTHS[b - 1]}, ${monthFirst} for ${MONTHS[a - 1]} ${b}.`;
  const date = dayFirst ?? monthFirst;
  return date && `Write it as ${date}: the year first, then the month and the day (YYYY-MM-DD).`;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
