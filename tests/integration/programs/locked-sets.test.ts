/** @jest-environment node */
// Issue 11 item 2: sets joined by THEN lock later sets. A course only in a locked set says why on its page, and
// self-enrolment, opening or ticking its activities and marking it complete are refused until the earlier set is
// done; then it opens. People enrolled another way, people not assigned, and a completed course are not locked.
import { getCoursePage } from '@/lib/catalogue/course-page';
import { markOwnCourseComplete, setOwnActivityCompletion } from '@/lib/completion/commands';
import { getActivityAccess } from '@/lib/completion/queries';
import { db } from '@/lib/db';
import { selfEnrol } from '@/lib/enrolment/commands';
import { UserError } from '@/lib/errors';
import { programLockForCourse } from '@/lib/programs/access';
import { unsafeSyncProgramAssignments } from '@/lib/programs/assignments';
import { registerSubscribers } from '@/lib/subscribers';
import { enrol, makeActivity, makeCourse, makeLearner } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

beforeAll(async () => {
  await resetDb();
  registerSubscribers(); // the program lock reaches the completion layer through its registry
});
afterAll(disconnect);

async function world() {
  const [welcome, ict, optionalLater] = [
    await makeCourse({ fullName: 'Welcome to HCC' }),
    await makeCourse({ fullName: 'ICT and Information Security' }),
    await makeCourse({ fullName: 'Time management' }),
  ];
  await db.enrolmentMethod.create({ data: { courseId: optionalLater.id, type: 'SELF_AFTER_VIEW' } });
  await db.courseCriterion.create({ data: { courseId: ict.id, type: 'SELF' } });
  const activity = await makeActivity(ict.id, { completionMode: 'MANUAL', requireView: false });
  const program = await db.program.create({
    data: {
      shortName: `IND-${ict.id}`,
      fullName: 'Hertfordshire Induction',
      courseSets: {
        create: [
          { label: 'Week one', sortOrder: 0, nextOperator: 'THEN', courses: { create: [{ courseId: welcome.id }] } },
          {
            label: 'Week two',
            sortOrder: 1,
            courses: { create: [{ courseId: ict.id }, { courseId: optionalLater.id, sortOrder: 1 }] },
          },
        ],
      },
    },
  });
  const { user, viewer } = await makeLearner();
  await db.programAssignment.create({ data: { programId: program.id, type: 'INDIVIDUAL', userId: user.id } });
  // optionalLater is not enrolled by the sync in this test: the learner must find and enrol on it themselves.
  await unsafeSyncProgramAssignments({ programId: program.id });
  await db.enrolment.deleteMany({ where: { userId: user.id, courseId: optionalLater.id } });
  return { welcome, ict, optionalLater, activity, program, viewer };
}

it('locks the later set with a reason until the earlier set is complete', async () => {
  const w = await world();
  const page = await getCoursePage(w.viewer, w.ict.id);
  expect(page.enrolment).toMatchObject({ source: 'PROGRAM', programName: 'Hertfordshire Induction' });
  expect(page.programLock).toMatchObject({ programId: w.program.id, waitingFor: ['Week one'] });
  expect(page.programLock?.message).toBe(
    'This course is locked. It opens when you have completed the sets before it in the program Hertfordshire Induction (still to do: Week one).',
  );
  expect(page.activities[0]).toMatchObject({ available: false, lockedReasons: [page.programLock!.message] });

  const access = await getActivityAccess(w.viewer, w.activity.id);
  expect(access).toMatchObject({ enrolled: true, available: false });
  await expect(setOwnActivityCompletion(w.viewer, w.activity.id, true)).rejects.toThrow(page.programLock!.message);
  await expect(markOwnCourseComplete(w.viewer, w.ict.id)).rejects.toThrow(UserError);
  expect((await getCoursePage(w.viewer, w.optionalLater.id)).selfEnrol?.blockedReason).toBe(page.programLock!.message);
  await expect(selfEnrol(w.viewer, { courseId: w.optionalLater.id, costAgreed: false })).rejects.toThrow(
    page.programLock!.message,
  );
  expect(await db.enrolment.count({ where: { userId: w.viewer.id, courseId: w.optionalLater.id } })).toBe(0);
  // The first set is open.
  expect((await getCoursePage(w.viewer, w.welcome.id)).programLock).toBeNull();

  // Completing week one opens week two.
  await db.courseCompletion.update({
    where: { userId_courseId: { userId: w.viewer.id, courseId: w.welcome.id } },
    data: { status: 'COMPLETE', progressPercent: 100, timeCompleted: new Date() },
  });
  expect((await getCoursePage(w.viewer, w.ict.id)).programLock).toBeNull();
  expect(await getActivityAccess(w.viewer, w.activity.id)).toMatchObject({ available: true });
  await setOwnActivityCompletion(w.viewer, w.activity.id, true);
  expect(await selfEnrol(w.viewer, { courseId: w.optionalLater.id, costAgreed: false })).toEqual({ created: true });
});

it('does not lock people enrolled another way, people not assigned, or a course already complete', async () => {
  const w = await world();
  const { viewer: outsider } = await makeLearner();
  await enrol(outsider.id, w.ict.id);
  expect(await programLockForCourse(outsider.id, w.ict.id)).toBeNull();

  // Enrolled by themselves before the program reached them: their enrolment stays theirs.
  await db.enrolment.update({
    where: { userId_courseId: { userId: w.viewer.id, courseId: w.ict.id } },
    data: { source: 'SELF' },
  });
  expect(await programLockForCourse(w.viewer.id, w.ict.id)).toBeNull();
  await db.enrolment.update({
    where: { userId_courseId: { userId: w.viewer.id, courseId: w.ict.id } },
    data: { source: 'PROGRAM' },
  });
  expect(await programLockForCourse(w.viewer.id, w.ict.id)).not.toBeNull();
  await db.courseCompletion.update({
    where: { userId_courseId: { userId: w.viewer.id, courseId: w.ict.id } },
    data: { status: 'COMPLETE', progressPercent: 100, timeCompleted: new Date() },
  });
  expect(await programLockForCourse(w.viewer.id, w.ict.id)).toBeNull();
});
