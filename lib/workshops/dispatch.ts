// Puts a command's effects on the job queue inside the command's own transaction: the emails and reminders
// exist if and only if the booking change committed. Call prepareWorkshopJobs() before opening the transaction.
import { enqueueWithin, prepareQueue } from '@/lib/jobs/enqueue';
import { TX_OPTIONS, type Client, type Tx } from '@/lib/workshops/booking';
import { collapsePlans, type WorkshopEffect } from '@/lib/workshops/effects';
import { reminderTimes } from '@/lib/workshops/email-content';
import {
  bookingEmailJob,
  evaluationRequestJob,
  reminderJob,
  signupClosedJob,
  workshopJobs,
} from '@/lib/workshops/jobs';

export async function prepareWorkshopJobs(): Promise<void> {
  for (const job of workshopJobs) await prepareQueue(job);
}

async function planSession(tx: Tx, sessionId: number, bookingId: number | undefined, now: Date): Promise<void> {
  const s = await tx.workshopSession.findUnique({
    where: { id: sessionId },
    select: {
      status: true,
      icalSequence: true,
      signupClosesAt: true,
      dates: { orderBy: { startsAt: 'asc' }, select: { startsAt: true, endsAt: true } },
      workshop: { select: { reminderDaysBefore: true, sendEvaluationRequest: true } },
    },
  });
  if (!s || s.status !== 'SCHEDULED') return;
  if (bookingId === undefined && s.signupClosesAt && s.signupClosesAt > now) {
    const closesAt = s.signupClosesAt.toISOString();
    await enqueueWithin(
      tx,
      signupClosedJob,
      { sessionId, closesAt },
      { dedupeKey: `workshop-signup-closed-job:${sessionId}:${closesAt}`, startAfter: s.signupClosesAt },
    );
  }
  const start = s.dates[0]?.startsAt;
  if (!start) return;
  const end = new Date(Math.max(...s.dates.map((d) => d.endsAt.getTime())));
  const bookings = await tx.booking.findMany({
    where: { sessionId, status: 'BOOKED', ...(bookingId !== undefined ? { id: bookingId } : {}) },
    select: { id: true },
  });
  const seq = s.icalSequence;
  for (const b of bookings) {
    for (const r of reminderTimes(start, s.workshop.reminderDaysBefore, now)) {
      await enqueueWithin(
        tx,
        reminderJob,
        { bookingId: b.id, daysBefore: r.days, sessionSequence: seq },
        { dedupeKey: `workshop-reminder-job:${b.id}:${r.days}:${seq}`, startAfter: r.at },
      );
    }
    if (s.workshop.sendEvaluationRequest) {
      await enqueueWithin(
        tx,
        evaluationRequestJob,
        { bookingId: b.id, sessionSequence: seq },
        { dedupeKey: `workshop-evaluation-job:${b.id}:${seq}`, startAfter: end },
      );
    }
  }
}

export async function applyEffects(tx: Tx, effects: WorkshopEffect[], now: Date = new Date()): Promise<void> {
  for (const e of collapsePlans(effects)) {
    if (e.type === 'plan') {
      await planSession(tx, e.sessionId, e.bookingId, now);
      continue;
    }
    const b = await tx.booking.findUnique({
      where: { id: e.bookingId },
      select: { icalSequence: true, session: { select: { icalSequence: true } } },
    });
    if (!b) continue;
    const key = `workshop-email:${e.template}:${e.bookingId}:${b.icalSequence}.${b.session.icalSequence}`;
    await enqueueWithin(tx, bookingEmailJob, { bookingId: e.bookingId, kind: e.template, key }, { dedupeKey: key });
  }
}

/** Runs `fn` in a transaction and queues the effects it collected before committing. */
export async function transactWithEffects<T>(
  client: Client,
  fn: (tx: Tx, effects: WorkshopEffect[]) => Promise<T>,
): Promise<T> {
  await prepareWorkshopJobs();
  return client.$transaction(async (tx) => {
    const effects: WorkshopEffect[] = [];
    const result = await fn(tx, effects);
    await applyEffects(tx, effects);
    return result;
  }, TX_OPTIONS);
}
