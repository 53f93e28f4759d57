// Transaction building blocks shared by learner and admin booking commands. Every seat change happens with the
// session row locked (SELECT ... FOR UPDATE), so bookedCount and the waitlist order are decided one at a time
// by the database, whichever process or connection the request arrived on.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { BookingStatus } from '@/lib/generated/prisma/enums';
import { db } from '@/lib/db';
import type { WorkshopEffect } from '@/lib/workshops/effects';

export type Tx = Prisma.TransactionClient;
export type Client = typeof db;

/** Long enough for a queue of parallel sign-ups waiting for a connection and the session lock. */
export const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 } as const;

export type LockedSession = {
  id: number;
  workshopId: number;
  capacity: number;
  bookedCount: number;
  waitlistEnabled: boolean;
  status: 'SCHEDULED' | 'CANCELLED';
  signupOpensAt: Date | null;
  signupClosesAt: Date | null;
  icalSequence: number;
  startsAt: Date | null;
  endsAt: Date | null;
};

/** Locks the session row for the rest of the transaction and returns its current state. */
export async function lockSession(tx: Tx, sessionId: number): Promise<LockedSession | null> {
  const rows = await tx.$queryRaw<
    { id: number }[]
  >`SELECT id FROM "WorkshopSession" WHERE id = ${sessionId} FOR UPDATE`;
  if (rows.length === 0) return null;
  const s = await tx.workshopSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      id: true,
      workshopId: true,
      capacity: true,
      bookedCount: true,
      waitlistEnabled: true,
      status: true,
      signupOpensAt: true,
      signupClosesAt: true,
      icalSequence: true,
      dates: { select: { startsAt: true, endsAt: true }, orderBy: { startsAt: 'asc' } },
    },
  });
  const { dates, ...rest } = s;
  return {
    ...rest,
    startsAt: dates[0]?.startsAt ?? null,
    endsAt: dates.length ? new Date(Math.max(...dates.map((d) => d.endsAt.getTime()))) : null,
  };
}

/** Serialises one learner's sign-ups to one workshop (the "one active booking per workshop" rule). */
export async function lockLearnerWorkshop(tx: Tx, workshopId: number, userId: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${workshopId}::int4, ${userId}::int4)`;
}

export async function recordChange(
  tx: Tx,
  bookingId: number,
  from: BookingStatus | null,
  to: BookingStatus,
  byId: number | null,
  note?: string,
): Promise<void> {
  await tx.bookingStatusChange.create({ data: { bookingId, from, to, byId, note: note ?? null } });
}

/**
 * Books wait-listed people in sign-up order while seats are free (nothing once the session has started,
 * is cancelled or has no dates). The session must be locked. Returns the ids booked.
 */
export async function promoteWaitlist(
  tx: Tx,
  session: LockedSession,
  byId: number | null,
  effects: WorkshopEffect[],
  now: Date = new Date(),
): Promise<number[]> {
  if (session.status === 'CANCELLED' || !session.startsAt || session.startsAt <= now) return [];
  const free = session.capacity - session.bookedCount;
  if (free <= 0) return [];
  const next = await tx.booking.findMany({
    where: { sessionId: session.id, status: 'WAITLISTED' },
    orderBy: [{ signedUpAt: 'asc' }, { id: 'asc' }],
    take: free,
    select: { id: true },
  });
  for (const b of next) {
    await tx.booking.update({ where: { id: b.id }, data: { status: 'BOOKED', bookedAt: now } });
    await recordChange(tx, b.id, 'WAITLISTED', 'BOOKED', byId, 'A seat became free');
    effects.push({ type: 'email', template: 'booking-confirmation', bookingId: b.id });
    effects.push({ type: 'plan', sessionId: session.id, bookingId: b.id });
  }
  if (next.length) {
    await tx.workshopSession.update({ where: { id: session.id }, data: { bookedCount: { increment: next.length } } });
    session.bookedCount += next.length;
  }
  return next.map((b) => b.id);
}

/** Creates a live booking on a locked session, taking a seat when `status` is BOOKED. */
export async function createBooking(
  tx: Tx,
  session: LockedSession,
  data: {
    userId: number;
    status: 'BOOKED' | 'WAITLISTED';
    byId: number | null;
    costCode?: string | null;
    specialRequirementsHtml?: string | null;
    answers?: Record<string, string>;
    emailInvite?: boolean;
    termsAcceptedAt?: Date | null;
    note?: string;
  },
  effects: WorkshopEffect[],
  now: Date = new Date(),
): Promise<number> {
  const booking = await tx.booking.create({
    data: {
      sessionId: session.id,
      workshopId: session.workshopId,
      userId: data.userId,
      status: data.status,
      // Taken after the session lock, so the waitlist order is the order the lock was granted in.
      signedUpAt: now,
      bookedAt: data.status === 'BOOKED' ? now : null,
      costCode: data.costCode || null,
      specialRequirementsHtml: data.specialRequirementsHtml || null,
      answers: data.answers ?? {},
      emailInvite: data.emailInvite ?? true,
      termsAcceptedAt: data.termsAcceptedAt ?? null,
    },
    select: { id: true },
  });
  await recordChange(tx, booking.id, null, data.status, data.byId, data.note);
  if (data.status === 'BOOKED') {
    await tx.workshopSession.update({ where: { id: session.id }, data: { bookedCount: { increment: 1 } } });
    session.bookedCount += 1;
  }
  effects.push({
    type: 'email',
    template: data.status === 'BOOKED' ? 'booking-confirmation' : 'waitlist-confirmation',
    bookingId: booking.id,
  });
  effects.push({ type: 'plan', sessionId: session.id, bookingId: booking.id });
  return booking.id;
}

/** Ends a live booking (user cancellation, session cancellation, admin move) and frees its seat. */
export async function endBooking(
  tx: Tx,
  session: LockedSession,
  booking: { id: number; status: BookingStatus },
  data: {
    to: 'USER_CANCELLED' | 'SESSION_CANCELLED';
    byId: number | null;
    reason?: string | null;
    details?: string | null;
  },
  effects: WorkshopEffect[],
  now: Date = new Date(),
): Promise<void> {
  await tx.booking.update({
    where: { id: booking.id },
    data: {
      status: data.to,
      activeFlag: null,
      cancelledAt: now,
      cancelReason: data.reason ?? null,
      cancelDetails: data.details || null,
      cancelledById: data.byId,
      icalSequence: { increment: 1 },
    },
  });
  await recordChange(tx, booking.id, booking.status, data.to, data.byId, data.reason ?? undefined);
  if (booking.status === 'BOOKED') {
    await tx.workshopSession.update({ where: { id: session.id }, data: { bookedCount: { decrement: 1 } } });
    session.bookedCount -= 1;
  }
  effects.push({
    type: 'email',
    template: data.to === 'SESSION_CANCELLED' ? 'session-cancelled' : 'booking-cancelled',
    bookingId: booking.id,
  });
}
