// The one home for UK date, time and money text, in the display time zone unless a zone is given (a workshop
// session has its own). No imports, so client components may use it too: lib/env sets the display zone
// (DISPLAY_TIME_ZONE) when the server reads its configuration; until then, and in the browser, Europe/London.

export const DEFAULT_TIME_ZONE = 'Europe/London';
let displayTimeZone = DEFAULT_TIME_ZONE;

/** Called by lib/env with the validated DISPLAY_TIME_ZONE. */
export function setDisplayTimeZone(timeZone: string): void {
  displayTimeZone = timeZone;
}

function zoneOr(timeZone: string | undefined): string {
  return timeZone ?? displayTimeZone;
}

function parts(date: Date, timeZone: string): Record<string, string> {
  const formatter = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]));
}

/** "31 October 2023" */
export function formatDate(date: Date | null | undefined, timeZone?: string): string {
  if (!date) return '';
  const p = parts(date, zoneOr(timeZone));
  return `${p.day} ${p.month} ${p.year}`;
}

/** "31 Oct 2023" for dense tables. */
export function formatShortDate(date: Date | null | undefined, timeZone?: string): string {
  if (!date) return '';
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: zoneOr(timeZone),
  }).format(date);
}

/** "January 2022" */
export function formatMonthYear(date: Date | null | undefined, timeZone?: string): string {
  if (!date) return '';
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: zoneOr(timeZone) }).format(date);
}

/** "9:30am", "12pm" */
export function formatTime(date: Date, timeZone?: string): string {
  const p = parts(date, zoneOr(timeZone));
  const h = Number(p.hour) % 24;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${p.minute === '00' ? '' : `:${p.minute}`}${h < 12 ? 'am' : 'pm'}`;
}

/** "31 October 2023, 9:30am" */
export function formatDateTime(date: Date | null | undefined, timeZone?: string): string {
  if (!date) return '';
  return `${formatDate(date, timeZone)}, ${formatTime(date, timeZone)}`;
}

/** "9:30am to 12:30pm" (both in the same zone). */
export function formatTimeRange(start: Date, end: Date, timeZone?: string): string {
  return `${formatTime(start, timeZone)} to ${formatTime(end, timeZone)}`;
}

/** "24 November 2023, 9:30am to 4:30pm", or both dates when the range spans days. */
export function formatDateTimeRange(start: Date, end: Date, timeZone?: string): string {
  const sameDay = formatDate(start, timeZone) === formatDate(end, timeZone);
  return sameDay
    ? `${formatDate(start, timeZone)}, ${formatTimeRange(start, end, timeZone)}`
    : `${formatDateTime(start, timeZone)} to ${formatDateTime(end, timeZone)}`;
}

/** The zone name shown next to times, e.g. "Europe/London (BST)". */
export function timeZoneLabel(date: Date, timeZone?: string): string {
  const zone = zoneOr(timeZone);
  const short = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')?.value;
  return short ? `${zone} (${short})` : zone;
}

/** "£135.00", "£1,350.00" */
export function formatMoney(pence: number): string {
  return `£${(pence / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** Date-only value (yyyy-mm-dd) for <input type="date">. */
export function isoDay(date: Date | null | undefined): string {
  if (!date) return '';
  return date.toISOString().slice(0, 10);
}

/**
 * The wall-clock date and time in the display zone as a Date whose UTC fields carry them, for spreadsheets:
 * Excel stores dates without a zone, so a completion at 00:30 BST must reach it as that London day and time.
 */
export function wallClock(date: Date, timeZone?: string): Date {
  const zone = zoneOr(timeZone);
  let formatter = wallClockFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    wallClockFormatters.set(zone, formatter);
  }
  const n: Record<string, number> = {};
  for (const part of formatter.formatToParts(date)) if (part.type !== 'literal') n[part.type] = Number(part.value);
  return new Date(Date.UTC(n.year!, n.month! - 1, n.day!, n.hour!, n.minute!, n.second!, date.getUTCMilliseconds()));
}

// One formatter per zone: building an Intl.DateTimeFormat costs more than formatting with it (exports call this
// for every date cell).
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

/** "2023-10-31" in the display zone (CSV exports: unambiguous, and spreadsheets read it as a date). */
export function isoLocalDate(date: Date, timeZone?: string): string {
  return wallClock(date, timeZone).toISOString().slice(0, 10);
}

/** "2023-10-31 09:30" in the display zone. */
export function isoLocalDateTime(date: Date, timeZone?: string): string {
  return wallClock(date, timeZone).toISOString().slice(0, 16).replace('T', ' ');
}
