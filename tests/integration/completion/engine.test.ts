/** @jest-environment node */
import { setOwnActivityCompletion, markOwnCourseComplete } from '@/lib/completion/commands';
import { courseCompletedSubscriber, courseResetSubscriber, subscribe } from '@/lib/completion/events';
import { recordActivityFacts } from '@/lib/completion/facts';
import { resetCourseForUser } from '@/lib/course-reset/commands';
import { getActivityAccess, getOwnCourseEvaluation } from '@/lib/completion/queries';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { enrol, makeActivity, makeCourse, makeLearner, makeTeam, makeLdAdmin } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

beforeAll(resetDb);
afterAll(disconnect);

async function courseCompletion(userId: number, courseId: number) {
  return db.courseCompletion.findUniqueOrThrow({ where: { userId_courseId: { userId, courseId } } });
}

describe('recordActivityFacts', () => {
  it('completes a course with ALL criteria only when every activity is done, and emits one event', async () => {
    const { user } = await makeLearner();
    const course = await makeCourse();
    const page = await makeActivity(course.id, { name: 'Read the policy' });
    const quiz = await makeActivity(course.id, {
      type: 'QUIZ',
      name: 'Policy quiz',
      requireView: false,
      requirePassingGrade: true,
    });
    await db.courseCriterion.createMany({
      data: [
        { courseId: course.id, type: 'ACTIVITY', activityId: page.id, sortOrder: 1 },
        { courseId: course.id, type: 'ACTIVITY', activityId: quiz.id, sortOrder: 2 },
      ],
    });
    await enrol(user.id, course.id);
    const events: number[] = [];
    const off = subscribe(
      courseCompletedSubscriber('test.all-criteria', async (tx, e) => {
        // Handlers run inside the completing transaction.
        const row = await tx.courseCompletion.findUniqueOrThrow({
          where: { userId_courseId: { userId: e.userId, courseId: e.courseId } },
        });
        expect(row.status).toBe('COMPLETE');
        events.push(e.courseId);
      }),
    );
    try {
      const first = await recordActivityFacts(db, { userId: user.id, activityId: page.id, facts: { viewed: true } });
      expect(first).toEqual({ state: 'COMPLETE', courseCompleted: false });
      expect(await courseCompletion(user.id, course.id)).toMatchObject({ status: 'IN_PROGRESS', progressPercent: 50 });

      const fail = await recordActivityFacts(db, {
        userId: user.id,
        activityId: quiz.id,
        facts: { grade: { percent: 30, passed: false } },
      });
      expect(fail).toEqual({ state: 'COMPLETE_FAIL', courseCompleted: false });
      expect((await courseCompletion(user.id, course.id)).progressPercent).toBe(50);

      const pass = await recordActivityFacts(db, {
        userId: user.id,
        activityId: quiz.id,
        facts: { grade: { percent: 90, passed: true } },
      });
      expect(pass).toEqual({ state: 'COMPLETE_PASS', courseCompleted: true });
      const done = await courseCompletion(user.id, course.id);
      expect(done).toMatchObject({ status: 'COMPLETE', progressPercent: 100 });
      expect(done.timeCompleted).toBeInstanceOf(Date);

      // Later results never un-complete the course nor emit again.
      const again = await recordActivityFacts(db, {
        userId: user.id,
        activityId: quiz.id,
        facts: { grade: { percent: 10, passed: false } },
      });
      expect(again.courseCompleted).toBe(false);
      expect((await courseCompletion(user.id, course.id)).status).toBe('COMPLETE');
      expect(events).toEqual([course.id]);
    } finally {
      off();
    }
  });

  it('completes an ANY course with one criterion', async () => {
    const { user } = await makeLearner();
    const course = await makeCourse({ completionAggregation: 'ANY' });
    const a = await makeActivity(course.id);
    const b = await makeActivity(course.id);
    await db.courseCriterion.createMany({
      data: [
        { courseId: course.id, type: 'ACTIVITY', activityId: a.id },
        { courseId: course.id, type: 'ACTIVITY', activityId: b.id },
      ],
    });
    await enrol(user.id, course.id);
    const result = await recordActivityFacts(db, { userId: user.id, activityId: b.id, facts: { viewed: true } });
    expect(result.courseCompleted).toBe(true);
  });

  it('uses the tracked activities when a course has no explicit criteria', async () => {
    const { user } = await makeLearner();
    const course = await makeCourse();
    const a = await makeActivity(course.id);
    await makeActivity(course.id, { completionMode: 'NONE' });
    const b = await makeActivity(course.id);
    await enrol(user.id, course.id);
    await recordActivityFacts(db, { userId: user.id, activityId: a.id, facts: { viewed: true } });
    expect((await courseCompletion(user.id, course.id)).progressPercent).toBe(50);
    expect(
      (await recordActivityFacts(db, { userId: user.id, activityId: b.id, facts: { viewed: true } })).courseCompleted,
    ).toBe(true);
  });

  it('never completes a course whose completion tracking is off', async () => {
    const { user } = await makeLearner();
    const course = await makeCourse({ completionEnabled: false });
    const a = await makeActivity(course.id);
    await enrol(user.id, course.id);
    const result = await recordActivityFacts(db, { userId: user.id, activityId: a.id, facts: { viewed: true } });
    expect(result).toEqual({ state: 'COMPLETE', courseCompleted: false });
    expect((await courseCompletion(user.id, course.id)).status).toBe('IN_PROGRESS');
  });

  it('completes a course that requires another course when that one completes', async () => {
    const { user } = await makeLearner();
    const first = await makeCourse({ fullName: 'Induction' });
    const activity = await makeActivity(first.id);
    const second = await makeCourse();
    await db.courseCriterion.create({ data: { courseId: second.id, type: 'COURSE', requiredCourseId: first.id } });
    await enrol(user.id, first.id);
    await enrol(user.id, second.id);
    await recordActivityFacts(db, { userId: user.id, activityId: activity.id, facts: { viewed: true } });
    expect((await courseCompletion(user.id, second.id)).status).toBe('COMPLETE');
  });

  it('runs inside the caller transaction and rolls back with it', async () => {
    const { user } = await makeLearner();
    const course = await makeCourse();
    const a = await makeActivity(course.id);
    await enrol(user.id, course.id);
    await expect(
      db.$transaction(async (tx) => {
        await recordActivityFacts(tx, { userId: user.id, activityId: a.id, facts: { viewed: true } });
        throw new Error('caller failed');
      }),
    ).rejects.toThrow('caller failed');
    expect((await courseCompletion(user.id, course.id)).status).toBe('NOT_STARTED');
    expect(await db.activityCompletion.count({ where: { userId: user.id } })).toBe(0);
  });

  it('completes the course exactly once when activities finish in parallel', async () => {
    const { user } = await makeLearner();
    const course = await makeCourse();
    const activities = await Promise.all([1, 2, 3, 4].map(() => makeActivity(course.id)));
    await enrol(user.id, course.id);
    let events = 0;
    const off = subscribe(
      courseCompletedSubscriber('test.parallel', async (_tx, e) => {
        if (e.courseId === course.id) events += 1;
      }),
    );
    try {
      const results = await Promise.all(
        activities.map((a) => recordActivityFacts(db, { userId: user.id, activityId: a.id, facts: { viewed: true } })),
      );
      expect(results.filter((r) => r.courseCompleted)).toHaveLength(1);
      expect(events).toBe(1);
      expect(await courseCompletion(user.id, course.id)).toMatchObject({ status: 'COMPLETE', progressPercent: 100 });
    } finally {
      off();
    }
  });
});

describe('resetCourseForUser', () => {
  it('archives the completion, clears progress and lets activity capabilities archive theirs', async () => {
    const { user } = await makeLearner();
    const course = await makeCourse();
    const a = await makeActivity(course.id);
    await enrol(user.id, course.id);
    await recordActivityFacts(db, { userId: user.id, activityId: a.id, facts: { viewed: true } });
    const completedAt = (await courseCompletion(user.id, course.id)).timeCompleted;
    const resets: string[] = [];
    const off = subscribe(
      courseResetSubscriber('test.reset', async (_tx, e) => {
        resets.push(`${e.courseId}:${e.reason}:${e.previousCompletedAt?.getTime()}`);
      }),
    );
    try {
      expect(await resetCourseForUser(db, { userId: user.id, courseId: course.id, reason: 'RECERTIFICATION' })).toEqual(
        { archived: true },
      );
    } finally {
      off();
    }
    expect(resets).toEqual([`${course.id}:RECERTIFICATION:${completedAt!.getTime()}`]);
    expect(await courseCompletion(user.id, course.id)).toMatchObject({
      status: 'NOT_STARTED',
      progressPercent: 0,
      timeCompleted: null,
    });
    expect(await db.activityCompletion.count({ where: { userId: user.id, activityId: a.id } })).toBe(0);
    const history = await db.courseCompletionHistory.findMany({ where: { userId: user.id, courseId: course.id } });
    expect(history).toHaveLength(1);
    expect(history[0]!.timeCompleted).toEqual(completedAt);

    // Complete again and reset again: both completions are kept.
    await recordActivityFacts(db, {
      userId: user.id,
      activityId: a.id,
      facts: { viewed: true },
      at: new Date(Date.now() + 1000),
    });
    await resetCourseForUser(db, { userId: user.id, courseId: course.id, reason: 'ADMIN_RESET' });
    expect(await db.courseCompletionHistory.count({ where: { userId: user.id, courseId: course.id } })).toBe(2);
  });

  it('archives nothing for a course that was not complete', async () => {
    const { user } = await makeLearner();
    const course = await makeCourse();
    await enrol(user.id, course.id);
    expect(await resetCourseForUser(db, { userId: user.id, courseId: course.id, reason: 'ADMIN_RESET' })).toEqual({
      archived: false,
    });
  });
});

describe('getActivityAccess', () => {
  it('locks an activity until its prerequisite is complete', async () => {
    const { user, viewer } = await makeLearner();
    const course = await makeCourse();
    const elearning = await makeActivity(course.id, { name: 'Data Protection eLearning 2021' });
    const quiz = await makeActivity(course.id, { type: 'QUIZ', name: 'Quiz' });
    await db.activityRestriction.create({ data: { activityId: quiz.id, requiredActivityId: elearning.id } });

    const before = await getActivityAccess(viewer, quiz.id);
    expect(before).toMatchObject({ enrolled: false, available: false });
    expect(before.lockedReasons).toContain('Enrol on this course to start this activity');

    await enrol(user.id, course.id);
    expect(await getActivityAccess(viewer, quiz.id)).toMatchObject({
      activity: { id: quiz.id, courseId: course.id, type: 'QUIZ', name: 'Quiz' },
      course: { id: course.id, fullName: course.fullName },
      enrolled: true,
      available: false,
      lockedReasons: ['Available after you complete Data Protection eLearning 2021'],
    });
    await recordActivityFacts(db, { userId: user.id, activityId: elearning.id, facts: { viewed: true } });
    expect(await getActivityAccess(viewer, quiz.id)).toMatchObject({ available: true, lockedReasons: [] });
  });

  it('hides activities of courses the viewer may not see, hidden activities and hidden-when-restricted ones', async () => {
    const { viewer } = await makeLearner();
    const restricted = await makeCourse({ visibility: 'RESTRICTED' });
    const a = await makeActivity(restricted.id);
    await expect(getActivityAccess(viewer, a.id)).rejects.toBeInstanceOf(NotFoundError);

    const open = await makeCourse();
    const hidden = await makeActivity(open.id, { visible: false });
    await expect(getActivityAccess(viewer, hidden.id)).rejects.toBeInstanceOf(NotFoundError);
    const first = await makeActivity(open.id);
    const secret = await makeActivity(open.id, { hideWhenRestricted: true });
    await db.activityRestriction.create({ data: { activityId: secret.id, requiredActivityId: first.id } });
    await expect(getActivityAccess(viewer, secret.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getActivityAccess(viewer, 999999)).rejects.toBeInstanceOf(NotFoundError);

    // The owner team's admin still sees a hidden activity.
    const team = await makeTeam();
    const owned = await makeCourse({ ownerTeamId: team.id, visibility: 'HIDDEN' });
    const ownedHidden = await makeActivity(owned.id, { visible: false });
    const { viewer: admin } = await makeLdAdmin(team.id);
    expect((await getActivityAccess(admin, ownedHidden.id)).activity.id).toBe(ownedHidden.id);
    const { viewer: otherAdmin } = await makeLdAdmin((await makeTeam()).id);
    await expect(getActivityAccess(otherAdmin, ownedHidden.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('learner self-marking', () => {
  it('lets the learner tick a manual activity and mark a self-completion course', async () => {
    const { user, viewer } = await makeLearner();
    const course = await makeCourse();
    const manual = await makeActivity(course.id, { completionMode: 'MANUAL', requireView: false });
    const auto = await makeActivity(course.id);
    await db.courseCriterion.createMany({
      data: [
        { courseId: course.id, type: 'ACTIVITY', activityId: manual.id },
        { courseId: course.id, type: 'SELF' },
      ],
    });
    await expect(setOwnActivityCompletion(viewer, manual.id, true)).rejects.toThrow('Enrol on the course');
    await enrol(user.id, course.id);
    await expect(setOwnActivityCompletion(viewer, auto.id, true)).rejects.toThrow('automatically');
    await setOwnActivityCompletion(viewer, manual.id, true);
    const evaluation = await getOwnCourseEvaluation(viewer, course.id);
    expect(evaluation.criteria.map((c) => c.met)).toEqual([true, false]);
    expect(evaluation.criteria[1]!.why).toBe('You have not marked the course as complete.');
    await markOwnCourseComplete(viewer, course.id);
    expect((await courseCompletion(user.id, course.id)).status).toBe('COMPLETE');
  });

  it('refuses to mark a course the learner is not enrolled on', async () => {
    const { viewer } = await makeLearner();
    const course = await makeCourse();
    await db.courseCriterion.create({ data: { courseId: course.id, type: 'SELF' } });
    await expect(markOwnCourseComplete(viewer, course.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
