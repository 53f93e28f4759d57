/** @jest-environment node */
import { getCoursePage } from '@/lib/catalogue/course-page';
import { db } from '@/lib/db';
import { adminEnrolUsers, adminUnenrol, selfEnrol } from '@/lib/enrolment/commands';
import { isEnrolled } from '@/lib/enrolment/queries';
import { ForbiddenError, NotFoundError, UserError, ValidationError } from '@/lib/errors';
import { makeActivity, makeAudience, makeCourse, makeLdAdmin, makeLearner, makeTeam } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

beforeAll(resetDb);
afterAll(disconnect);

async function courseWith(
  method: 'SELF_BEFORE_CONTENT' | 'SELF_AFTER_VIEW',
  over: Parameters<typeof makeCourse>[0] = {},
  methodOver: object = {},
) {
  const course = await makeCourse(over);
  await db.enrolmentMethod.create({ data: { courseId: course.id, type: method, ...methodOver } });
  return course;
}

describe('self enrolment', () => {
  it('"Enter" and "Enrol" enrol the learner and create the record; the course page unlocks', async () => {
    const { viewer } = await makeLearner();
    const course = await courseWith('SELF_AFTER_VIEW');
    const activity = await makeActivity(course.id, { name: 'Welcome' });
    const before = await getCoursePage(viewer, course.id);
    expect(before.enrolment).toBeNull();
    expect(before.selfEnrol).toMatchObject({ method: 'SELF_AFTER_VIEW', blockedReason: null });
    expect(before.activities[0]).toMatchObject({ id: activity.id, available: false });
    expect(before.completion).toBeNull();

    expect(await selfEnrol(viewer, { courseId: course.id, costAgreed: false })).toEqual({ created: true });
    const after = await getCoursePage(viewer, course.id);
    expect(after.enrolment).toMatchObject({ source: 'SELF', programName: null });
    expect(after.selfEnrol).toBeNull();
    expect(after.activities[0]).toMatchObject({ available: true, lockedReasons: [] });
    expect(after.completion).toMatchObject({ status: 'NOT_STARTED', aggregation: 'ALL', tracked: true });

    const enter = await courseWith('SELF_BEFORE_CONTENT');
    expect((await getCoursePage(viewer, enter.id)).selfEnrol?.method).toBe('SELF_BEFORE_CONTENT');
    await selfEnrol(viewer, { courseId: enter.id, costAgreed: false });
    expect(await isEnrolled(viewer.id, enter.id)).toBe(true);
  });

  it('asks for the spend to be agreed on a priced course', async () => {
    const { viewer } = await makeLearner();
    const course = await courseWith('SELF_AFTER_VIEW', { costPence: 13500 });
    await expect(selfEnrol(viewer, { courseId: course.id, costAgreed: false })).rejects.toBeInstanceOf(ValidationError);
    expect(await isEnrolled(viewer.id, course.id)).toBe(false);
    await selfEnrol(viewer, { courseId: course.id, costAgreed: true });
    expect(await isEnrolled(viewer.id, course.id)).toBe(true);
  });

  it('refuses courses without self enrolment, hidden courses, closed windows and non-members', async () => {
    const { viewer } = await makeLearner();
    const manualOnly = await makeCourse();
    await expect(selfEnrol(viewer, { courseId: manualOnly.id, costAgreed: true })).rejects.toThrow(
      'cannot enrol yourself',
    );
    const hidden = await courseWith('SELF_AFTER_VIEW', { visibility: 'HIDDEN' });
    await expect(selfEnrol(viewer, { courseId: hidden.id, costAgreed: true })).rejects.toBeInstanceOf(NotFoundError);
    const closed = await courseWith('SELF_AFTER_VIEW', {}, { endsAt: new Date(Date.now() - 1000) });
    await expect(selfEnrol(viewer, { courseId: closed.id, costAgreed: true })).rejects.toThrow('closed');
    const audience = await makeAudience([]);
    const members = await courseWith('SELF_AFTER_VIEW', {}, { audienceId: audience.id });
    await expect(selfEnrol(viewer, { courseId: members.id, costAgreed: true })).rejects.toBeInstanceOf(UserError);
    await db.audienceMember.create({ data: { audienceId: audience.id, userId: viewer.id } });
    await selfEnrol(viewer, { courseId: members.id, costAgreed: true });
    expect(await isEnrolled(viewer.id, members.id)).toBe(true);
  });

  it('never overshoots a self-enrolment limit under parallel requests', async () => {
    const course = await courseWith('SELF_AFTER_VIEW', {}, { maxEnrolled: 3 });
    const learners = await Promise.all(Array.from({ length: 8 }, () => makeLearner()));
    const results = await Promise.allSettled(
      learners.map(({ viewer }) => selfEnrol(viewer, { courseId: course.id, costAgreed: false })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(await db.enrolment.count({ where: { courseId: course.id } })).toBe(3);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected.every((r) => String(r.reason.message).includes('full'))).toBe(true);
  });

  it('shows the program that enrolled the learner', async () => {
    const { user, viewer } = await makeLearner();
    const course = await makeCourse({ visibility: 'RESTRICTED' });
    const program = await db.program.create({
      data: { shortName: 'DP2', fullName: 'HCC Mandatory - Data Protection 2 year', kind: 'CERTIFICATION' },
    });
    await db.enrolment.create({
      data: { userId: user.id, courseId: course.id, source: 'CERTIFICATION', sourceProgramId: program.id },
    });
    await db.courseCompletion.create({ data: { userId: user.id, courseId: course.id } });
    expect((await getCoursePage(viewer, course.id)).enrolment).toMatchObject({
      programName: 'HCC Mandatory - Data Protection 2 year',
      programKind: 'CERTIFICATION',
    });
  });
});

describe('admin enrolment', () => {
  it('lets the owner team enrol and unenrol people, and nobody else', async () => {
    const team = await makeTeam();
    const course = await makeCourse({ ownerTeamId: team.id });
    const { viewer: admin } = await makeLdAdmin(team.id);
    const { viewer: otherAdmin } = await makeLdAdmin((await makeTeam()).id);
    const { viewer: learner } = await makeLearner();
    const { user: a } = await makeLearner();
    const { user: b } = await makeLearner();

    await expect(adminEnrolUsers(learner, course.id, [a.username])).rejects.toBeInstanceOf(ForbiddenError);
    await expect(adminEnrolUsers(otherAdmin, course.id, [a.username])).rejects.toBeInstanceOf(ForbiddenError);
    await expect(adminEnrolUsers(admin, course.id, [a.username, 'nobody.here'])).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await isEnrolled(a.id, course.id)).toBe(false);

    expect(await adminEnrolUsers(admin, course.id, [a.username, b.username, a.username])).toEqual({
      enrolled: 2,
      alreadyEnrolled: 0,
      unknown: [],
    });
    expect(await adminEnrolUsers(admin, course.id, [a.username])).toEqual({
      enrolled: 0,
      alreadyEnrolled: 1,
      unknown: [],
    });
    const enrolment = await db.enrolment.findUniqueOrThrow({
      where: { userId_courseId: { userId: a.id, courseId: course.id } },
    });
    expect(enrolment).toMatchObject({ source: 'MANUAL', createdById: admin.id });

    await expect(adminUnenrol(otherAdmin, course.id, a.id)).rejects.toBeInstanceOf(ForbiddenError);
    await adminUnenrol(admin, course.id, a.id);
    expect(await isEnrolled(a.id, course.id)).toBe(false);
    expect(await db.courseCompletion.count({ where: { userId: a.id, courseId: course.id } })).toBe(0);
    await expect(adminUnenrol(admin, course.id, a.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
