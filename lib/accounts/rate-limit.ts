// Throttling with rate-limiter-flexible on a database table (RateLimiterFlexible). The Prisma store works on
// PostgreSQL and the embedded PGlite database alike, and every app instance shares the counters (an in-memory
// store would let each instance count alone and forget on restart; a Redis store would add a service).
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '@/lib/db';
import { getLockoutSettings } from '@/lib/accounts/settings';
import { UserError } from '@/lib/errors';

export type ThrottleBucket = 'login-ip' | 'forms';

const limiters = new Map<string, RateLimiterPrisma>();

function limiter(bucket: ThrottleBucket, points: number, durationSeconds: number): RateLimiterPrisma {
  const id = `${bucket}:${points}:${durationSeconds}`;
  let found = limiters.get(id);
  if (!found) {
    found = new RateLimiterPrisma({
      storeClient: db,
      tableName: 'rateLimiterFlexible',
      keyPrefix: bucket,
      points,
      duration: durationSeconds,
      clearExpiredByTimeout: false,
    });
    limiters.set(id, found);
  }
  return found;
}

async function config(bucket: ThrottleBucket): Promise<{ points: number; duration: number }> {
  const settings = await getLockoutSettings();
  return bucket === 'login-ip'
    ? { points: settings.ipMaxFailures, duration: settings.windowMinutes * 60 }
    : { points: settings.formsPerHour, duration: 3600 };
}

function minutesText(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export class ThrottledError extends UserError {
  constructor(public readonly retryAfterMs: number) {
    super(`Too many attempts. Please wait ${minutesText(retryAfterMs)} and try again.`);
    this.name = 'ThrottledError';
  }
}

// Keys are "<what>:<ip>". Without a known client address there is nothing fair to count against (one shared
// bucket would let a single person lock everyone out), so such requests rely on the per-account lock-out.
const unknownAddress = (key: string | null) => key === null || key.endsWith(':unknown');

/** Counts one use of a form from this address; throws ThrottledError once the hourly allowance is spent. */
export async function consumeThrottle(bucket: ThrottleBucket, key: string | null): Promise<void> {
  if (unknownAddress(key)) return;
  const { points, duration } = await config(bucket);
  try {
    await limiter(bucket, points, duration).consume(key as string);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new ThrottledError(error.msBeforeNext);
    throw error;
  }
}

/** How long this key must still wait (0 when it may go ahead), without counting an attempt. */
export async function throttleWaitMs(bucket: ThrottleBucket, key: string | null): Promise<number> {
  if (unknownAddress(key)) return 0;
  const { points, duration } = await config(bucket);
  const res = await limiter(bucket, points, duration).get(key as string);
  return res && res.consumedPoints >= points ? Math.max(res.msBeforeNext, 1) : 0;
}

export async function resetThrottle(bucket: ThrottleBucket, key: string | null): Promise<void> {
  const { points, duration } = await config(bucket);
  await limiter(bucket, points, duration).delete(key ?? 'unknown');
}
