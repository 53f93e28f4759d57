// UK date and time text for the account pages ("31 October 2023 at 9:30am").
import { env } from '@/lib/env';

export function formatDateTime(date: Date | null | undefined): string {
  if (!date) return '';
  const tz = env.displayTimeZone;
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: tz }).format(
    date,
  );
  const time = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: tz })
    .format(date)
    .replace(' ', '')
    .toLowerCase();
  return `${day} at ${time}`;
}
