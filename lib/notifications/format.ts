// Display helpers for the outbox (UK dates and times in the display time zone).
import { getEnv } from '@/lib/env';
import type { EmailStatusName } from './schemas';

export function formatDateTime(date: Date): string {
  const timeZone = getEnv().displayTimeZone;
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(
    date,
  );
  const time = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone })
    .format(date)
    .replace(/\s/g, '')
    .toLowerCase();
  return `${day}, ${time}`;
}

export const STATUS_LABELS: Record<EmailStatusName, string> = {
  QUEUED: 'Queued',
  SENDING: 'Sending',
  SENT: 'Sent',
  OUTBOX: 'In outbox',
  FAILED: 'Failed',
};

export const STATUS_TONES = {
  QUEUED: 'blue',
  SENDING: 'purple',
  SENT: 'green',
  OUTBOX: 'grey',
  FAILED: 'red',
} as const;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
