/** @jest-environment node */
// Booking emails and scheduled work: the jobs a booking queues, what they send (with iCalendar invites),
// idempotency when a job runs twice, and re-planning when a session moves or is cancelled.
import { db } from '@/lib/db';
import { stopBoss } from '@/lib/jobs/boss';
import { updateSession, cancelSession } from '@/lib/workshops/admin-commands';
import { cancelOwnBooking, signUpForSession } from '@/lib/workshops/commands';
import { bookingEmailJob, evaluationRequestJob, reminderJob } from '@/lib/workshops/jobs';
import { utcToWallClock, wallClockToUtc } from '@/lib/workshops/rules';
import { disconnect, resetDb } from '../../helpers/db';
import { resetQueue } from '../../helpers/jobs';
import {
  enrol,
  makeOrganisation,
  makeRoom,
  makeTeam,
  makeUsers,
  makeWorkshopCourse,
  viewerFor,
} from '../../factories/workshops';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require('ical.js') as typeof import('ical.js').default;

beforeAll(async () => {
  await resetDb();
  await resetQueue();
});
afterAll(async () => {
  await stopBoss();
  await disconnect();
});

const ctx = { jobId: 'test', retryCount: 0, isLastAttempt: false };

type QueuedJob = { id: string; data: Record<string, unknown>; start_after: Date };
async function queued(name: string, bookingId: number): Promise<QueuedJob[]> {
  return db.$queryRaw<QueuedJob[]>`
    SELECT id::text, data, start_after FROM pgboss.job WHERE name = ${name} AND (data->>'bookingId')::int = ${bookingId} ORDER BY created_on`;
}

function invite(message: { attachments: unknown }) {
  const list = message.attachments as { filename: string; contentType: string; contentBase64: string }[];
  expect(list).toHaveLength(1);
  const text = Buffer.from(list[0]!.contentBase64, 'base64').toString('utf8');
  const comp = new ICAL.Component(ICAL.parse(text));
  const event = new ICAL.Event(comp.getFirstSubcomponent('vevent')!);
  return {
    contentType: list[0]!.contentType,
    method: comp.getFirstPropertyValue('method'),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate(),
    status: comp.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status'),
  };
}

async function runAll(
  job: typeof bookingEmailJob | typeof reminderJob | typeof evaluationRequestJob,
  rows: QueuedJob[],
) {
  for (const row of rows) await job.handler(job.schema.parse(row.data) as never, ctx);
}

describe('workshop emails and scheduled jobs', () => {
  it('confirms with a REQUEST invite (summer time), copies the manager, and cancels with a CANCEL of the same UID', async () => {
    const org = await makeOrganisation();
    const [manager, learner, other] = await makeUsers(3, org.id, 'mail');
    const team = await makeTeam();
    const { course, workshop } = await makeWorkshopCourse({
      ownerTeamId: team.id,
      workshop: { copyManager: true, reminderDaysBefore: [2] },
    });
    await enrol([learner!.id, other!.id], course.id);
    await db.jobAssignment.create({ data: { userId: learner!.id, managerId: manager!.id } });
    const room = await makeRoom({ name: 'Robertson House' });
    // 1 July next year, 9:30am London time (BST).
    const year = new Date().getUTCFullYear() + 1;
    const session = await db.workshopSession.create({
      data: {
        workshopId: workshop.id,
        capacity: 1,
        dates: {
          create: [
            {
              startsAt: wallClockToUtc(`${year}-07-01T09:30`),
              endsAt: wallClockToUtc(`${year}-07-01T12:30`),
              roomId: room.id,
            },
          ],
        },
      },
      include: { dates: true },
    });

    const { bookingId } = await signUpForSession(viewerFor(learner!), {
      sessionId: session.id,
      confirmation: 'EMAIL_WITH_INVITE',
    });
    const emailJobs = await queued('workshops.booking-email', bookingId);
    expect(emailJobs).toHaveLength(1);
    await runAll(bookingEmailJob, emailJobs);
    await runAll(bookingEmailJob, emailJobs); // a second run (retry, second worker) sends nothing new
    const confirmations = await db.emailMessage.findMany({
      where: { userId: learner!.id, template: 'workshop-booking-confirmation' },
    });
    expect(confirmations).toHaveLength(1);
    const confirmation = confirmations[0]!;
    expect(confirmation.toAddress).toBe(learner!.email);
    expect(confirmation.ccAddresses).toEqual([manager!.email]);
    expect(confirmation.subject).toMatch(/^Booking confirmed: /);
    expect(confirmation.text).toContain('9:30am to 12:30pm');
    const request = invite(confirmation);
    expect(request).toMatchObject({
      contentType: 'text/calendar; charset=utf-8; method=REQUEST',
      method: 'REQUEST',
      status: 'CONFIRMED',
      sequence: 0,
    });
    expect(request.start.toISOString()).toBe(`${year}-07-01T08:30:00.000Z`);

    // Reminder 2 days before and an evaluation request after the end were planned.
    const reminders = await queued('workshops.reminder', bookingId);
    expect(reminders).toHaveLength(1);
    expect(new Date(reminders[0]!.start_after).toISOString()).toBe(
      new Date(session.dates[0]!.startsAt.getTime() - 2 * 86_400_000).toISOString(),
    );
    expect(await queued('workshops.evaluation-request', bookingId)).toHaveLength(1);

    // Cancelling sends a CANCEL with the same UID and a higher SEQUENCE; the wait-listed person is booked.
    const waiting = await signUpForSession(viewerFor(other!), {
      sessionId: session.id,
      confirmation: 'EMAIL_WITH_INVITE',
    });
    expect(waiting.status).toBe('WAITLISTED');
    await runAll(bookingEmailJob, await queued('workshops.booking-email', waiting.bookingId));
    await cancelOwnBooking(viewerFor(learner!), { bookingId, reason: 'Illness' });
    await runAll(bookingEmailJob, await queued('workshops.booking-email', bookingId));
    const cancelled = await db.emailMessage.findFirstOrThrow({
      where: { userId: learner!.id, template: 'workshop-booking-cancelled' },
    });
    const cancel = invite(cancelled);
    expect(cancel).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: request.uid });
    expect(cancel.sequence).toBeGreaterThan(request.sequence);

    await runAll(bookingEmailJob, await queued('workshops.booking-email', waiting.bookingId));
    await runAll(bookingEmailJob, await queued('workshops.booking-email', waiting.bookingId));
    const promotedMails = await db.emailMessage.findMany({ where: { userId: other!.id }, orderBy: { id: 'asc' } });
    expect(promotedMails.map((m) => m.template)).toEqual([
      'workshop-waitlist-confirmation',
      'workshop-booking-confirmation',
    ]);

    // The cancelled booking's reminder does nothing when it comes due.
    await runAll(reminderJob, reminders);
    expect(await db.emailMessage.count({ where: { userId: learner!.id, template: 'workshop-reminder' } })).toBe(0);
  });

  it('sends a reminder once, re-plans it when the session moves, and sends the updated invite', async () => {
    const org = await makeOrganisation();
    const team = await makeTeam();
    const [adminUser, learner] = await makeUsers(2, org.id, 'move');
    const admin = viewerFor(adminUser!, { ldTeamIds: [team.id] });
    const { course, workshop } = await makeWorkshopCourse({
      ownerTeamId: team.id,
      workshop: { reminderDaysBefore: [3] },
    });
    await enrol([learner!.id], course.id);
    const year = new Date().getUTCFullYear() + 1;
    const session = await db.workshopSession.create({
      data: {
        workshopId: workshop.id,
        capacity: 5,
        dates: {
          create: [{ startsAt: wallClockToUtc(`${year}-01-15T09:30`), endsAt: wallClockToUtc(`${year}-01-15T16:30`) }],
        },
      },
    });
    const { bookingId } = await signUpForSession(viewerFor(learner!), {
      sessionId: session.id,
      confirmation: 'EMAIL_WITH_INVITE',
    });
    const [oldReminder] = await queued('workshops.reminder', bookingId);

    await runAll(reminderJob, [oldReminder!]);
    await runAll(reminderJob, [oldReminder!]);
    expect(await db.emailMessage.count({ where: { userId: learner!.id, template: 'workshop-reminder' } })).toBe(1);
    // The reminder carries the booking's invite again (same UID), so it can be re-added to a calendar.
    const reminder = await db.emailMessage.findFirstOrThrow({
      where: { userId: learner!.id, template: 'workshop-reminder' },
    });
    const booking = await db.booking.findUniqueOrThrow({ where: { id: bookingId } });
    const reminderInvite = invite(reminder);
    expect(reminderInvite).toMatchObject({ method: 'REQUEST', sequence: 0 });
    expect(reminderInvite.uid.startsWith(booking.icalUid)).toBe(true);
    expect(reminder.text).toContain('calendar invite is attached again');

    // Move the session to a summer date: updated invite for the learner, a new reminder, the old one goes quiet.
    await updateSession(admin, session.id, {
      capacity: '5',
      waitlistEnabled: 'on',
      dates: [{ start: `${year}-06-10T10:00`, end: `${year}-06-10T12:00`, roomId: '' }],
    });
    const emails = await queued('workshops.booking-email', bookingId);
    await runAll(bookingEmailJob, emails);
    const changed = await db.emailMessage.findFirstOrThrow({
      where: { userId: learner!.id, template: 'workshop-session-changed' },
    });
    const updated = invite(changed);
    expect(updated.method).toBe('REQUEST');
    expect(updated.sequence).toBe(1);
    expect(updated.uid).toBe(reminderInvite.uid);
    expect(updated.start.toISOString()).toBe(`${year}-06-10T09:00:00.000Z`);
    const reminders = await queued('workshops.reminder', bookingId);
    expect(reminders).toHaveLength(2);
    expect(reminders[1]!.data).toMatchObject({ sessionSequence: 1, daysBefore: 3 });
    expect(utcToWallClock(new Date(reminders[1]!.start_after))).toBe(`${year}-06-07T10:00`);

    // Cancelling the whole session: everyone gets a CANCEL and the new reminder does nothing.
    await cancelSession(admin, { sessionId: session.id, reason: 'Venue closed' });
    await runAll(bookingEmailJob, await queued('workshops.booking-email', bookingId));
    const cancelled = await db.emailMessage.findFirstOrThrow({
      where: { userId: learner!.id, template: 'workshop-session-cancelled' },
    });
    expect(invite(cancelled).method).toBe('CANCEL');
    expect(cancelled.text).toContain('Venue closed');
    await runAll(reminderJob, [reminders[1]!]);
    expect(await db.emailMessage.count({ where: { userId: learner!.id, template: 'workshop-reminder' } })).toBe(1);
    await runAll(evaluationRequestJob, await queued('workshops.evaluation-request', bookingId));
    expect(
      await db.emailMessage.count({ where: { userId: learner!.id, template: 'workshop-evaluation-request' } }),
    ).toBe(0);
  });
});
