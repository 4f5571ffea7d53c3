// Calendar arithmetic on YYYY-MM-DD strings, in UTC so that no time zone shifts a day.

const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The date `months` calendar months before `date`, clamped to the month's last day (31 March − 1 month = 28/29 February). */
export function subtractMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 - months;
  const first = new Date(Date.UTC(year, month, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(Number(date.slice(8, 10)), lastDay));
  return first.toISOString().slice(0, 10);
}

/** How long one period of a cadence lasts; `as-needed` has no period. */
export const CADENCE_PERIOD: Record<string, { days: number } | { months: number } | undefined> = {
  weekly: { days: 7 },
  biweekly: { days: 14 },
  monthly: { months: 1 },
  quarterly: { months: 3 },
  semiannual: { months: 6 },
  annual: { months: 12 },
  'as-needed': undefined,
};

/** The date `count` periods of `cadence` before `date`, or undefined for a cadence without a period. */
export function periodsBefore(date: string, cadence: string, count: number): string | undefined {
  const period = CADENCE_PERIOD[cadence];
  if (period === undefined) return undefined;
  return 'days' in period ? addDays(date, -period.days * count) : subtractMonths(date, period.months * count);
}
