// L&D admin writes: rooms, workshop settings and questions, sessions with dates, session cancellation.
// Each loads its workshop or session through lib/auth/course-manager's guard (via admin-queries).
import type { Viewer } from '@/lib/auth/viewer';
import { assertLdAdmin } from '@/lib/auth/permissions';
import { findManagedSession, findManagedWorkshop } from '@/lib/workshops/admin-queries';
import { db } from '@/lib/db';
import { ConflictError, NotFoundError, ValidationError, type FieldErrors } from '@/lib/errors';
import { endBooking, lockSession, promoteWaitlist, type Client } from '@/lib/workshops/booking';
import { transactWithEffects } from '@/lib/workshops/dispatch';
import { sanitiseRichText } from '@/lib/html/sanitise';
import { parsePounds, wallClockToUtc } from '@/lib/workshops/rules';
import {
  parse,
  cancelSessionSchema,
  questionSchema,
  roomSchema,
  sessionSchema,
  workshopSettingsSchema,
  type QuestionInput,
  type RoomInput,
  type SessionInput,
  type WorkshopSettingsInput,
} from '@/lib/workshops/schemas';

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
