// TEMPORARY copy of the lead's contract so the quiz branch compiles and its tests run before the learning branch
// lands; the learning implementation (with audience/organisation visibility) replaces this file on merge.
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { Viewer } from '@/lib/auth/viewer';
import type { ActivityType } from '@/lib/generated/prisma/enums';

export async function getActivityAccess(
  viewer: Viewer,
  activityId: number,
): Promise<{
  activity: { id: number; courseId: number; type: ActivityType; name: string };
  course: { id: number; fullName: string };
  enrolled: boolean;
  available: boolean;
  lockedReasons: string[];
}> {
  const activity = await db.activity.findFirst({
    where: { id: activityId, visible: true, course: { archivedAt: null, visibility: { not: 'HIDDEN' } } },
    select: {
      id: true,
      courseId: true,
      type: true,
      name: true,
      course: { select: { id: true, fullName: true } },
      restrictions: {
        select: {
          requirement: true,
          requiredActivity: {
            select: { name: true, completions: { where: { userId: viewer.id }, select: { state: true } } },
          },
        },
      },
    },
  });
  if (!activity) throw new NotFoundError();
  const enrolment = await db.enrolment.findUnique({
    where: { userId_courseId: { userId: viewer.id, courseId: activity.courseId } },
    select: { status: true },
  });
  const enrolled = enrolment?.status === 'ACTIVE';
  const lockedReasons = activity.restrictions
    .filter((r) => {
      const state = r.requiredActivity.completions[0]?.state ?? 'INCOMPLETE';
      if (r.requirement === 'COMPLETE_PASS') return state !== 'COMPLETE_PASS';
      if (r.requirement === 'COMPLETE') return state === 'INCOMPLETE' || state === 'COMPLETE_FAIL';
      return false;
    })
    .map((r) => `Available after you complete ${r.requiredActivity.name}`);
  return {
    activity: { id: activity.id, courseId: activity.courseId, type: activity.type, name: activity.name },
    course: activity.course,
    enrolled,
    available: enrolled && lockedReasons.length === 0,
    lockedReasons,
  };
}
