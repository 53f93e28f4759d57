/** @jest-environment node */
// Issue 14 item 6: a learner sees a workshop's sessions (dates, room, seats, status) before enrolling, and
// "Sign-up" enrols them on the course in the same transaction where the course takes self-enrolment.
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { signUpForSession } from '@/lib/workshops/commands';
import { listWorkshopSessions } from '@/lib/workshops/queries';
import { stopBoss } from '@/lib/jobs/boss';
import { disconnect, resetDb } from '../../helpers/db';
import { resetQueue } from '../../helpers/jobs';
import {
  makeOrganisation,
  makeRoom,
  makeSession,
  makeUsers,
  makeWorkshopCourse,
  viewerFor,
} from '../../factories/workshops';

beforeAll(async () => {
  await resetDb();
  await resetQueue();
});
afterAll(async () => {
  await stopBoss();
  await disconnect();
});

const signUp = (user: Parameters<typeof viewerFor>[0], sessionId: number) =>
  signUpForSession(viewerFor(user), { sessionId, confirmation: 'EMAIL_WITH_INVITE' });

async function selfEnrolCourse(opts: { costPence?: number; selfEnrol?: boolean } = {}) {
  const w = await makeWorkshopCourse();
  if (opts.costPence) await db.course.update({ where: { id: w.course.id }, data: { costPence: opts.costPence } });
  if (opts.selfEnrol !== false)
    await db.enrolmentMethod.create({ data: { courseId: w.course.id, type: 'SELF_AFTER_VIEW', sortOrder: 0 } });
  return w;
}

const enrolment = (userId: number, courseId: number) =>
  db.enrolment.findUnique({ where: { userId_courseId: { userId, courseId } } });

describe('workshop sessions before enrolling', () => {
  it('lists the sessions to a learner who is not enrolled, with Sign-up where the course takes self-enrolment', async () => {
    const org = await makeOrganisation();
    const [learner] = await makeUsers(1, org.id, 'before');
    const { workshop, activity } = await selfEnrolCourse();
    const room = await makeRoom({ name: 'Room 7' });
    await makeSession(workshop.id, { capacity: 10, roomId: room.id });
    const table = await listWorkshopSessions(viewerFor(learner!), activity.id);
    expect(table.enrolOnSignUp).toBe(true);
    expect(table.blockers).toEqual([]);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toMatchObject({
      capacityText: expect.stringContaining('10'),
      options: ['SIGN_UP', 'MORE_INFO'],
    });
    expect(table.rows[0]!.dates[0]!.room?.name).toBe('Room 7');
  });

  it('enrols on the course as part of the booking', async () => {
    const org = await makeOrganisation();
    const [learner] = await makeUsers(1, org.id, 'enrols');
    const { workshop, course } = await selfEnrolCourse();
    const session = await makeSession(workshop.id);
    expect(await enrolment(learner!.id, course.id)).toBeNull();
    const result = await signUp(learner!, session.id);
    expect(result).toMatchObject({ status: 'BOOKED', enrolled: true });
    expect(await enrolment(learner!.id, course.id)).toMatchObject({ status: 'ACTIVE', source: 'SELF' });
    expect(await db.courseCompletion.count({ where: { userId: learner!.id, courseId: course.id } })).toBe(1);
    // Now enrolled: the next look at the table no longer says signing up enrols.
    expect((await listWorkshopSessions(viewerFor(learner!), workshop.activityId)).enrolOnSignUp).toBe(false);
  });

  it('leaves no enrolment behind when the booking is refused (same transaction)', async () => {
    const org = await makeOrganisation();
    const [first, second] = await makeUsers(2, org.id, 'refused');
    const { workshop, course } = await selfEnrolCourse();
    const session = await makeSession(workshop.id, { capacity: 1, waitlistEnabled: false });
    await signUp(first!, session.id);
    await expect(signUp(second!, session.id)).rejects.toThrow(/full and has no waitlist/);
    expect(await enrolment(second!.id, course.id)).toBeNull();
  });

  it('shows the sessions but asks to enrol first when the course has a cost or takes no self-enrolment', async () => {
    const org = await makeOrganisation();
    const [learner] = await makeUsers(1, org.id, 'priced');
    for (const opts of [{ costPence: 13500 }, { selfEnrol: false }]) {
      const { workshop, activity, course } = await selfEnrolCourse(opts);
      const session = await makeSession(workshop.id);
      const table = await listWorkshopSessions(viewerFor(learner!), activity.id);
      expect(table.enrolOnSignUp).toBe(false);
      expect(table.rows[0]!.options).toEqual(['MORE_INFO']);
      expect(table.blockers.join(' ')).toMatch(/Enrol on this course/);
      await expect(signUp(learner!, session.id)).rejects.toThrow(/Enrol on this course/);
      expect(await enrolment(learner!.id, course.id)).toBeNull();
    }
  });

  it('refuses someone the course is not open to: not found, and nothing is written', async () => {
    const org = await makeOrganisation();
    const other = await makeOrganisation();
    const [outsider] = await makeUsers(1, other.id, 'outsider');
    const { workshop, activity, course } = await selfEnrolCourse();
    await db.course.update({
      where: { id: course.id },
      data: { visibility: 'RESTRICTED', organisations: { create: [{ organisationId: org.id }] } },
    });
    const session = await makeSession(workshop.id);
    await expect(listWorkshopSessions(viewerFor(outsider!), activity.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(signUp(outsider!, session.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await enrolment(outsider!.id, course.id)).toBeNull();
    expect(await db.booking.count({ where: { sessionId: session.id } })).toBe(0);
  });
});
