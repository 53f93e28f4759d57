// Calendar periods ("2 years", "1 month") added to instants in the display time zone, so that a window that
// opens "a month before" expiry lands on the same wall-clock date across a DST change, and a period from a
// 31st or a leap day clamps to the last day of the target month (29 Feb 2024 + 2 years = 28 Feb 2026).
import { TZDate } from '@date-fns/tz';

export const CERTIFICATION_TIME_ZONE = 'Europe/London';

export type PeriodUnit = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
export type Period = { value: number; unit: PeriodUnit };

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** date + sign × period, computed on the Europe/London calendar (wall-clock time kept). */
export function addPeriod(date: Date, period: Period, sign: 1 | -1 = 1, zone = CERTIFICATION_TIME_ZONE): Date {
  const z = new TZDate(date.getTime(), zone);
  let year = z.getFullYear();
  let month = z.getMonth();
  let day = z.getDate();
  const n = period.value * sign;
  if (period.unit === 'DAY' || period.unit === 'WEEK') {
    const shifted = new Date(Date.UTC(year, month, day + n * (period.unit === 'WEEK' ? 7 : 1)));
    year = shifted.getUTCFullYear();
    month = shifted.getUTCMonth();
    day = shifted.getUTCDate();
  } else {
    const total = year * 12 + month + n * (period.unit === 'YEAR' ? 12 : 1);
    year = Math.floor(total / 12);
    month = total - year * 12;
    day = Math.min(day, daysInMonth(year, month));
  }
  const result = new TZDate(year, month, day, z.getHours(), z.getMinutes(), z.getSeconds(), z.getMilliseconds(), zone);
  return new Date(result.getTime());
}

/** Compares two periods by their length from a fixed reference date (months are not a fixed number of days). */
export function comparePeriods(a: Period, b: Period): number {
  const ref = new Date('2001-01-01T12:00:00Z');
  return addPeriod(ref, a).getTime() - addPeriod(ref, b).getTime();
}

const UNIT_WORDS: Record<PeriodUnit, [string, string]> = {
  DAY: ['day', 'days'],
  WEEK: ['week', 'weeks'],
  MONTH: ['month', 'months'],
  YEAR: ['year', 'years'],
};

/** "2 years", "1 month" */
export function describePeriod(period: Period): string {
  const [one, many] = UNIT_WORDS[period.unit];
  return `${period.value} ${period.value === 1 ? one : many}`;
}
