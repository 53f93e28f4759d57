// Completion reads for one learner (the viewer): may they open an activity, and why not.
import type { Viewer } from '@/lib/auth/viewer';
import { canManageCourse } from '@/lib/auth/course-manager';
import { assertCanViewCourse } from '@/lib/catalogue/queries';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { ActivityType } from '@/lib/generated/prisma/enums';
import { courseLockFor } from './course-locks';
import { evaluateCourseForUser, type CourseEvaluation } from './engine';
import { evaluateRestrictions } from './rules';

export type ActivityAccess = {
  activity: { id: number; courseId: number; type: ActivityType; name: string };
  course: { id: number; fullName: string };
  enrolled: boolean;
  available: boolean;
  /** The activity's own restrictions are met (enrolment aside): enrolling is all that stands in the way. */
  restrictionsMet: boolean;
  lockedReasons: string[];
};

const NOT_ENROLLED = 'Enrol on this course to start this activity';

/**
 * Whether the viewer may open an activity. Throws NotFoundError when they may not see the course, or the
 * activity is hidden from them; `available` is false when they are not enrolled or a restriction is unmet.
 */
export async function getActivityAccess(viewer: Viewer, activityId: number): Promise<ActivityAccess> {
  if (!Number.isInteger(activityId) || activityId <= 0) throw new NotFoundError('We could not find that activity.');
  const activity = await db.activity.findUnique({
    where: { id: activityId },
    select: {
      id: true,
      courseId: true,
      type: true,
      name: true,
      visible: true,
      hideWhenRestricted: true,
      restrictionAggregation: true,
      course: { select: { id: true, fullName: true, ownerTeamId: true } },
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
  if (!activity) throw new NotFoundError('We could not find that activity.');
  await assertCanViewCourse(viewer, activity.courseId);
  const manages = canManageCourse(viewer, activity.course);
  if (!activity.visible && !manages) throw new NotFoundError('We could not find that activity.');
  const enrolment = await db.enrolment.findUnique({
    where: { userId_courseId: { userId: viewer.id, courseId: activity.courseId } },
    select: { status: true, source: true },
  });
  const enrolled = enrolment?.status === 'ACTIVE';
  const programLock =
    enrolled && !manages
      ? await courseLockFor(viewer.id, activity.courseId, { enrolmentSource: enrolment!.source })
      : null;
  const restrictions = evaluateRestrictions(
    activity.restrictions.map((r) => ({
      requiredActivityName: r.requiredActivity.name,
      requirement: r.requirement,
      state: r.requiredActivity.completions[0]?.state ?? null,
    })),
    activity.restrictionAggregation,
  );
  if (!restrictions.available && activity.hideWhenRestricted && !manages) {
    throw new NotFoundError('We could not find that activity.');
  }
  const lockedReasons = [
    ...(enrolled ? [] : [NOT_ENROLLED]),
    ...(programLock ? [programLock.message] : []),
    ...restrictions.lockedReasons,
  ];
  return {
    activity: { id: activity.id, courseId: activity.courseId, type: activity.type, name: activity.name },
    course: { id: activity.course.id, fullName: activity.course.fullName },
    enrolled,
    available: enrolled && restrictions.available && !programLock,
    restrictionsMet: restrictions.available,
    lockedReasons,
  };
}

/** The viewer's own completion status for a course ("Why isn't this complete?"). */
export async function getOwnCourseEvaluation(viewer: Viewer, courseId: number): Promise<CourseEvaluation> {
  await assertCanViewCourse(viewer, courseId);
  return evaluateCourseForUser(db, viewer.id, courseId);
}

/**
 * Whether a learner's restrictions on an activity are met, for jobs (no viewer, so no visibility check: the
 * caller has already established the person is on the course). "unsafe": never for a request's own reads.
 */
export async function unsafeRestrictionsMetFor(userId: number, activityId: number): Promise<boolean> {
  const activity = await db.activity.findUnique({
    where: { id: activityId },
    select: {
      restrictionAggregation: true,
      restrictions: {
        select: {
          requirement: true,
          requiredActivity: { select: { name: true, completions: { where: { userId }, select: { state: true } } } },
        },
      },
    },
  });
  if (!activity) return false;
  return evaluateRestrictions(
    activity.restrictions.map((r) => ({
      requiredActivityName: r.requiredActivity.name,
      requirement: r.requirement,
      state: r.requiredActivity.completions[0]?.state ?? null,
    })),
    activity.restrictionAggregation,
  ).available;
}
