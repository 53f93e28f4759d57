// Everything the course page shows, for one viewer, from a fixed handful of queries: the course with the viewer's
// enrolment and completion rows (one statement), its category trail, the program lock and the completion criteria.
import type { Viewer } from '@/lib/auth/viewer';
import { canManageCourse } from '@/lib/auth/course-manager';
import { evaluateCourseForUser, type CourseEvaluation } from '@/lib/completion/engine';
import { evaluateRestrictions } from '@/lib/completion/rules';
import { db } from '@/lib/db';
import { selfEnrolmentBlock } from '@/lib/enrolment/rules';
import { NotFoundError } from '@/lib/errors';
import { programLockForCourse, type ProgramLock } from '@/lib/programs/access';
import type {
  ActivityCompletionState,
  ActivityType,
  CompletionMode,
  EnrolmentMethodType,
  EnrolmentSource,
} from '@/lib/generated/prisma/enums';
import { getCategoryTrail, type Crumb } from './categories';
import { courseVisibleWhere } from './visibility';

export type CourseActivityRow = {
  id: number;
  type: ActivityType;
  name: string;
  sectionName: string | null;
  descriptionHtml: string | null;
  completionMode: CompletionMode;
  state: ActivityCompletionState | null;
  available: boolean;
  lockedReasons: string[];
  hiddenFromLearners: boolean;
};

export type CoursePage = {
  course: {
    id: number;
    shortName: string;
    fullName: string;
    summary: string;
    aim: string | null;
    audienceText: string | null;
    lengthText: string | null;
    costPence: number | null;
    format: string;
    overviewHtml: string | null;
    instructionsHtml: string | null;
    smeName: string | null;
    ownerTeamName: string | null;
    contactText: string | null;
    contactEmail: string | null;
    lastReviewedAt: Date | null;
    updatedAt: Date;
    shareEnabled: boolean;
    completionEnabled: boolean;
    archived: boolean;
  };
  trail: Crumb[];
  canManage: boolean;
  enrolment: {
    source: EnrolmentSource;
    enrolledAt: Date;
    programName: string | null;
    programKind: string | null;
  } | null;
  /** Self-enrolment the viewer may use now, and why not when blocked. */
  selfEnrol: { method: EnrolmentMethodType; welcomeText: string | null; blockedReason: string | null } | null;
  activities: CourseActivityRow[];
  completion: (CourseEvaluation & { status: string; storedPercent: number; timeCompleted: Date | null }) | null;
  hasSelfCriterion: boolean;
  /** A program the viewer is assigned to holds the course in a set that is not open yet (THEN). */
  programLock: ProgramLock | null;
};

/** The course page for the viewer; NotFoundError when they may not see it. */
export async function getCoursePage(viewer: Viewer, courseId: number, now: Date = new Date()): Promise<CoursePage> {
  if (!Number.isInteger(courseId) || courseId <= 0) throw new NotFoundError('We could not find that course.');
  const course = await db.course.findFirst({
    where: { AND: [{ id: courseId }, courseVisibleWhere(viewer)] },
    select: {
      id: true,
      shortName: true,
      fullName: true,
      summary: true,
      aim: true,
      audienceText: true,
      lengthText: true,
      costPence: true,
      format: true,
      overviewHtml: true,
      instructionsHtml: true,
      smeName: true,
      contactText: true,
      contactEmail: true,
      lastReviewedAt: true,
      updatedAt: true,
      shareEnabled: true,
      completionEnabled: true,
      archivedAt: true,
      categoryId: true,
      ownerTeamId: true,
      ownerTeam: { select: { name: true } },
      enrolmentMethods: {
        where: { enabled: true, type: { in: ['SELF_BEFORE_CONTENT', 'SELF_AFTER_VIEW'] } },
        orderBy: { sortOrder: 'asc' },
        select: {
          id: true,
          type: true,
          startsAt: true,
          endsAt: true,
          maxEnrolled: true,
          audienceId: true,
          welcomeText: true,
        },
      },
      activities: {
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          type: true,
          name: true,
          sectionName: true,
          descriptionHtml: true,
          visible: true,
          completionMode: true,
          hideWhenRestricted: true,
          restrictionAggregation: true,
          restrictions: { select: { requiredActivityId: true, requirement: true } },
          completions: { where: { userId: viewer.id }, select: { state: true } },
        },
      },
      criteria: { where: { type: 'SELF' }, select: { id: true } },
      // The viewer's own rows, in the same statement (relation joins).
      enrolments: {
        where: { userId: viewer.id },
        select: {
          status: true,
          source: true,
          enrolledAt: true,
          sourceProgram: { select: { fullName: true, kind: true } },
        },
      },
      completions: {
        where: { userId: viewer.id },
        select: { status: true, progressPercent: true, timeCompleted: true },
      },
    },
  });
  if (!course) throw new NotFoundError('We could not find that course.');
  const canManage = canManageCourse(viewer, course);

  const enrolment = course.enrolments[0] ?? null;
  const completionRow = course.completions[0] ?? null;
  const completions = course.activities.flatMap((a) =>
    a.completions.map((c) => ({ activityId: a.id, state: c.state })),
  );
  const enrolled = enrolment?.status === 'ACTIVE';
  const [trail, programLock] = await Promise.all([
    getCategoryTrail(course.categoryId),
    canManage
      ? null
      : programLockForCourse(viewer.id, courseId, { enrolmentSource: enrolled ? enrolment!.source : null }),
  ]);

  const stateOf = new Map(completions.map((c) => [c.activityId, c.state]));
  const nameOf = new Map(course.activities.map((a) => [a.id, a.name]));
  const activities: CourseActivityRow[] = [];
  for (const a of course.activities) {
    if (!a.visible && !canManage) continue;
    const restrictions = evaluateRestrictions(
      a.restrictions.map((r) => ({
        requiredActivityName: nameOf.get(r.requiredActivityId) ?? 'another activity',
        requirement: r.requirement,
        state: stateOf.get(r.requiredActivityId) ?? null,
      })),
      a.restrictionAggregation,
    );
    if (!restrictions.available && a.hideWhenRestricted && !canManage) continue;
    activities.push({
      id: a.id,
      type: a.type,
      name: a.name,
      sectionName: a.sectionName,
      descriptionHtml: a.descriptionHtml,
      completionMode: a.completionMode,
      state: stateOf.get(a.id) ?? null,
      available: enrolled && restrictions.available && !programLock,
      lockedReasons: programLock ? [programLock.message, ...restrictions.lockedReasons] : restrictions.lockedReasons,
      hiddenFromLearners: !a.visible,
    });
  }

  let selfEnrol: CoursePage['selfEnrol'] = null;
  if (!enrolled && course.enrolmentMethods.length > 0) {
    const method = course.enrolmentMethods[0]!;
    const needsCounts = method.maxEnrolled != null || method.audienceId != null;
    const [enrolledCount, inAudience] = needsCounts
      ? await Promise.all([
          method.maxEnrolled != null ? db.enrolment.count({ where: { methodId: method.id } }) : 0,
          method.audienceId != null
            ? db.audienceMember
                .count({ where: { audienceId: method.audienceId, userId: viewer.id } })
                .then((n) => n > 0)
            : true,
        ])
      : [0, true];
    selfEnrol = {
      method: method.type,
      welcomeText: method.welcomeText,
      blockedReason:
        programLock?.message ??
        selfEnrolmentBlock({ ...method, enrolledCount, inAudience, archived: course.archivedAt !== null }, now),
    };
  }

  let completion: CoursePage['completion'] = null;
  if (completionRow) {
    const evaluation = await evaluateCourseForUser(db, viewer.id, courseId, now);
    completion = {
      ...evaluation,
      status: completionRow.status,
      storedPercent: completionRow.progressPercent,
      timeCompleted: completionRow.timeCompleted,
    };
  }

  return {
    course: {
      id: course.id,
      shortName: course.shortName,
      fullName: course.fullName,
      summary: course.summary,
      aim: course.aim,
      audienceText: course.audienceText,
      lengthText: course.lengthText,
      costPence: course.costPence,
      format: course.format,
      overviewHtml: course.overviewHtml,
      instructionsHtml: course.instructionsHtml,
      smeName: course.smeName,
      ownerTeamName: course.ownerTeam?.name ?? null,
      contactText: course.contactText,
      contactEmail: course.contactEmail,
      lastReviewedAt: course.lastReviewedAt,
      updatedAt: course.updatedAt,
      shareEnabled: course.shareEnabled,
      completionEnabled: course.completionEnabled,
      archived: course.archivedAt !== null,
    },
    trail,
    canManage,
    enrolment: enrolled
      ? {
          source: enrolment!.source,
          enrolledAt: enrolment!.enrolledAt,
          programName: enrolment!.sourceProgram?.fullName ?? null,
          programKind: enrolment!.sourceProgram?.kind ?? null,
        }
      : null,
    selfEnrol,
    activities,
    completion,
    hasSelfCriterion: course.criteria.length > 0,
    programLock,
  };
}
