// UK formats for dates, times and money, always in the display time zone (Europe/London by default).

const ZONE = 'Europe/London';

/** "31 October 2023" */
export function formatDate(date: Date | null | undefined): string {
  if (!date) return '';
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE }).format(
    date,
  );
}

/** "31 Oct 2023" for dense tables. */
export function formatShortDate(date: Date | null | undefined): string {
  if (!date) return '';
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: ZONE }).format(
    date,
  );
}

/** "January 2022" */
export function formatMonthYear(date: Date | null | undefined): string {
  if (!date) return '';
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: ZONE }).format(date);
}

/** "£135.00" */
export function formatMoney(pence: number): string {
  return `£${(pence / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** Date-only value (yyyy-mm-dd) for <input type="date">. */
export function isoDay(date: Date | null | undefined): string {
  if (!date) return '';
  return date.toISOString().slice(0, 10);
}
