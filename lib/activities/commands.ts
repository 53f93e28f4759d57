// Adding an activity to a course: one path for every type (Course › Activities and completion › Add an activity,
// and "Add a quiz"). The activity and the record its type needs are created in one transaction, so no quiz or
// workshop ever exists without its settings.
import { requireCourseManager } from '@/lib/auth/course-manager';
import type { Viewer } from '@/lib/auth/viewer';
import { activityData } from '@/lib/completion/admin-commands';
import type { ActivityInput } from '@/lib/completion/schemas';
import { isActivityTypeLive } from '@/lib/completion/links';
import { db } from '@/lib/db';
import { ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { activityAdminHref } from './types';

/** The record each type needs besides the activity row. SCORM gets its package on the upload page. */
function typeRecord(input: ActivityInput): Partial<Prisma.ActivityCreateInput> {
  switch (input.type) {
    case 'QUIZ':
      return { quiz: { create: { passPercent: 70, attemptsAllowed: 0 } } };
    case 'WORKSHOP':
      return { workshop: { create: {} } };
    case 'CERTIFICATE':
      return { certificate: { create: {} } };
    case 'FEEDBACK':
      return { feedbackForm: { create: {} } };
    case 'ACCESS_REQUEST':
      return { accessRequestForm: { create: { systemName: input.name } } };
    default:
      return {};
  }
}

/** Adds an activity at the end of the course; returns where to set it up next (see activityAdminHref). */
export async function addActivity(
  viewer: Viewer,
  courseId: number,
  input: ActivityInput,
): Promise<{ id: number; next: string }> {
  await requireCourseManager(viewer, courseId);
  if (!isActivityTypeLive(input.type)) throw new ValidationError({ type: 'Choose one of the types of activity shown' });
  const { id } = await db.$transaction(async (tx) => {
    const last = await tx.activity.aggregate({ where: { courseId }, _max: { sortOrder: true } });
    return tx.activity.create({
      data: {
        ...activityData(input),
        course: { connect: { id: courseId } },
        sortOrder: (last._max.sortOrder ?? 0) + 10,
        ...typeRecord(input),
      },
      select: { id: true },
    });
  });
  return { id, next: activityAdminHref({ id, type: input.type }) };
}
