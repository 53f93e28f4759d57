// L&D admin writes on a session's people: adding attendees, confirming the waitlist, moving bookings, attendance.
// Each loads its session through lib/auth/course-manager's guard (via admin-queries).
import type { Viewer } from '@/lib/auth/viewer';
import { findManagedSession } from '@/lib/workshops/admin-queries';
import { recordActivityFacts } from '@/lib/completion/facts';
import { db } from '@/lib/db';
import { ConflictError, NotFoundError, UserError, ValidationError } from '@/lib/errors';
import {
  TX_OPTIONS,
  createBooking,
  endBooking,
  lockSession,
  promoteWaitlist,
  recordChange,
  type Client,
} from '@/lib/workshops/booking';
import { transactWithEffects } from '@/lib/workshops/dispatch';
import { attendanceProblem, placeFor } from '@/lib/workshops/rules';
import {
  parse,
  addAttendeesSchema,
  attendanceSchema,
  moveBookingSchema,
  type AttendanceInput,
} from '@/lib/workshops/schemas';

// ---------- attendees ----------

export type AddAttendeesResult = { booked: string[]; waitlisted: string[]; already: string[]; notFound: string[] };

/** Adds people by username: a seat while any are free, then the waitlist. */
export async function addAttendees(
  viewer: Viewer,
  raw: { sessionId: unknown; usernames: unknown },
  client: Client = db,
): Promise<AddAttendeesResult> {
  const input = parse(addAttendeesSchema, raw);
  await findManagedSession(viewer, input.sessionId);
  const users = await db.user.findMany({
    where: { username: { in: input.usernames }, status: 'ACTIVE' },
    select: { id: true, username: true },
  });
  const result: AddAttendeesResult = {
    booked: [],
    waitlisted: [],
    already: [],
    notFound: input.usernames.filter((u) => !users.some((x) => x.username === u)),
  };
  await transactWithEffects(client, async (tx, effects) => {
    const locked = await lockSession(tx, input.sessionId);
    if (!locked) throw new NotFoundError();
    if (locked.status === 'CANCELLED') throw new ConflictError('This session has been cancelled.');
    const existing = new Set(
      (
        await tx.booking.findMany({
          where: { sessionId: locked.id, userId: { in: users.map((u) => u.id) }, activeFlag: true },
          select: { userId: true },
        })
      ).map((b) => b.userId),
    );
    for (const u of users) {
      if (existing.has(u.id)) {
        result.already.push(u.username);
        continue;
      }
      const place = placeFor({ ...locked, waitlistEnabled: true });
      await createBooking(
        tx,
        locked,
        {
          userId: u.id,
          status: place === 'BOOKED' ? 'BOOKED' : 'WAITLISTED',
          byId: viewer.id,
          note: 'Added by an administrator',
        },
        effects,
      );
      (place === 'BOOKED' ? result.booked : result.waitlisted).push(u.username);
    }
  });
  return result;
}

/** Books chosen wait-listed people now, even beyond capacity (an administrator's decision). */
export async function confirmWaitlisted(
  viewer: Viewer,
  sessionId: number,
  bookingIds: number[],
  client: Client = db,
): Promise<number> {
  await findManagedSession(viewer, sessionId);
  if (bookingIds.length === 0) throw new ValidationError({ bookingIds: 'Select at least one wait-listed person' });
  const count = await transactWithEffects(client, async (tx, effects) => {
    const locked = await lockSession(tx, sessionId);
    if (!locked) throw new NotFoundError();
    if (!locked.startsAt) throw new UserError('Add a date to the session before confirming people from the waitlist.');
    const waiting = await tx.booking.findMany({
      where: { id: { in: bookingIds }, sessionId, status: 'WAITLISTED' },
      select: { id: true },
    });
    const now = new Date();
    for (const b of waiting) {
      await tx.booking.update({ where: { id: b.id }, data: { status: 'BOOKED', bookedAt: now } });
      await recordChange(tx, b.id, 'WAITLISTED', 'BOOKED', viewer.id, 'Confirmed by an administrator');
      effects.push({ type: 'email', template: 'booking-confirmation', bookingId: b.id });
      effects.push({ type: 'plan', sessionId, bookingId: b.id });
    }
    if (waiting.length)
      await tx.workshopSession.update({
        where: { id: sessionId },
        data: { bookedCount: { increment: waiting.length } },
      });
    return waiting.length;
  });
  return count;
}

/** Moves a live booking to another session of the same workshop; the freed seat goes to the waitlist. */
export async function moveBooking(
  viewer: Viewer,
  raw: { bookingId: unknown; toSessionId: unknown },
  client: Client = db,
): Promise<{ newBookingId: number; status: 'BOOKED' | 'WAITLISTED' }> {
  const input = parse(moveBookingSchema, raw);
  const booking = await db.booking.findUnique({
    where: { id: input.bookingId },
    select: {
      sessionId: true,
      workshopId: true,
      userId: true,
      costCode: true,
      specialRequirementsHtml: true,
      answers: true,
      emailInvite: true,
      termsAcceptedAt: true,
    },
  });
  if (!booking) throw new NotFoundError('We could not find that booking.');
  await findManagedSession(viewer, booking.sessionId);
  if (input.toSessionId === booking.sessionId) throw new ValidationError({ toSessionId: 'Choose a different session' });
  const result = await transactWithEffects(client, async (tx, effects) => {
    // Lock both sessions in id order so two opposite moves cannot deadlock.
    const [first, second] = [booking.sessionId, input.toSessionId].sort((a, b) => a - b) as [number, number];
    const l1 = await lockSession(tx, first);
    const l2 = await lockSession(tx, second);
    const from = first === booking.sessionId ? l1 : l2;
    const to = first === booking.sessionId ? l2 : l1;
    if (!from || !to || to.workshopId !== booking.workshopId)
      throw new ValidationError({ toSessionId: 'Choose another session of the same workshop' });
    if (to.status === 'CANCELLED') throw new ValidationError({ toSessionId: 'That session has been cancelled' });
    const current = await tx.booking.findUniqueOrThrow({
      where: { id: input.bookingId },
      select: { id: true, status: true },
    });
    if (current.status !== 'BOOKED' && current.status !== 'WAITLISTED')
      throw new ConflictError('Only booked or wait-listed people can be moved.');
    const clash = await tx.booking.findFirst({
      where: { sessionId: to.id, userId: booking.userId, activeFlag: true },
      select: { id: true },
    });
    if (clash) throw new ConflictError('This person already has a place on that session.');
    await endBooking(
      tx,
      from,
      current,
      { to: 'USER_CANCELLED', byId: viewer.id, reason: 'Moved to another session' },
      effects,
    );
    const place = placeFor({ ...to, waitlistEnabled: true });
    const status = place === 'BOOKED' ? 'BOOKED' : 'WAITLISTED';
    const newBookingId = await createBooking(
      tx,
      to,
      {
        userId: booking.userId,
        status,
        byId: viewer.id,
        costCode: booking.costCode,
        specialRequirementsHtml: booking.specialRequirementsHtml,
        answers: booking.answers as Record<string, string>,
        emailInvite: booking.emailInvite,
        termsAcceptedAt: booking.termsAcceptedAt,
        note: 'Moved from another session by an administrator',
      },
      effects,
    );
    await promoteWaitlist(tx, from, viewer.id, effects);
    return { newBookingId, status: status as 'BOOKED' | 'WAITLISTED' };
  });
  return result;
}

/** Marks attendance after the session has started; each mark feeds the workshop activity's completion. */
export async function markAttendance(viewer: Viewer, raw: AttendanceInput, client: Client = db): Promise<number> {
  const input = parse(attendanceSchema, raw);
  const session = await findManagedSession(viewer, input.sessionId);
  const activityId = session.workshop.activityId;
  return client.$transaction(async (tx) => {
    const locked = await lockSession(tx, input.sessionId);
    if (!locked) throw new NotFoundError();
    const problem = attendanceProblem(locked.status, locked.startsAt, new Date());
    if (problem) throw new UserError(problem);
    const bookings = await tx.booking.findMany({
      where: {
        id: { in: input.marks.map((m) => m.bookingId) },
        sessionId: input.sessionId,
        status: { in: ['BOOKED', 'FULLY_ATTENDED', 'PARTIALLY_ATTENDED', 'NO_SHOW'] },
      },
      select: { id: true, status: true, userId: true },
    });
    if (bookings.length !== input.marks.length)
      throw new ValidationError({ marks: 'Attendance can only be marked for people booked on this session' });
    const now = new Date();
    for (const mark of input.marks) {
      const b = bookings.find((x) => x.id === mark.bookingId)!;
      if (b.status !== mark.status) {
        await tx.booking.update({ where: { id: b.id }, data: { status: mark.status, attendanceMarkedAt: now } });
        await recordChange(tx, b.id, b.status, mark.status, viewer.id, 'Attendance');
      }
      await recordActivityFacts(tx, { userId: b.userId, activityId, facts: { attendance: mark.status }, at: now });
    }
    return input.marks.length;
  }, TX_OPTIONS);
}
