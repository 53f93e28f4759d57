// Pure helpers for jobs: deduplication keys and the retry schedule.

/**
 * A deduplication key from its parts: dedupeKey('reminder', bookingId, '2026-11-28') → "reminder:42:2026-11-28".
 * Dates become their UTC day. Parts may not contain ":" so that different part lists never give the same key.
 */
export function dedupeKey(...parts: Array<string | number | Date>): string {
  if (parts.length === 0) throw new Error('dedupeKey needs at least one part');
  return parts
    .map((part) => {
      const text = part instanceof Date ? part.toISOString().slice(0, 10) : String(part);
      if (text === '' || text.includes(':')) throw new Error(`Invalid dedupeKey part "${text}"`);
      return text;
    })
    .join(':');
}

/**
 * The shortest wait before retry number `retry` (1-based), as pg-boss 10 computes it: the delay, or with backoff
 * delay × 2^(retry-1) (capped at 2^15) plus up to as much again of random jitter.
 */
export function minRetryDelaySeconds(retry: number, delaySeconds: number, backoff: boolean): number {
  if (retry < 1) return 0;
  return backoff ? delaySeconds * 2 ** Math.min(15, retry - 1) : delaySeconds;
}
