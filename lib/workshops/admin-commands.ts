// L&D admin writes: rooms, workshop settings and questions, sessions with dates, attendees, attendance,
// session cancellation. Each loads its workshop or session through lib/auth/course-manager's guard.
import type { Viewer } from '@/lib/auth/viewer';
import { assertLdAdmin } from '@/lib/auth/permissions';
import { findManagedSession, findManagedWorkshop } from '@/lib/workshops/admin-queries';
import { recordActivityFacts } from '@/lib/completion/facts';
import { db } from '@/lib/db';
import { ConflictError, NotFoundError, UserError, ValidationError, type FieldErrors } from '@/lib/errors';
import type { z } from 'zod';
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
import { sanitiseRichText } from '@/lib/html/sanitise';
import { attendanceProblem, parsePounds, placeFor, wallClockToUtc } from '@/lib/workshops/rules';
import {
  addAttendeesSchema,
  attendanceSchema,
  cancelSessionSchema,
  moveBookingSchema,
  questionSchema,
  roomSchema,
  sessionSchema,
  workshopSettingsSchema,
  type AttendanceInput,
  type QuestionInput,
  type RoomInput,
  type SessionInput,
  type WorkshopSettingsInput,
} from '@/lib/workshops/schemas';

function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) errors[issue.path.join('.') || '_form'] ??= issue.message;
    throw new ValidationError(errors);
  }
  return result.data;
}

// ---------- rooms ----------

export async function saveRoom(viewer: Viewer, roomId: number | null, raw: RoomInput): Promise<number> {
  assertLdAdmin(viewer);
  const input = parse(roomSchema, raw);
  if (input.isVirtual && !input.virtualUrl)
    throw new ValidationError({ virtualUrl: 'Enter the meeting link for a virtual room' });
  const data = {
    name: input.name,
    building: input.building || null,
    address: input.address || null,
    capacity: input.capacity,
    isVirtual: input.isVirtual,
    virtualUrl: input.virtualUrl,
    detailsHtml: sanitiseRichText(input.details) || null,
  };
  if (roomId == null) return (await db.room.create({ data, select: { id: true } })).id;
  const { count } = await db.room.updateMany({ where: { id: roomId }, data });
  if (count === 0) throw new NotFoundError('We could not find that room.');
  return roomId;
}

// ---------- workshop settings and questions ----------

export async function saveWorkshopSettings(
  viewer: Viewer,
  activityId: number,
  raw: WorkshopSettingsInput,
): Promise<void> {
  const workshop = await findManagedWorkshop(viewer, activityId);
  const input = parse(workshopSettingsSchema, raw);
  const fee = parsePounds(input.cancellationFee);
  const errors: FieldErrors = {};
  if (fee === null) errors.cancellationFee = 'Enter the fee in pounds, for example 50 or 49.99';
  if (input.cancellationPolicy === 'UNTIL_CUTOFF' && !input.cancellationCutoffHours) {
    errors.cancellationCutoffHours = 'Enter how many hours before the start cancelling closes';
  }
  if (input.approval === 'SELF_AUTHORISATION' && !input.terms)
    errors.terms = 'Enter the terms and conditions learners agree to';
  const reasons = input.cancellationReasons
    .split('\n')
    .map((r) => r.trim())
    .filter(Boolean);
  if (reasons.length === 0) errors.cancellationReasons = 'Enter at least one cancellation reason';
  if (Object.keys(errors).length) throw new ValidationError(errors);
  await db.workshop.update({
    where: { id: workshop.id },
    data: {
      detailsHtml: sanitiseRichText(input.details) || null,
      allowMultipleBookings: input.allowMultipleBookings,
      approval: input.approval,
      termsHtml: sanitiseRichText(input.terms) || null,
      cancellationPolicy: input.cancellationPolicy,
      cancellationCutoffHours: input.cancellationPolicy === 'UNTIL_CUTOFF' ? input.cancellationCutoffHours : null,
      cancellationFeePence: fee || null,
      cancellationPolicyHtml: sanitiseRichText(input.cancellationPolicyText) || null,
      cancellationReasons: [...new Set(reasons)],
      reminderDaysBefore: [
        ...new Set(
          input.reminderDays
            .split(',')
            .map((d) => Number(d.trim()))
            .filter((d) => d > 0),
        ),
      ].sort((a, b) => b - a),
      copyManager: input.copyManager,
      sendEvaluationRequest: input.sendEvaluationRequest,
      eligibleAudienceId: input.eligibleAudienceId,
    },
  });
}

export async function addQuestion(viewer: Viewer, activityId: number, raw: QuestionInput): Promise<void> {
  const workshop = await findManagedWorkshop(viewer, activityId);
  const input = parse(questionSchema, raw);
  const options = input.options
    .split('\n')
    .map((o) => o.trim())
    .filter(Boolean);
  if (input.type === 'SELECT' && options.length < 2)
    throw new ValidationError({ options: 'Enter at least two options, one per line' });
  const last = await db.workshopQuestion.aggregate({ where: { workshopId: workshop.id }, _max: { sortOrder: true } });
  await db.workshopQuestion.create({
    data: {
      workshopId: workshop.id,
      label: input.label,
      hint: input.hint || null,
      type: input.type,
      options: input.type === 'SELECT' ? options : [],
      required: input.required,
      sortOrder: (last._max.sortOrder ?? 0) + 1,
    },
  });
}

export async function deleteQuestion(viewer: Viewer, activityId: number, questionId: number): Promise<void> {
  const workshop = await findManagedWorkshop(viewer, activityId);
  const { count } = await db.workshopQuestion.deleteMany({ where: { id: questionId, workshopId: workshop.id } });
  if (count === 0) throw new NotFoundError('We could not find that question.');
}

// ---------- sessions ----------

type ParsedDates = { startsAt: Date; endsAt: Date; roomId: number | null; timezone: string }[];

async function parseSession(raw: SessionInput) {
  const input = parse(sessionSchema, raw);
  const errors: FieldErrors = {};
  const tz = input.timezone;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
  } catch {
    errors.timezone = 'Enter a time zone such as Europe/London';
  }
  const cost = parsePounds(input.cost);
  if (cost === null) errors.cost = 'Enter the cost in pounds, for example 135 or 135.00';
  if (Object.keys(errors).length) throw new ValidationError(errors);
  const dates: ParsedDates = input.dates.map((d) => ({
    startsAt: wallClockToUtc(d.start, tz),
    endsAt: wallClockToUtc(d.end, tz),
    roomId: d.roomId,
    timezone: tz,
  }));
  dates.forEach((d, i) => {
    if (d.endsAt <= d.startsAt) errors[`dates.${i}.end`] = 'The finish must be after the start';
  });
  dates.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const signupOpensAt = input.signupOpens ? wallClockToUtc(input.signupOpens, tz) : null;
  const signupClosesAt = input.signupCloses ? wallClockToUtc(input.signupCloses, tz) : null;
  if (signupOpensAt && signupClosesAt && signupClosesAt <= signupOpensAt)
    errors.signupCloses = 'Sign-up must close after it opens';
  if (signupClosesAt && dates[0] && signupClosesAt > dates[0].startsAt)
    errors.signupCloses = 'Sign-up must close on or before the session starts';
  const roomIds = [...new Set(dates.map((d) => d.roomId).filter((id): id is number => id != null))];
  if (roomIds.length) {
    const found = await db.room.count({ where: { id: { in: roomIds }, archivedAt: null } });
    if (found !== roomIds.length) errors['dates.0.roomId'] = 'Choose a room from the list';
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  const customFields: Record<string, string> = {};
  for (const line of input.customFields.split('\n')) {
    const at = line.indexOf(':');
    if (at > 0 && line.slice(at + 1).trim()) customFields[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return {
    base: {
      capacity: input.capacity,
      waitlistEnabled: input.waitlistEnabled,
      costPence: cost ?? 0,
      detailsHtml: sanitiseRichText(input.details) || null,
      customFields,
      timezone: tz,
      signupOpensAt,
      signupClosesAt,
    },
    dates,
  };
}

export async function createSession(viewer: Viewer, activityId: number, raw: SessionInput): Promise<number> {
  const workshop = await findManagedWorkshop(viewer, activityId);
  const { base, dates } = await parseSession(raw);
  const session = await db.workshopSession.create({
    data: { ...base, workshopId: workshop.id, dates: { create: dates } },
    select: { id: true },
  });
  return session.id;
}

function sameDates(a: ParsedDates, b: { startsAt: Date; endsAt: Date; roomId: number | null }[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (d, i) =>
        d.startsAt.getTime() === b[i]!.startsAt.getTime() &&
        d.endsAt.getTime() === b[i]!.endsAt.getTime() &&
        d.roomId === b[i]!.roomId,
    )
  );
}

/**
 * Updates a session. Changed dates or rooms bump the calendar sequence and send everyone an updated invite;
 * more seats (or the first dates) book wait-listed people in order.
 */
export async function updateSession(
  viewer: Viewer,
  sessionId: number,
  raw: SessionInput,
  client: Client = db,
): Promise<{ changed: boolean; promoted: number[] }> {
  await findManagedSession(viewer, sessionId);
  const { base, dates } = await parseSession(raw);
  const result = await transactWithEffects(client, async (tx, effects) => {
    const locked = await lockSession(tx, sessionId);
    if (!locked) throw new NotFoundError();
    if (locked.status === 'CANCELLED')
      throw new ConflictError('This session has been cancelled and cannot be changed.');
    const existing = await tx.sessionDate.findMany({
      where: { sessionId },
      orderBy: { startsAt: 'asc' },
      select: { id: true, startsAt: true, endsAt: true, roomId: true },
    });
    const changed = !sameDates(dates, existing);
    if (changed) {
      // Update dates in place so each keeps its id (and so its calendar UID).
      for (let i = 0; i < dates.length; i++) {
        const old = existing[i];
        if (old) await tx.sessionDate.update({ where: { id: old.id }, data: dates[i]! });
        else await tx.sessionDate.create({ data: { ...dates[i]!, sessionId } });
      }
      if (existing.length > dates.length)
        await tx.sessionDate.deleteMany({ where: { id: { in: existing.slice(dates.length).map((d) => d.id) } } });
    }
    await tx.workshopSession.update({
      where: { id: sessionId },
      data: { ...base, ...(changed ? { icalSequence: { increment: 1 } } : {}) },
    });
    if (changed) {
      const live = await tx.booking.findMany({
        where: { sessionId, status: { in: ['BOOKED', 'WAITLISTED'] } },
        select: { id: true },
      });
      for (const b of live) effects.push({ type: 'email', template: 'session-changed', bookingId: b.id });
      effects.push({ type: 'plan', sessionId });
    }
    const fresh = await lockSession(tx, sessionId);
    const promoted = await promoteWaitlist(tx, fresh!, viewer.id, effects);
    return { changed, promoted };
  });
  return result;
}

/** Cancels a whole session: every live booking is cancelled and everyone gets a calendar CANCEL. */
export async function cancelSession(
  viewer: Viewer,
  raw: { sessionId: unknown; reason: unknown },
  client: Client = db,
): Promise<number> {
  const input = parse(cancelSessionSchema, raw);
  await findManagedSession(viewer, input.sessionId);
  const count = await transactWithEffects(client, async (tx, effects) => {
    const locked = await lockSession(tx, input.sessionId);
    if (!locked) throw new NotFoundError();
    if (locked.status === 'CANCELLED') throw new ConflictError('This session is already cancelled.');
    const live = await tx.booking.findMany({
      where: { sessionId: locked.id, status: { in: ['BOOKED', 'WAITLISTED'] } },
      select: { id: true, status: true },
    });
    for (const b of live)
      await endBooking(tx, locked, b, { to: 'SESSION_CANCELLED', byId: viewer.id, reason: input.reason }, effects);
    await tx.workshopSession.update({
      where: { id: locked.id },
      data: { status: 'CANCELLED', cancelledAt: new Date(), cancelReason: input.reason },
    });
    return live.length;
  });
  return count;
}

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
