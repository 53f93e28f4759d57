/** @jest-environment node */
// Course evaluations ([team] #12 item 4): the feedback activity answered once per learner (double submit and
// parallel submits safe), completion on submit, availability through restrictions, anonymous or named results,
// the CSV export, the question editor, permissions (another learner, not enrolled, another team's admin), and the
// post-workshop evaluation email linking to the form.
import { db } from '@/lib/db';
import { ForbiddenError, NotFoundError, UserError, ValidationError } from '@/lib/errors';
import {
  addFeedbackItem,
  deleteFeedbackItem,
  moveFeedbackItem,
  submitFeedback,
  updateFeedbackItem,
  updateFeedbackSettings,
} from '@/lib/feedback/commands';
import { getFeedbackAdmin, getFeedbackPage, getFeedbackResults } from '@/lib/feedback/queries';
import { feedbackResponsesCsv } from '@/lib/feedback/results-csv';
import { feedbackItemSchema, feedbackSettingsSchema } from '@/lib/feedback/schemas';
import { resetCourseForUser } from '@/lib/course-reset/commands';
import { registerSubscribers } from '@/lib/subscribers';
import { evaluationRequestJob } from '@/lib/workshops/jobs';
import { stopBoss } from '@/lib/jobs/boss';
import {
  enrol,
  makeActivity,
  makeCourse,
  makeLdAdmin,
  makeLearner,
  makeTeam,
  viewerFor,
} from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';
import { resetQueue } from '../../helpers/jobs';

beforeAll(async () => {
  await resetDb();
  await resetQueue();
  registerSubscribers();
});
afterAll(async () => {
  await stopBoss();
  await disconnect();
});

const item = (raw: Record<string, string>) => feedbackItemSchema.parse(raw);
const MONTHS = ['January', 'February', 'March'];

/** A course with a workshop and an HCC-style evaluation restricted until the workshop is complete. */
async function setup(opts: { anonymous?: boolean } = {}) {
  const team = await makeTeam();
  const admin = (await makeLdAdmin(team.id)).viewer;
  const outsider = (await makeLdAdmin((await makeTeam()).id)).viewer;
  const course = await makeCourse({ ownerTeamId: team.id });
  const workshop = await makeActivity(course.id, { type: 'WORKSHOP', requireView: false, name: 'Book your workshop' });
  const activity = await makeActivity(course.id, {
    type: 'FEEDBACK',
    name: 'HCC Workshop Evaluation 2022',
    requireView: false,
    requireSubmit: true,
  });
  await db.feedbackForm.create({ data: { activityId: activity.id, anonymous: opts.anonymous ?? false } });
  await db.activityRestriction.create({ data: { activityId: activity.id, requiredActivityId: workshop.id } });
  await db.courseCriterion.create({ data: { courseId: course.id, type: 'ACTIVITY', activityId: activity.id } });
  const month = await addFeedbackItem(
    admin,
    activity.id,
    item({
      type: 'DROPDOWN',
      label: 'What month did you attend the workshop?',
      options: MONTHS.join('\n'),
      required: 'yes',
    }),
  );
  const group = 'Regarding pre-workshop experience, how would you rate the below statements?';
  const booking = await addFeedbackItem(
    admin,
    activity.id,
    item({ type: 'SCALE', groupLabel: group, label: 'The booking process was easy.', required: 'yes' }),
  );
  const materials = await addFeedbackItem(
    admin,
    activity.id,
    item({ type: 'SCALE', groupLabel: group, label: 'Accessing course materials was easy.', required: 'yes' }),
  );
  const comments = await addFeedbackItem(admin, activity.id, item({ type: 'LONG_TEXT', label: 'Anything else?' }));
  const learner = await makeLearner();
  await enrol(learner.user.id, course.id);
  return { team, admin, outsider, course, workshop, activity, learner, ids: { month, booking, materials, comments } };
}

async function completeWorkshop(userId: number, activityId: number) {
  await db.activityCompletion.create({ data: { userId, activityId, state: 'COMPLETE', completedAt: new Date() } });
}

type Ids = Awaited<ReturnType<typeof setup>>['ids'];
const answers = (ids: Ids, over: Record<string, string> = {}) => ({
  [`item-${ids.month}`]: 'February',
  [`item-${ids.booking}`]: '4',
  [`item-${ids.materials}`]: '3',
  ...over,
});

describe('learner submits the evaluation', () => {
  it('is locked until the workshop is complete, then one submission completes the activity and the course', async () => {
    const { activity, workshop, learner, ids, course } = await setup();
    const before = await getFeedbackPage(learner.viewer, activity.id);
    expect(before.available).toBe(false);
    expect(before.lockedReasons).toEqual(['Available after you complete Book your workshop']);
    await expect(submitFeedback(learner.viewer, activity.id, answers(ids))).rejects.toThrow(
      /Available after you complete Book your workshop/,
    );
    expect(await db.feedbackResponse.count()).toBe(0);

    await completeWorkshop(learner.user.id, workshop.id);
    const page = await getFeedbackPage(learner.viewer, activity.id);
    expect(page.available).toBe(true);
    expect(page.form.items.map((i) => i.type)).toEqual(['DROPDOWN', 'SCALE', 'SCALE', 'LONG_TEXT']);
    expect(
      await submitFeedback(learner.viewer, activity.id, answers(ids, { [`item-${ids.comments}`]: '  Great  ' })),
    ).toEqual({ created: true });

    const completion = await db.activityCompletion.findUniqueOrThrow({
      where: { activityId_userId: { activityId: activity.id, userId: learner.user.id } },
    });
    expect(completion.state).toBe('COMPLETE');
    const cc = await db.courseCompletion.findUniqueOrThrow({
      where: { userId_courseId: { userId: learner.user.id, courseId: course.id } },
    });
    expect(cc.status).toBe('COMPLETE');
    const stored = await db.feedbackAnswer.findMany({ where: { itemId: ids.comments } });
    expect(stored.map((a) => a.value)).toEqual(['Great']);
    expect((await getFeedbackPage(learner.viewer, activity.id)).submittedAt).toBeInstanceOf(Date);
  });

  it('refuses missing required answers and values that are not among the choices, saving nothing', async () => {
    const { activity, workshop, learner, ids } = await setup();
    await completeWorkshop(learner.user.id, workshop.id);
    const missing = submitFeedback(learner.viewer, activity.id, answers(ids, { [`item-${ids.booking}`]: '' }));
    await expect(missing).rejects.toBeInstanceOf(ValidationError);
    await expect(missing).rejects.toMatchObject({
      fieldErrors: { [`item-${ids.booking}`]: expect.stringMatching(/Choose an answer/) },
    });
    for (const bad of [{ [`item-${ids.booking}`]: '5' }, { [`item-${ids.month}`]: 'Smarch' }]) {
      await expect(submitFeedback(learner.viewer, activity.id, answers(ids, bad))).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
    expect(await db.feedbackResponse.count({ where: { userId: learner.user.id } })).toBe(0);
  });

  it('keeps one response per learner: a second submit and parallel submits change nothing', async () => {
    const { activity, workshop, learner, ids } = await setup();
    await completeWorkshop(learner.user.id, workshop.id);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        submitFeedback(learner.viewer, activity.id, answers(ids, { [`item-${ids.booking}`]: String((i % 4) + 1) })),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await submitFeedback(learner.viewer, activity.id, answers(ids))).toEqual({ created: false });
    expect(await db.feedbackResponse.count({ where: { userId: learner.user.id } })).toBe(1);
    expect(await db.feedbackAnswer.count({ where: { itemId: ids.booking } })).toBe(1);
  });

  it('refuses people not enrolled and hides the form from people who cannot see the course', async () => {
    const { activity, ids, course } = await setup();
    const stranger = await makeLearner();
    const page = await getFeedbackPage(stranger.viewer, activity.id);
    expect(page.enrolled).toBe(false);
    await expect(submitFeedback(stranger.viewer, activity.id, answers(ids))).rejects.toBeInstanceOf(ForbiddenError);
    await db.course.update({ where: { id: course.id }, data: { visibility: 'HIDDEN' } });
    await expect(getFeedbackPage(stranger.viewer, activity.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitFeedback(stranger.viewer, activity.id, answers(ids))).rejects.toBeInstanceOf(NotFoundError);
    // Not a feedback activity, or no such activity: not found.
    const page2 = await makeActivity(course.id);
    await expect(getFeedbackPage(stranger.viewer, page2.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getFeedbackPage(stranger.viewer, 99_999_999)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.feedbackResponse.count({ where: { userId: stranger.user.id } })).toBe(0);
  });

  it('refuses a form with no questions yet and a closed form', async () => {
    const { activity, workshop, learner, ids } = await setup();
    await completeWorkshop(learner.user.id, workshop.id);
    await db.feedbackForm.update({
      where: { activityId: activity.id },
      data: { closesAt: new Date(Date.now() - 1000) },
    });
    await expect(submitFeedback(learner.viewer, activity.id, answers(ids))).rejects.toThrow(/closed/);
    await db.feedbackItem.deleteMany({ where: { form: { activityId: activity.id } } });
    await expect(submitFeedback(learner.viewer, activity.id, {})).rejects.toBeInstanceOf(UserError);
    expect(await db.feedbackResponse.count({ where: { userId: learner.user.id } })).toBe(0);
  });
});

describe('results for L&D', () => {
  async function withResponses(anonymous: boolean) {
    const s = await setup({ anonymous });
    const people = [s.learner, await makeLearner({ firstName: 'Amira', lastName: 'Khan' }), await makeLearner()];
    const scale = ['4', '3', '2'];
    for (const [i, p] of people.entries()) {
      if (i > 0) await enrol(p.user.id, s.course.id);
      await completeWorkshop(p.user.id, s.workshop.id);
      await submitFeedback(
        p.viewer,
        s.activity.id,
        answers(s.ids, {
          [`item-${s.ids.booking}`]: scale[i]!,
          [`item-${s.ids.comments}`]: i === 1 ? '=HYPERLINK("http://evil")' : '',
        }),
      );
    }
    return s;
  }

  it('counts, averages and distributes each question, lists free text with names, and exports CSV', async () => {
    const { admin, activity, ids } = await withResponses(false);
    const results = await getFeedbackResults(admin, activity.id);
    expect(results.responseCount).toBe(3);
    const booking = results.items.find((i) => i.id === ids.booking)!;
    expect(booking.summary).toMatchObject({ kind: 'scale', answered: 3, average: 3 });
    if (booking.summary.kind !== 'scale') throw new Error('scale');
    expect(booking.summary.distribution.map((d) => d.count)).toEqual([0, 1, 1, 1]);
    const month = results.items.find((i) => i.id === ids.month)!;
    expect(month.summary).toMatchObject({ kind: 'choice', answered: 3 });
    const comments = results.items.find((i) => i.id === ids.comments)!;
    expect(comments.texts).toEqual([{ value: '=HYPERLINK("http://evil")', by: 'Amira Khan' }]);

    const csv = await feedbackResponsesCsv(admin, activity.id);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Learner,Username,Submitted,What month/);
    expect(csv).toContain('Amira Khan');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('never names anyone on an anonymous form, and it cannot be switched to named once answered', async () => {
    const { admin, activity, ids } = await withResponses(true);
    const results = await getFeedbackResults(admin, activity.id);
    expect(results.anonymous).toBe(true);
    expect(results.items.find((i) => i.id === ids.comments)!.texts).toEqual([
      { value: '=HYPERLINK("http://evil")', by: null },
    ]);
    const csv = await feedbackResponsesCsv(admin, activity.id);
    expect(csv).not.toContain('Amira');
    expect(csv.split('\r\n')[0]).toMatch(/^Submitted \(day\),What month/);
    expect(csv).not.toMatch(/T\d\d:\d\d/);
    await expect(
      updateFeedbackSettings(admin, {
        activityId: activity.id,
        anonymous: false,
        introHtml: null,
        thankYouText: null,
        opensAt: null,
        closesAt: null,
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await db.feedbackForm.findUniqueOrThrow({ where: { activityId: activity.id } })).anonymous).toBe(true);
  });

  it('refuses results, exports and edits to learners and to another team’s admin', async () => {
    const { outsider, learner, activity, ids } = await withResponses(false);
    for (const viewer of [outsider, learner.viewer]) {
      await expect(getFeedbackResults(viewer, activity.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getFeedbackAdmin(viewer, activity.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(feedbackResponsesCsv(viewer, activity.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        addFeedbackItem(viewer, activity.id, item({ type: 'SHORT_TEXT', label: 'Hacked' })),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        updateFeedbackItem(viewer, ids.month, item({ type: 'SHORT_TEXT', label: 'Hacked' })),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deleteFeedbackItem(viewer, ids.month)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        updateFeedbackSettings(viewer, {
          activityId: activity.id,
          anonymous: true,
          introHtml: null,
          thankYouText: null,
          opensAt: null,
          closesAt: null,
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(getFeedbackResults(outsider, 99_999_999)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.feedbackItem.count({ where: { label: 'Hacked' } })).toBe(0);
  });
});

describe('question editor', () => {
  it('adds, reorders, edits and deletes questions; a type cannot change once answered', async () => {
    const { admin, activity, workshop, learner, ids } = await setup();
    expect(feedbackItemSchema.safeParse({ type: 'DROPDOWN', label: 'One choice', options: 'Only' }).success).toBe(
      false,
    );
    await moveFeedbackItem(admin, ids.comments, 'up');
    const order = (await getFeedbackAdmin(admin, activity.id)).items.map((i) => i.id);
    expect(order).toEqual([ids.month, ids.booking, ids.comments, ids.materials]);
    await completeWorkshop(learner.user.id, workshop.id);
    await submitFeedback(learner.viewer, activity.id, answers(ids));
    await expect(
      updateFeedbackItem(admin, ids.month, item({ type: 'SHORT_TEXT', label: 'Month' })),
    ).rejects.toBeInstanceOf(ValidationError);
    await updateFeedbackItem(
      admin,
      ids.month,
      item({ type: 'DROPDOWN', label: 'Which month?', options: MONTHS.join('\n'), required: 'yes' }),
    );
    await deleteFeedbackItem(admin, ids.materials);
    const after = await getFeedbackAdmin(admin, activity.id);
    expect(after.items.map((i) => i.label)).toEqual([
      'Which month?',
      'The booking process was easy.',
      'Anything else?',
    ]);
    expect(after.items[0]!.answerCount).toBe(1);
    expect(after.responseCount).toBe(1);
  });
});

describe('evaluation request email after a workshop', () => {
  it('links to the feedback form, waits while it is locked, and is not sent to someone who has answered', async () => {
    const { course, workshop: workshopActivity, activity, learner, ids } = await setup();
    const workshop = await db.workshop.create({
      data: { activityId: workshopActivity.id, sendEvaluationRequest: true },
    });
    const ended = new Date(Date.now() - 3_600_000);
    const session = await db.workshopSession.create({
      data: {
        workshopId: workshop.id,
        capacity: 5,
        dates: { create: [{ startsAt: new Date(ended.getTime() - 3_600_000), endsAt: ended }] },
      },
    });
    const booking = await db.booking.create({
      data: { sessionId: session.id, workshopId: workshop.id, userId: learner.user.id, status: 'BOOKED' },
    });
    const ctx = { jobId: 'test', retryCount: 0, isLastAttempt: false };
    const run = () =>
      evaluationRequestJob.handler(
        evaluationRequestJob.schema.parse({ bookingId: booking.id, sessionSequence: 0 }),
        ctx,
      );
    const sent = () =>
      db.emailMessage.findMany({ where: { userId: learner.user.id, template: 'workshop-evaluation-request' } });

    // Attendance not marked: the form is locked, so the request waits a day instead of linking to a locked page.
    await run();
    expect(await sent()).toHaveLength(0);
    const waiting = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'workshops.evaluation-request'
      AND (data->>'bookingId')::int = ${booking.id} AND (data->>'retry')::int = 1`;
    expect(waiting[0]!.n).toBe(1);

    await db.booking.update({ where: { id: booking.id }, data: { status: 'FULLY_ATTENDED' } });
    await completeWorkshop(learner.user.id, workshopActivity.id);
    await run();
    const mails = await sent();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.html).toContain(`/feedback/${activity.id}`);
    expect(mails[0]!.html).not.toContain(`/courses/${course.id}"`);

    // Someone who has already answered is not asked (a second learner, the same course).
    const other = await makeLearner();
    await enrol(other.user.id, course.id);
    await completeWorkshop(other.user.id, workshopActivity.id);
    await submitFeedback(await viewerFor(other.user.id), activity.id, answers(ids));
    const otherBooking = await db.booking.create({
      data: { sessionId: session.id, workshopId: workshop.id, userId: other.user.id, status: 'FULLY_ATTENDED' },
    });
    await evaluationRequestJob.handler(
      evaluationRequestJob.schema.parse({ bookingId: otherBooking.id, sessionSequence: 0 }),
      ctx,
    );
    expect(await db.emailMessage.count({ where: { userId: other.user.id } })).toBe(0);
  });
});

describe('course reset and opening times', () => {
  it('a course reset makes the response history: the learner can evaluate again and both stay in the results', async () => {
    const { admin, activity, workshop, learner, ids, course } = await setup();
    await completeWorkshop(learner.user.id, workshop.id);
    expect(await submitFeedback(learner.viewer, activity.id, answers(ids))).toEqual({ created: true });
    await resetCourseForUser(db, { userId: learner.user.id, courseId: course.id, reason: 'RECERTIFICATION' });
    const after = await getFeedbackPage(learner.viewer, activity.id);
    expect(after.submittedAt).toBeNull();
    const archived = await db.feedbackResponse.findMany({ where: { userId: learner.user.id } });
    expect(archived).toHaveLength(1);
    expect(archived[0]).toMatchObject({ current: null });
    expect(archived[0]!.archivedAt).toBeInstanceOf(Date);
    await completeWorkshop(learner.user.id, workshop.id);
    expect(await submitFeedback(learner.viewer, activity.id, answers(ids, { [`item-${ids.month}`]: 'March' }))).toEqual(
      { created: true },
    );
    // Still one current response: a second submit changes nothing.
    expect(await submitFeedback(learner.viewer, activity.id, answers(ids))).toEqual({ created: false });
    expect(await db.feedbackResponse.count({ where: { userId: learner.user.id, current: true } })).toBe(1);
    const results = await getFeedbackResults(admin, activity.id);
    expect(results.responseCount).toBe(2);
  });

  it('L&D set opening and closing times; learners outside them are refused with the date', async () => {
    const { admin, activity, workshop, learner, ids } = await setup();
    await completeWorkshop(learner.user.id, workshop.id);
    const settings = (opensAt: string, closesAt: string) =>
      feedbackSettingsSchema.safeParse({ activityId: String(activity.id), opensAt, closesAt });
    const backwards = settings('2026-12-10T09:00', '2026-12-01T09:00');
    expect(backwards.success).toBe(false);
    expect(backwards.error?.issues[0]?.path).toEqual(['closesAt']);
    expect(settings('2026-02-30T09:00', '').success).toBe(false);

    const future = settings('2099-06-01T09:30', '');
    expect(future.success).toBe(true);
    await updateFeedbackSettings(admin, future.data!);
    const admin1 = await getFeedbackAdmin(admin, activity.id);
    expect(admin1.form.opensAt?.toISOString()).toBe('2099-06-01T08:30:00.000Z'); // UK summer time
    const page = await getFeedbackPage(learner.viewer, activity.id);
    expect(page.closedReason).toBe(
      'This feedback form is not open yet. It opens on 1 June 2099, 9:30am: come back then to send your feedback.',
    );
    await expect(submitFeedback(learner.viewer, activity.id, answers(ids))).rejects.toThrow(/opens on 1 June 2099/);

    const past = settings('', '2020-01-15T17:00');
    await updateFeedbackSettings(admin, past.data!);
    await expect(submitFeedback(learner.viewer, activity.id, answers(ids))).rejects.toThrow(
      'This feedback form closed on 15 January 2020, 5pm, so it no longer takes feedback.',
    );
    await updateFeedbackSettings(admin, settings('', '').data!);
    expect(await submitFeedback(learner.viewer, activity.id, answers(ids))).toEqual({ created: true });
  });
});
