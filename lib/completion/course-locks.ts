// Locks a capability above completion puts on a whole course for one person (a program's later THEN set). The
// completion layer asks them before it opens an activity or lets someone mark a course done, without importing the
// capability: each registers its check here from lib/subscribers.ts, like the course-event subscribers.
import type { db } from '@/lib/db';
import type { EnrolmentSource } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';

export type CourseLock = { message: string };
export type CourseLockOptions = {
  /** The person's active enrolment source when the caller has read it already (null = not enrolled). */
  enrolmentSource?: EnrolmentSource | null;
  client?: Prisma.TransactionClient | typeof db;
};
export type CourseLockCheck = (
  userId: number,
  courseId: number,
  options: CourseLockOptions,
) => Promise<CourseLock | null>;

// On globalThis: Next.js can load this module in more than one chunk, and they must share one registry.
const shared = globalThis as unknown as { ilearnCourseLocks?: Map<string, CourseLockCheck> };
const checks = (shared.ilearnCourseLocks ??= new Map<string, CourseLockCheck>());

/** Registers (or replaces, by name) a course lock check. */
export function registerCourseLock(name: string, check: CourseLockCheck): void {
  checks.set(name, check);
}

/** The first lock a registered check reports for this person and course, or null when the course is open. */
export async function courseLockFor(
  userId: number,
  courseId: number,
  options: CourseLockOptions = {},
): Promise<CourseLock | null> {
  for (const check of checks.values()) {
    const lock = await check(userId, courseId, options);
    if (lock) return lock;
  }
  return null;
}
