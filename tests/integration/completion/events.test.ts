/** @jest-environment node */
// The completion layer's event registry: subscribers run in the completing (or resetting) transaction, a failing
// subscriber rolls the change back, names are unique, and job dedupe keys are stable per event.
import {
  courseCompletedSubscriber,
  courseEventDedupeKey,
  courseResetSubscriber,
  subscribe,
  subscriberNames,
} from '@/lib/completion/events';
import { recordActivityFacts } from '@/lib/completion/facts';
import { resetCourseForUser } from '@/lib/course-reset/commands';
import { db } from '@/lib/db';
import { registerSubscribers } from '@/lib/subscribers';
import { enrol, makeActivity, makeCourse, makeLearner } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

beforeAll(resetDb);
afterAll(disconnect);

async function statusOf(userId: number, courseId: number) {
  return (await db.courseCompletion.findUniqueOrThrow({ where: { userId_courseId: { userId, courseId } } })).status;
}

it('a subscriber writes in the completing transaction, and its failure rolls the completion back', async () => {
  const { user } = await makeLearner();
  const course = await makeCourse();
  const [a, b] = [await makeActivity(course.id), await makeActivity(course.id)];
  await enrol(user.id, course.id);
  const off = subscribe(
    courseCompletedSubscriber('test.failing', async (tx, e) => {
      // A write that must vanish with the rollback.
      await tx.courseCompletionHistory.create({
        data: { userId: e.userId, courseId: e.courseId, timeCompleted: e.completedAt, reason: 'ADMIN_RESET' },
      });
      throw new Error('subscriber failed');
    }),
  );
  try {
    await recordActivityFacts(db, { userId: user.id, activityId: a.id, facts: { viewed: true } });
    await expect(
      recordActivityFacts(db, { userId: user.id, activityId: b.id, facts: { viewed: true } }),
    ).rejects.toThrow('subscriber failed');
  } finally {
    off();
  }
  expect(await statusOf(user.id, course.id)).toBe('IN_PROGRESS');
  expect(await db.courseCompletionHistory.count({ where: { userId: user.id } })).toBe(0);
  // Without the failing subscriber the same fact completes the course.
  const done = await recordActivityFacts(db, { userId: user.id, activityId: b.id, facts: { viewed: true } });
  expect(done.courseCompleted).toBe(true);
  expect(await statusOf(user.id, course.id)).toBe('COMPLETE');
});

it('reset subscribers see the archived completion inside the reset transaction', async () => {
  const { user } = await makeLearner();
  const course = await makeCourse();
  const a = await makeActivity(course.id);
  await enrol(user.id, course.id);
  await recordActivityFacts(db, { userId: user.id, activityId: a.id, facts: { viewed: true } });
  const seen: { status: string; history: number; previous: Date | null }[] = [];
  const off = subscribe(
    courseResetSubscriber('test.reset-sees', async (tx, e) => {
      const row = await tx.courseCompletion.findUniqueOrThrow({
        where: { userId_courseId: { userId: e.userId, courseId: e.courseId } },
      });
      const history = await tx.courseCompletionHistory.count({ where: { userId: e.userId, courseId: e.courseId } });
      seen.push({ status: row.status, history, previous: e.previousCompletedAt });
    }),
  );
  try {
    await resetCourseForUser(db, { userId: user.id, courseId: course.id, reason: 'RECERTIFICATION' });
  } finally {
    off();
  }
  expect(seen).toEqual([{ status: 'NOT_STARTED', history: 1, previous: expect.any(Date) }]);
});

it('subscribing again under a name replaces the handler; unsubscribing removes it', () => {
  const first = courseCompletedSubscriber('test.same-name', async () => {});
  const second = courseCompletedSubscriber('test.same-name', async () => {});
  const offFirst = subscribe(first);
  const offSecond = subscribe(second);
  expect(subscriberNames('course.completed').filter((n) => n === 'test.same-name')).toHaveLength(1);
  offFirst(); // a stale unsubscribe does not remove the replacement
  expect(subscriberNames('course.completed')).toContain('test.same-name');
  offSecond();
  expect(subscriberNames('course.completed')).not.toContain('test.same-name');
  expect(subscriberNames('course.reset')).not.toContain('test.same-name');
});

it('registerSubscribers subscribes the listed subscribers once, however often it runs', () => {
  const listed = [courseResetSubscriber('test.listed', async () => {})];
  registerSubscribers(listed);
  registerSubscribers(listed);
  expect(subscriberNames('course.reset').filter((n) => n === 'test.listed')).toHaveLength(1);
});

it('dedupe keys differ per subscriber, learner, course and event time', () => {
  const completed = { type: 'course.completed' as const, userId: 1, courseId: 2, completedAt: new Date(1000) };
  expect(courseEventDedupeKey('certificates.issue', completed)).toBe('course.completed:certificates.issue:1:2:1000');
  expect(courseEventDedupeKey('programs.progress', completed)).not.toBe(
    courseEventDedupeKey('certificates.issue', completed),
  );
  const reset = {
    type: 'course.reset' as const,
    userId: 1,
    courseId: 2,
    reason: 'RECERTIFICATION' as const,
    at: new Date(2000),
    previousCompletedAt: null,
  };
  expect(courseEventDedupeKey('certificates.issue', reset)).toBe('course.reset:certificates.issue:1:2:2000');
});
