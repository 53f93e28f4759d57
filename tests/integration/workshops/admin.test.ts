/** @jest-environment node */
import { db } from '@/lib/db';
import { ForbiddenError, UserError, ValidationError } from '@/lib/errors';
import {
  cancelSession,
  createSession,
  saveRoom,
  saveWorkshopSettings,
  updateSession,
} from '@/lib/workshops/admin-commands';
import { addAttendees, confirmWaitlisted, markAttendance, moveBooking } from '@/lib/workshops/attendee-commands';
import { exportAttendeesCsv, getSessionAdmin, listManagedWorkshops } from '@/lib/workshops/admin-queries';
import { signUpForSession } from '@/lib/workshops/commands';
import { utcToWallClock } from '@/lib/workshops/rules';
import { stopBoss } from '@/lib/jobs/boss';
import { disconnect, resetDb } from '../../helpers/db';
import { resetQueue } from '../../helpers/jobs';
import {
  enrol,
  makeOrganisation,
  makeSession,
  makeTeam,
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

async function setup(users = 4) {
  const org = await makeOrganisation();
  const team = await makeTeam();
  const otherTeam = await makeTeam();
  const [adminUser, otherAdminUser, ...people] = await makeUsers(users + 2, org.id, 'adm');
  const admin = viewerFor(adminUser!, { ldTeamIds: [team.id] });
  const otherAdmin = viewerFor(otherAdminUser!, { ldTeamIds: [otherTeam.id] });
  const w = await makeWorkshopCourse({ ownerTeamId: team.id });
  await enrol(
    people.map((p) => p.id),
    w.course.id,
  );
  return { admin, otherAdmin, people, ...w };
}

const DAY = 86_400_000;

describe('admin: sessions and attendees', () => {
  it('creates a session from London wall-clock times and refuses other teams and learners', async () => {
    const { admin, otherAdmin, people, activity } = await setup(1);
    const roomId = await saveRoom(admin, null, {
      name: 'Room 3',
      address: 'Central Stocks Unit',
      capacity: '12',
      details: '<p>Lift<script>x</script></p>',
    });
    expect((await db.room.findUniqueOrThrow({ where: { id: roomId } })).detailsHtml).toBe('<p>Lift</p>');
    const input = {
      capacity: '12',
      waitlistEnabled: 'on',
      cost: '135',
      customFields: 'Parking permit: Ask at reception',
      dates: [{ start: '2027-07-01T09:30', end: '2027-07-01T16:30', roomId: String(roomId) }],
    };
    await expect(createSession(otherAdmin, activity.id, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createSession(viewerFor(people[0]!), activity.id, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveRoom(viewerFor(people[0]!), null, { name: 'X' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      createSession(admin, activity.id, {
        ...input,
        dates: [{ start: '2027-07-01T09:30', end: '2027-07-01T08:30', roomId: '' }],
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    const id = await createSession(admin, activity.id, input);
    const s = await db.workshopSession.findUniqueOrThrow({ where: { id }, include: { dates: true } });
    expect(s.dates[0]!.startsAt.toISOString()).toBe('2027-07-01T08:30:00.000Z');
    expect(s.costPence).toBe(13500);
    expect(s.customFields).toEqual({ 'Parking permit': 'Ask at reception' });
    expect((await listManagedWorkshops(admin)).map((w) => w.activityId)).toContain(activity.id);
    expect((await listManagedWorkshops(otherAdmin)).map((w) => w.activityId)).not.toContain(activity.id);
  });

  it('adds attendees, confirms wait-listed people, moves a booking and promotes when capacity grows', async () => {
    const { admin, otherAdmin, people, workshop } = await setup(4);
    const session = await makeSession(workshop.id, { capacity: 1 });
    const other = await makeSession(workshop.id, { capacity: 5, startsInDays: 30 });
    const names = people.map((p) => p.username);
    const added = await addAttendees(admin, {
      sessionId: session.id,
      usernames: `${names[0]}, ${names[1]} ${names[2]} nobody-here`,
    });
    expect(added).toEqual({
      booked: [names[0]],
      waitlisted: [names[1], names[2]],
      already: [],
      notFound: ['nobody-here'],
    });
    await expect(addAttendees(otherAdmin, { sessionId: session.id, usernames: names[3] })).rejects.toBeInstanceOf(
      ForbiddenError,
    );

    const admin1 = await getSessionAdmin(admin, session.id);
    expect(admin1.waitlist.map((b) => b.user.username)).toEqual([names[1], names[2]]);
    await confirmWaitlisted(admin, session.id, [admin1.waitlist[1]!.id]);
    expect((await db.workshopSession.findUniqueOrThrow({ where: { id: session.id } })).bookedCount).toBe(2);

    const moved = await moveBooking(admin, { bookingId: admin1.attending[0]!.id, toSessionId: other.id });
    expect(moved.status).toBe('BOOKED');
    // The freed seat stays taken: 2 booked on 1 seat (overbooked by the confirm), so nobody is promoted.
    expect((await db.workshopSession.findUniqueOrThrow({ where: { id: session.id } })).bookedCount).toBe(1);

    const date = session.dates[0]!;
    const result = await updateSession(admin, session.id, {
      capacity: '3',
      waitlistEnabled: 'on',
      dates: [{ start: utcToWallClock(date.startsAt), end: utcToWallClock(date.endsAt), roomId: '' }],
    });
    expect(result.changed).toBe(false);
    expect(result.promoted).toHaveLength(1);
    expect(
      (await db.booking.findFirstOrThrow({ where: { sessionId: session.id, userId: people[1]!.id } })).status,
    ).toBe('BOOKED');
  });

  it('a session without dates wait-lists everyone, then books them in sign-up order when a date is added', async () => {
    const { admin, people, workshop } = await setup(3);
    const session = await makeSession(workshop.id, { capacity: 2, noDates: true });
    for (const p of people) {
      expect((await signUpForSession(viewerFor(p), { sessionId: session.id, confirmation: 'EMAIL_ONLY' })).status).toBe(
        'WAITLISTED',
      );
    }
    const start = new Date(Date.now() + 20 * DAY);
    const result = await updateSession(admin, session.id, {
      capacity: '2',
      waitlistEnabled: 'on',
      dates: [{ start: utcToWallClock(start), end: utcToWallClock(new Date(start.getTime() + 3_600_000)), roomId: '' }],
    });
    expect(result.changed).toBe(true);
    const bookings = await db.booking.findMany({ where: { sessionId: session.id }, orderBy: { id: 'asc' } });
    expect(bookings.map((b) => b.status)).toEqual(['BOOKED', 'BOOKED', 'WAITLISTED']);
    expect(result.promoted).toEqual([bookings[0]!.id, bookings[1]!.id]);
  });

  it('cancels a whole session for everyone', async () => {
    const { admin, people, workshop } = await setup(3);
    const session = await makeSession(workshop.id, { capacity: 2 });
    for (const p of people)
      await signUpForSession(viewerFor(p), { sessionId: session.id, confirmation: 'EMAIL_WITH_INVITE' });
    await expect(cancelSession(admin, { sessionId: session.id, reason: '' })).rejects.toBeInstanceOf(ValidationError);
    expect(await cancelSession(admin, { sessionId: session.id, reason: 'Trainer unwell' })).toBe(3);
    const after = await db.workshopSession.findUniqueOrThrow({
      where: { id: session.id },
      include: { bookings: true },
    });
    expect(after).toMatchObject({ status: 'CANCELLED', bookedCount: 0, cancelReason: 'Trainer unwell' });
    expect(
      after.bookings.every((b) => b.status === 'SESSION_CANCELLED' && b.activeFlag === null && b.icalSequence === 1),
    ).toBe(true);
    await expect(
      signUpForSession(viewerFor(people[0]!), { sessionId: session.id, confirmation: 'EMAIL_ONLY' }),
    ).rejects.toThrow(/cancelled/);
  });

  it('marks attendance after the start and feeds activity completion', async () => {
    const { admin, otherAdmin, people, workshop, activity, course } = await setup(3);
    const session = await makeSession(workshop.id, { capacity: 5 });
    const ids = [];
    for (const p of people)
      ids.push((await signUpForSession(viewerFor(p), { sessionId: session.id, confirmation: 'EMAIL_ONLY' })).bookingId);
    const marks = [
      { bookingId: ids[0]!, status: 'FULLY_ATTENDED' as const },
      { bookingId: ids[1]!, status: 'PARTIALLY_ATTENDED' as const },
      { bookingId: ids[2]!, status: 'NO_SHOW' as const },
    ];
    await expect(markAttendance(admin, { sessionId: session.id, marks })).rejects.toThrow(UserError);
    await db.sessionDate.updateMany({
      where: { sessionId: session.id },
      data: { startsAt: new Date(Date.now() - DAY), endsAt: new Date(Date.now() - DAY + 3_600_000) },
    });
    await expect(markAttendance(otherAdmin, { sessionId: session.id, marks })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await markAttendance(admin, { sessionId: session.id, marks })).toBe(3);
    const states = await db.activityCompletion.findMany({
      where: { activityId: activity.id },
      orderBy: { userId: 'asc' },
    });
    expect(states.map((s) => s.state)).toEqual(['COMPLETE', 'COMPLETE', 'INCOMPLETE']);
    const statuses = await db.booking.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } });
    expect(statuses.map((b) => b.status)).toEqual(['FULLY_ATTENDED', 'PARTIALLY_ATTENDED', 'NO_SHOW']);
    void course;
  });

  it('exports attendees as CSV with answers and neutralised formulas', async () => {
    const { admin, otherAdmin, people, workshop, activity } = await setup(1);
    await saveWorkshopSettings(admin, activity.id, {
      approval: 'NONE',
      cancellationPolicy: 'ANY_TIME',
      cancellationReasons: 'Illness',
      cancellationFee: '',
    });
    const session = await makeSession(workshop.id);
    await signUpForSession(viewerFor(people[0]!), {
      sessionId: session.id,
      confirmation: 'EMAIL_ONLY',
      specialRequirements: '=HYPERLINK("x")',
    });
    const { csv, filename } = await exportAttendeesCsv(admin, session.id);
    expect(filename).toMatch(/^attendees-session-\d+-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.split('\r\n')[0]).toBe(
      'Username,First name,Last name,Email,Status,Signed up,Cost code,Special requirements,Answers,Cancellation reason',
    );
    expect(csv).toContain(people[0]!.username);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    await expect(exportAttendeesCsv(otherAdmin, session.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
