// UK date and time wording for quiz pages: "31 October 2023, 9:30am".
import { getEnv } from '@/lib/env';

function parts(date: Date): Record<string, string> {
  const formatter = new Intl.DateTimeFormat('en-GB', {
    timeZone: getEnv().displayTimeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
  });
  return Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]));
}

export function formatDate(date: Date): string {
  const p = parts(date);
  return `${p.day} ${p.month} ${p.year}`;
}

export function formatTime(date: Date): string {
  const p = parts(date);
  const minute = p.minute === '00' ? '' : `:${p.minute}`;
  return `${p.hour}${minute}${(p.dayPeriod ?? '').toLowerCase().replace(/\s|\./g, '')}`;
}

export function formatDateTime(date: Date): string {
  return `${formatDate(date)}, ${formatTime(date)}`;
}
