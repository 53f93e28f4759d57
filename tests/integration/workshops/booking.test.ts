/** @jest-environment node */
import { db } from '@/lib/db';
import { ConflictError, NotFoundError, UserError, ValidationError } from '@/lib/errors';
import { archiveWorkshopBookings, cancelOwnBooking, signUpForSession } from '@/lib/workshops/commands';
import { getOwnCalendarFile } from '@/lib/workshops/invites';
import { resetCourseForUser } from '@/lib/course-reset/commands';
import { getOwnBooking, getSessionForViewer, listOwnBookings, listWorkshopSessions } from '@/lib/workshops/queries';
import { stopBoss } from '@/lib/jobs/boss';
import { disconnect, resetDb } from '../../helpers/db';
import { resetQueue } from '../../helpers/jobs';
import {
  enrol,
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

const signUp = (user: Parameters<typeof viewerFor>[0], sessionId: number, extra: Record<string, unknown> = {}) =>
  signUpForSession(viewerFor(user), { sessionId, confirmation: 'EMAIL_WITH_INVITE', ...extra });

async function setup(workshop: Record<string, unknown> = {}, users = 4) {
  const org = await makeOrganisation();
  const people = await makeUsers(users, org.id);
  const w = await makeWorkshopCourse({ workshop });
  await enrol(
    people.map((p) => p.id),
    w.course.id,
  );
  return { people, ...w };
}

describe('sign-up, waitlist and cancellation', () => {
  it('books, wait-lists in arrival order, and promotes the first wait-listed person when a seat frees', async () => {
    const { people, workshop, activity } = await setup();
    const [a, b, c, d] = people as [
      (typeof people)[number],
      (typeof people)[number],
      (typeof people)[number],
      (typeof people)[number],
    ];
    const room = await makeRoom({ name: 'Room 3' });
    const session = await makeSession(workshop.id, { capacity: 1, roomId: room.id });
    expect((await signUp(a, session.id)).status).toBe('BOOKED');
    expect((await signUp(b, session.id)).status).toBe('WAITLISTED');
    expect((await signUp(c, session.id)).status).toBe('WAITLISTED');

    const table = await listWorkshopSessions(viewerFor(d), activity.id);
    expect(table.rows[0]).toMatchObject({
      capacityText: '1 / 1 (2 Wait-listed)',
      statusLabel: 'Booking full',
      options: ['JOIN_WAITLIST', 'MORE_INFO'],
    });
    const mine = await listWorkshopSessions(viewerFor(a), activity.id);
    expect(mine.rows[0]).toMatchObject({ statusLabel: 'Booked', options: ['CANCEL', 'MORE_INFO'] });

    const bookingA = await db.booking.findFirstOrThrow({ where: { sessionId: session.id, userId: a.id } });
    const { promotedBookingIds } = await cancelOwnBooking(viewerFor(a), {
      bookingId: bookingA.id,
      reason: 'Illness',
      details: 'Flu',
    });
    const bookingB = await db.booking.findFirstOrThrow({ where: { sessionId: session.id, userId: b.id } });
    expect(promotedBookingIds).toEqual([bookingB.id]);
    expect(bookingB.status).toBe('BOOKED');
    expect((await db.booking.findFirstOrThrow({ where: { sessionId: session.id, userId: c.id } })).status).toBe(
      'WAITLISTED',
    );
    const cancelled = await db.booking.findUniqueOrThrow({ where: { id: bookingA.id } });
    expect(cancelled).toMatchObject({
      status: 'USER_CANCELLED',
      activeFlag: null,
      cancelReason: 'Illness',
      cancelDetails: 'Flu',
      icalSequence: 1,
    });
    expect((await db.workshopSession.findUniqueOrThrow({ where: { id: session.id } })).bookedCount).toBe(1);
    // A learner can sign up again after cancelling (the cancelled row no longer counts as live).
    expect((await signUp(a, session.id)).status).toBe('WAITLISTED');

    const mineNow = await listOwnBookings(viewerFor(b));
    expect(mineNow.upcoming.map((x) => x.id)).toEqual([bookingB.id]);
    const ics = await getOwnCalendarFile(viewerFor(b), session.id);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(bookingB.icalUid);
  });

  it('refuses to cancel someone else’s booking, unknown reasons and bookings past the cut-off', async () => {
    const { people, workshop } = await setup({ cancellationPolicy: 'UNTIL_CUTOFF', cancellationCutoffHours: 72 });
    const [a, b] = people as [(typeof people)[number], (typeof people)[number]];
    const soon = await makeSession(workshop.id, { startsInDays: 2 });
    const { bookingId } = await signUp(a, soon.id);
    await expect(cancelOwnBooking(viewerFor(b), { bookingId, reason: 'Illness' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getOwnBooking(viewerFor(b), bookingId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOwnCalendarFile(viewerFor(b), soon.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(cancelOwnBooking(viewerFor(a), { bookingId, reason: 'Bored' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(cancelOwnBooking(viewerFor(a), { bookingId, reason: 'Illness' })).rejects.toThrow(/72 hours/);
    expect((await db.booking.findUniqueOrThrow({ where: { id: bookingId } })).status).toBe('BOOKED');
  });

  it('enforces terms, cost code, questionnaire, and sanitises special requirements', async () => {
    const { people, workshop } = await setup({ approval: 'SELF_AUTHORISATION', cancellationFeePence: 5000 });
    const q = await db.workshopQuestion.create({
      data: {
        workshopId: workshop.id,
        label: 'Dietary needs',
        type: 'SELECT',
        options: ['None', 'Vegetarian'],
        required: true,
      },
    });
    const session = await makeSession(workshop.id);
    const a = people[0]!;
    const err = await signUp(a, session.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(Object.keys((err as ValidationError).fieldErrors).sort()).toEqual([
      'acceptTerms',
      `answers.${q.id}`,
      'costCode',
    ]);
    await expect(
      signUp(a, session.id, { acceptTerms: true, costCode: 'CC1', answers: { [q.id]: 'Pizza' } }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.booking.count({ where: { sessionId: session.id } })).toBe(0);

    const ok = await signUp(a, session.id, {
      acceptTerms: true,
      costCode: 'CC-4411',
      answers: { [q.id]: 'Vegetarian' },
      specialRequirements: '<p>Step-free access<script>alert(1)</script></p><img src=x onerror=alert(1)>',
    });
    const booking = await db.booking.findUniqueOrThrow({ where: { id: ok.bookingId } });
    expect(booking.specialRequirementsHtml).toBe('<p>Step-free access</p>');
    expect(booking.answers).toEqual({ 'Dietary needs': 'Vegetarian' });
    expect(booking.costCode).toBe('CC-4411');
    expect(booking.termsAcceptedAt).not.toBeNull();
    const info = await getSessionForViewer(viewerFor(a), session.id);
    expect(info.session.costCodeRequired).toBe(true);
    expect(info.myBooking?.id).toBe(ok.bookingId);
  });

  it('enforces enrolment, audience eligibility, the sign-up window, one booking per workshop and no waitlist', async () => {
    const org = await makeOrganisation();
    const [outsider] = await makeUsers(1, org.id, 'outsider');
    const audience = await db.audience.create({ data: { name: `Libraries ${Date.now()}` } });
    const { people, workshop } = await setup({ eligibleAudienceId: audience.id });
    const [a, b, c] = people as [(typeof people)[number], (typeof people)[number], (typeof people)[number]];
    await db.audienceMember.createMany({ data: [a, c].map((p) => ({ audienceId: audience.id, userId: p.id })) });
    const s1 = await makeSession(workshop.id, { capacity: 1, waitlistEnabled: false });
    const s2 = await makeSession(workshop.id, { startsInDays: 30 });
    const closed = await makeSession(workshop.id, { signupClosesAt: new Date(Date.now() - 1000) });

    await expect(signUp(outsider!, s1.id)).rejects.toThrow(/Enrol on this course/);
    await expect(signUp(b, s1.id)).rejects.toThrow(/specific group of staff/);
    await expect(signUp(a, closed.id)).rejects.toThrow(/closed/);
    await signUp(a, s1.id);
    await expect(signUp(a, s2.id)).rejects.toBeInstanceOf(ConflictError);
    await expect(signUp(c, s1.id)).rejects.toThrow(/full and has no waitlist/);
    await expect(signUp(c, s1.id)).rejects.toBeInstanceOf(UserError);
    expect(await db.booking.count({ where: { workshopId: workshop.id } })).toBe(1);
  });

  it('archives past bookings for a reset so the learner can book again', async () => {
    const { people, workshop, course } = await setup({}, 1);
    const a = people[0]!;
    const s = await makeSession(workshop.id);
    const { bookingId } = await signUp(a, s.id);
    await db.booking.update({ where: { id: bookingId }, data: { status: 'FULLY_ATTENDED' } });
    expect(await archiveWorkshopBookings(db, { userId: a.id, courseId: course.id })).toBe(1);
    expect((await db.booking.findUniqueOrThrow({ where: { id: bookingId } })).archivedAt).not.toBeNull();
  });

  it('archives when the course is reset for the learner (recertification)', async () => {
    const { people, workshop, course } = await setup({}, 1);
    const a = people[0]!;
    const s = await makeSession(workshop.id);
    const { bookingId } = await signUp(a, s.id);
    await db.booking.update({ where: { id: bookingId }, data: { status: 'PARTIALLY_ATTENDED' } });
    await resetCourseForUser(db, { userId: a.id, courseId: course.id, reason: 'RECERTIFICATION' });
    const archived = await db.booking.findUniqueOrThrow({ where: { id: bookingId } });
    expect(archived.archivedAt).not.toBeNull();
    expect(archived.status).toBe('PARTIALLY_ATTENDED'); // attendance is kept as history
  });
});
