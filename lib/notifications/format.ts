// Display helpers for the outbox: status labels and tones, attachment sizes (dates come from lib/format).
import type { EmailStatusName } from './schemas';

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
