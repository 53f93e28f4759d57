// Admin reads for a course's activities and completion rules (lib/auth/course-manager decides who may).
import type { Viewer } from '@/lib/auth/viewer';
import { requireCourseManager } from '@/lib/auth/course-manager';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';

/** An activity of a course the viewer manages (NotFound / Forbidden otherwise). */
export async function findManagedActivity(viewer: Viewer, activityId: number) {
  const activity =
    Number.isInteger(activityId) && activityId > 0
      ? await db.activity.findUnique({ where: { id: activityId }, select: { id: true, courseId: true, type: true } })
      : null;
  if (!activity) throw new NotFoundError('We could not find that activity.');
  await requireCourseManager(viewer, activity.courseId);
  return activity;
}

/** The course's structure for the admin pages: activities in order with restrictions, and the criteria. */
export async function getCourseStructure(viewer: Viewer, courseId: number) {
  const course = await requireCourseManager(viewer, courseId);
  const [activities, criteria, settings] = await Promise.all([
    db.activity.findMany({
      where: { courseId },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        type: true,
        name: true,
        sectionName: true,
        visible: true,
        completionMode: true,
        restrictionAggregation: true,
        restrictions: { select: { requiredActivityId: true, requirement: true } },
      },
    }),
    db.courseCriterion.findMany({
      where: { courseId },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
      select: { type: true, activityId: true, requiredCourseId: true },
    }),
    db.course.findUniqueOrThrow({
      where: { id: courseId },
      select: { completionEnabled: true, completionAggregation: true },
    }),
  ]);
  return { course, activities, criteria, ...settings };
}

export async function getActivityForEdit(viewer: Viewer, activityId: number) {
  await findManagedActivity(viewer, activityId);
  return db.activity.findUniqueOrThrow({ where: { id: activityId } });
}
