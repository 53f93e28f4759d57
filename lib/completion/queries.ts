// TEMPORARY local copy of the learning engineer's contract (lib/completion/queries.ts), so the workshops branch
// compiles before learning lands in main. The merge keeps the learning implementation.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { ActivityType } from '@/lib/generated/prisma/enums';

export type ActivityAccess = {
  activity: { id: number; courseId: number; type: ActivityType; name: string };
  course: { id: number; fullName: string };
  enrolled: boolean;
  available: boolean;
  lockedReasons: string[];
};

export async function getActivityAccess(viewer: Viewer, activityId: number): Promise<ActivityAccess> {
  const activity = await db.activity.findUnique({
    where: { id: activityId },
    select: { id: true, courseId: true, type: true, name: true, visible: true, course: { select: { id: true, fullName: true } } },
  });
  if (!activity || !activity.visible) throw new NotFoundError('We could not find that activity.');
  const enrolment = await db.enrolment.findUnique({
    where: { userId_courseId: { userId: viewer.id, courseId: activity.courseId } },
    select: { status: true },
  });
  const enrolled = enrolment?.status === 'ACTIVE';
  return {
    activity: { id: activity.id, courseId: activity.courseId, type: activity.type, name: activity.name },
    course: activity.course,
    enrolled,
    available: enrolled,
    lockedReasons: enrolled ? [] : ['Enrol on this course to start this activity'],
  };
}
