// Enrolment writes used by every capability that enrols people (self, admin, programs, certifications).
import type { Viewer } from '@/lib/auth/viewer';
import { requireCourseManager } from '@/lib/auth/course-manager';
import { assertCanViewCourse } from '@/lib/catalogue/queries';
import { peopleWhoMayFindCourseWhere } from '@/lib/catalogue/visibility';
import { db } from '@/lib/db';
import { NotFoundError, UserError, ValidationError } from '@/lib/errors';
import { programLockForCourse } from '@/lib/programs/access';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { EnrolmentSource } from '@/lib/generated/prisma/enums';
import { needsCostConfirmation, selfEnrolmentBlock } from './rules';

type Client = Prisma.TransactionClient | PrismaClient;

export type EnsureEnrolledInput = {
  userId: number;
  courseId: number;
  source: EnrolmentSource;
  sourceProgramId?: number;
  createdById?: number;
  methodId?: number;
};

/**
 * Enrols the person once (the unique userId+courseId makes a double click or parallel calls harmless) and
 * creates their Record of Learning entry. A suspended enrolment is made active again. Returns whether this
 * call created the enrolment.
 */
export async function ensureEnrolled(tx: Client, input: EnsureEnrolledInput): Promise<{ created: boolean }> {
  const inserted = await tx.enrolment.createMany({
    data: [
      {
        userId: input.userId,
        courseId: input.courseId,
        source: input.source,
        sourceProgramId: input.sourceProgramId ?? null,
        createdById: input.createdById ?? null,
        methodId: input.methodId ?? null,
      },
    ],
    skipDuplicates: true,
  });
  if (inserted.count === 0) {
    await tx.enrolment.updateMany({
      where: { userId: input.userId, courseId: input.courseId, status: 'SUSPENDED' },
      data: { status: 'ACTIVE' },
    });
  }
  await tx.courseCompletion.createMany({
    data: [{ userId: input.userId, courseId: input.courseId }],
    skipDuplicates: true,
  });
  return { created: inserted.count > 0 };
}

/**
 * The learner enrols themselves ("Enter" or "Enrol"). Checks visibility, the method's window, audience and
 * limit, and the cost confirmation. The method row is locked so a limit cannot be overshot by parallel calls.
 */
export async function selfEnrol(
  viewer: Viewer,
  input: { courseId: number; costAgreed: boolean },
  now: Date = new Date(),
): Promise<{ created: boolean }> {
  await assertCanViewCourse(viewer, input.courseId);
  return db.$transaction((tx) => selfEnrolInTransaction(tx, viewer, input, now));
}

/**
 * The checks and write of self-enrolment inside the caller's transaction (the viewer may already see the course),
 * so another command can enrol as part of its own work, e.g. a workshop sign-up, all or nothing.
 */
export async function selfEnrolInTransaction(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  input: { courseId: number; costAgreed: boolean },
  now: Date = new Date(),
): Promise<{ created: boolean }> {
  const course = await tx.course.findUnique({
    where: { id: input.courseId },
    select: { costPence: true, archivedAt: true },
  });
  if (!course) throw new NotFoundError('We could not find that course.');
  const existing = await tx.enrolment.findUnique({
    where: { userId_courseId: { userId: viewer.id, courseId: input.courseId } },
    select: { status: true },
  });
  if (existing?.status === 'ACTIVE') return { created: false };
  // A course in a later set of the learner's program opens only when the sets before it are done.
  const lock = await programLockForCourse(viewer.id, input.courseId, { enrolmentSource: null, client: tx });
  if (lock) throw new UserError(lock.message);
  const methods = await tx.$queryRaw<
    {
      id: number;
      startsAt: Date | null;
      endsAt: Date | null;
      maxEnrolled: number | null;
      audienceId: number | null;
    }[]
  >`SELECT "id", "startsAt", "endsAt", "maxEnrolled", "audienceId" FROM "EnrolmentMethod"
    WHERE "courseId" = ${input.courseId} AND "enabled" AND "type" IN ('SELF_BEFORE_CONTENT', 'SELF_AFTER_VIEW')
    ORDER BY "sortOrder" LIMIT 1 FOR UPDATE`;
  const method = methods[0];
  if (!method) throw new UserError('You cannot enrol yourself on this course. Contact the course team to be enrolled.');
  const [enrolledCount, inAudience] = await Promise.all([
    method.maxEnrolled != null ? tx.enrolment.count({ where: { methodId: method.id } }) : Promise.resolve(0),
    method.audienceId != null
      ? tx.audienceMember.count({ where: { audienceId: method.audienceId, userId: viewer.id } }).then((n) => n > 0)
      : Promise.resolve(true),
  ]);
  const blocked = selfEnrolmentBlock(
    { ...method, enrolledCount, inAudience, archived: course.archivedAt !== null },
    now,
  );
  if (blocked) throw new UserError(blocked);
  if (needsCostConfirmation(course.costPence) && !input.costAgreed) {
    throw new ValidationError({ costAgreed: 'Confirm that the spend has been agreed before you enrol' });
  }
  return ensureEnrolled(tx, { userId: viewer.id, courseId: input.courseId, source: 'SELF', methodId: method.id });
}

/** "Ann Lee (ann.lee)", for messages that list people. */
const personLabel = (u: { firstName: string; lastName: string; username: string }) =>
  `${u.firstName} ${u.lastName} (${u.username})`;

/**
 * An L&D admin enrols people by username. Unknown usernames are reported, nothing else is changed for them.
 * Someone the course is not open to (a restricted course outside their organisation and audiences) is enrolled
 * only with `enrolAnyway`; otherwise nobody is enrolled and the refusal names them. Hidden courses are given by
 * enrolment, so they are not warned about.
 */
export async function adminEnrolUsers(
  viewer: Viewer,
  courseId: number,
  usernames: string[],
  options: { enrolAnyway?: boolean } = {},
): Promise<{ enrolled: number; alreadyEnrolled: number; unknown: string[] }> {
  await requireCourseManager(viewer, courseId);
  const wanted = [...new Set(usernames.map((u) => u.trim()).filter(Boolean))];
  const users = await db.user.findMany({
    where: { username: { in: wanted }, status: 'ACTIVE' },
    select: { id: true, username: true, firstName: true, lastName: true },
  });
  const found = new Set(users.map((u) => u.username));
  const unknown = wanted.filter((u) => !found.has(u));
  if (unknown.length > 0) {
    throw new ValidationError({ usernames: `We could not find these usernames: ${unknown.join(', ')}` });
  }
  if (!options.enrolAnyway) {
    const outsiders = await peopleWhoCannotFindCourse(
      courseId,
      users.map((u) => u.id),
    );
    if (outsiders.length > 0) {
      const who = outsiders.map(personLabel).join(', ');
      const warning =
        outsiders.length === 1
          ? `${who} is not in the organisations or audiences this course is open to, so they cannot find it in Find Learning. Nobody has been enrolled yet: tick "Enrol anyway" to enrol them, and the course will show in their My Learning.`
          : `${outsiders.length} people are not in the organisations or audiences this course is open to, so they cannot find it in Find Learning: ${who}. Nobody has been enrolled yet: tick "Enrol anyway" to enrol them, and the course will show in their My Learning.`;
      throw new ValidationError({ enrolAnyway: warning }, 'Nobody has been enrolled yet.');
    }
  }
  let enrolled = 0;
  await db.$transaction(async (tx) => {
    for (const user of users) {
      const { created } = await ensureEnrolled(tx, {
        userId: user.id,
        courseId,
        source: 'MANUAL',
        createdById: viewer.id,
      });
      if (created) enrolled += 1;
    }
  });
  return { enrolled, alreadyEnrolled: users.length - enrolled, unknown };
}

/** Of these people, those not yet enrolled who could not find the course themselves (restricted courses only). */
async function peopleWhoCannotFindCourse(courseId: number, userIds: number[]) {
  const course = await db.course.findUnique({
    where: { id: courseId },
    select: { id: true, visibility: true, archivedAt: true },
  });
  if (!course || course.visibility !== 'RESTRICTED' || userIds.length === 0) return [];
  return db.user.findMany({
    where: {
      id: { in: userIds },
      enrolments: { none: { courseId, status: 'ACTIVE' } },
      NOT: peopleWhoMayFindCourseWhere(course),
    },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
    select: { firstName: true, lastName: true, username: true },
  });
}

/**
 * An L&D admin removes someone from a course. Their Record of Learning entry is kept once they have made
 * progress; an untouched entry is removed with the enrolment.
 */
export async function adminUnenrol(viewer: Viewer, courseId: number, userId: number): Promise<void> {
  await requireCourseManager(viewer, courseId);
  await db.$transaction(async (tx) => {
    const removed = await tx.enrolment.deleteMany({ where: { courseId, userId } });
    if (removed.count === 0) throw new NotFoundError('That person is not enrolled on this course.');
    await tx.courseCompletion.deleteMany({ where: { courseId, userId, status: 'NOT_STARTED' } });
  });
}
