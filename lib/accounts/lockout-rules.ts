// Lock-out and throttling settings and the pure rules that apply them.

export type LockoutSettings = {
  /** Failed logins (within the window) that lock the account; 0 turns lock-out off. */
  threshold: number;
  /** A quiet period after which the failure count starts again. */
  windowMinutes: number;
  /** How long a locked account stays locked (an admin can unlock sooner). */
  durationMinutes: number;
  /** Extra wait per earlier failure before answering (slows guessing), capped at 3 seconds. */
  slowDownMs: number;
  /** Failed logins from one IP address in the window before that address is refused for the window. */
  ipMaxFailures: number;
  /** Submissions of the reset, username reminder and account request forms per IP address per hour. */
  formsPerHour: number;
};

export const DEFAULT_LOCKOUT: LockoutSettings = {
  threshold: 5,
  windowMinutes: 30,
  durationMinutes: 30,
  slowDownMs: 500,
  ipMaxFailures: 30,
  formsPerHour: 10,
};

export function isLocked(lockedUntil: Date | null | undefined, now: Date): boolean {
  return lockedUntil != null && lockedUntil.getTime() > now.getTime();
}

/** The failure count after one more failure: restarts when the last failure is older than the window. */
export function nextFailureCount(
  current: { failedLoginCount: number; lastFailedLoginAt: Date | null },
  now: Date,
  settings: LockoutSettings,
): number {
  const last = current.lastFailedLoginAt?.getTime();
  if (last == null || now.getTime() - last > settings.windowMinutes * 60_000) return 1;
  return current.failedLoginCount + 1;
}

/** When the account should unlock after this failure, or null when it stays unlocked. */
export function lockUntilAfterFailure(failures: number, now: Date, settings: LockoutSettings): Date | null {
  if (settings.threshold <= 0 || failures < settings.threshold) return null;
  return new Date(now.getTime() + settings.durationMinutes * 60_000);
}

/** How long to wait before answering a login for an account that already has this many recent failures. */
export function slowDownDelayMs(previousFailures: number, settings: LockoutSettings): number {
  if (previousFailures < 2 || settings.slowDownMs <= 0) return 0;
  return Math.min((previousFailures - 1) * settings.slowDownMs, 3000);
}
