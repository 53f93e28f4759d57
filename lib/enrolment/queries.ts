// Enrolment reads.
import { db } from '@/lib/db';

/** Whether the person has an active enrolment on the course. */
export async function isEnrolled(userId: number, courseId: number): Promise<boolean> {
  const count = await db.enrolment.count({ where: { userId, courseId, status: 'ACTIVE' } });
  return count > 0;
}
