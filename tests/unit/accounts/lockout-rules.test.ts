/** @jest-environment node */
import {
  DEFAULT_LOCKOUT,
  isLocked,
  lockUntilAfterFailure,
  nextFailureCount,
  slowDownDelayMs,
} from '@/lib/accounts/lockout-rules';

const now = new Date('2026-03-02T10:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('lock-out rules', () => {
  it('counts failures within the window and restarts after a quiet period', () => {
    expect(nextFailureCount({ failedLoginCount: 0, lastFailedLoginAt: null }, now, DEFAULT_LOCKOUT)).toBe(1);
    expect(nextFailureCount({ failedLoginCount: 3, lastFailedLoginAt: minutesAgo(5) }, now, DEFAULT_LOCKOUT)).toBe(4);
    expect(nextFailureCount({ failedLoginCount: 4, lastFailedLoginAt: minutesAgo(31) }, now, DEFAULT_LOCKOUT)).toBe(1);
  });

  it('locks at the threshold for the configured duration, and never when the threshold is 0', () => {
    expect(lockUntilAfterFailure(4, now, DEFAULT_LOCKOUT)).toBeNull();
    expect(lockUntilAfterFailure(5, now, DEFAULT_LOCKOUT)).toEqual(new Date('2026-03-02T10:30:00Z'));
    expect(lockUntilAfterFailure(50, now, { ...DEFAULT_LOCKOUT, threshold: 0 })).toBeNull();
  });

  it('treats a lock as over once its time has passed', () => {
    expect(isLocked(new Date(now.getTime() + 1000), now)).toBe(true);
    expect(isLocked(minutesAgo(1), now)).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });

  it('slows down after the second failure, capped at 3 seconds', () => {
    expect(slowDownDelayMs(1, DEFAULT_LOCKOUT)).toBe(0);
    expect(slowDownDelayMs(2, DEFAULT_LOCKOUT)).toBe(500);
    expect(slowDownDelayMs(4, DEFAULT_LOCKOUT)).toBe(1500);
    expect(slowDownDelayMs(40, DEFAULT_LOCKOUT)).toBe(3000);
    expect(slowDownDelayMs(4, { ...DEFAULT_LOCKOUT, slowDownMs: 0 })).toBe(0);
  });
});
