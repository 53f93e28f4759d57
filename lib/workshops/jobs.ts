// Workshop jobs: booking emails (with iCalendar invites), reminders, evaluation requests and the sign-up-closed
// notice. Every job re-reads the booking and checks it still applies (a moved session bumps its calendar
// sequence, so jobs planned for the old time do nothing), and every email has a dedupe key: it is sent once
// even if a job runs twice or on two workers.
import { z } from 'zod';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { defineJob } from '@/lib/jobs/define';
import { enqueue } from '@/lib/jobs/enqueue';
import { unsafeEvaluationFor } from '@/lib/feedback/jobs-queries';
import { sendEmail } from '@/lib/notifications/send-email';
import { bookingEmailTemplates } from '@/emails/booking-email';
import { bookingEmailProps, inviteMethodFor, type BookingEmailKind } from '@/lib/workshops/email-content';
import { inviteAttachment } from '@/lib/workshops/ical';
import { unsafeBookingInvite } from '@/lib/workshops/invites';

const KINDS = [
  'booking-confirmation',
  'waitlist-confirmation',
  'booking-cancelled',
  'session-cancelled',
  'session-changed',
  'reminder',
  'evaluation-request',
  'signup-closed',
] as const satisfies readonly BookingEmailKind[];

async function loadBooking(bookingId: number) {
  return db.booking.findUnique({
    where: { id: bookingId },
    select: {
      id: true,
      status: true,
      userId: true,
      emailInvite: true,
      icalSequence: true,
      user: {
        select: {
          firstName: true,
          email: true,
          jobAssignments: { where: { isPrimary: true }, select: { manager: { select: { email: true } } } },
        },
      },
      session: {
        select: {
          id: true,
          status: true,
          icalSequence: true,
          costPence: true,
          cancelReason: true,
          signupClosesAt: true,
          dates: {
            orderBy: { startsAt: 'asc' },
            select: {
              startsAt: true,
              endsAt: true,
              timezone: true,
              room: { select: { name: true, building: true, address: true, virtualUrl: true } },
            },
          },
          workshop: {
            select: {
              copyManager: true,
              sendEvaluationRequest: true,
              activity: { select: { name: true, courseId: true, course: { select: { fullName: true } } } },
            },
          },
        },
      },
    },
  });
}

type LoadedBooking = NonNullable<Awaited<ReturnType<typeof loadBooking>>>;

/** Renders and records one booking email (the outbox/Resend job delivers it). */
export async function sendBookingEmail(
  b: LoadedBooking,
  kind: BookingEmailKind,
  dedupeKey: string,
  extra: { evaluationUrl?: string } = {},
): Promise<boolean> {
  if (!b.user.email) return false; // No address: nothing to send (the guide asks people to keep theirs up to date).
  const { session } = b;
  const method = b.emailInvite && session.dates.length ? inviteMethodFor(kind) : null;
  const ics = method ? await unsafeBookingInvite(b.id, method) : null;
  const props = bookingEmailProps(
    kind,
    {
      learnerFirstName: b.user.firstName,
      courseName: session.workshop.activity.course.fullName,
      workshopName: session.workshop.activity.name,
      sessionUrl: `${env.appUrl}/workshops/sessions/${session.id}`,
      courseUrl: `${env.appUrl}/courses/${session.workshop.activity.courseId}`,
      costPence: session.costPence,
      dates: session.dates,
      cancelReason: session.cancelReason,
      evaluationUrl: extra.evaluationUrl,
    },
    Boolean(ics),
  );
  const cc = session.workshop.copyManager
    ? [...new Set(b.user.jobAssignments.map((j) => j.manager?.email).filter((e): e is string => Boolean(e)))]
    : [];
  await sendEmail({
    to: b.user.email,
    cc,
    template: bookingEmailTemplates[kind],
    props: { ...props, appUrl: env.appUrl },
    attachments: ics && method ? [inviteAttachment(ics, method)] : [],
    dedupeKey,
    userId: b.userId,
  });
  return true;
}

const LIVE_FOR: Record<BookingEmailKind, string[]> = {
  'booking-confirmation': ['BOOKED'],
  'waitlist-confirmation': ['WAITLISTED'],
  'booking-cancelled': ['USER_CANCELLED'],
  'session-cancelled': ['SESSION_CANCELLED'],
  'session-changed': ['BOOKED', 'WAITLISTED'],
  reminder: ['BOOKED'],
  'evaluation-request': ['BOOKED', 'FULLY_ATTENDED', 'PARTIALLY_ATTENDED'],
  'signup-closed': ['WAITLISTED'],
};

export const bookingEmailJob = defineJob({
  name: 'workshops.booking-email',
  schema: z.object({ bookingId: z.number().int().positive(), kind: z.enum(KINDS), key: z.string().min(1).max(300) }),
  handler: async ({ bookingId, kind, key }) => {
    const b = await loadBooking(bookingId);
    // The booking moved on (e.g. cancelled before its confirmation went out): that email no longer applies.
    if (!b || !LIVE_FOR[kind].includes(b.status)) return;
    await sendBookingEmail(b, kind, key);
  },
});

export const reminderJob = defineJob({
  name: 'workshops.reminder',
  schema: z.object({
    bookingId: z.number().int().positive(),
    daysBefore: z.number().int().positive(),
    sessionSequence: z.number().int().min(0),
  }),
  handler: async ({ bookingId, daysBefore, sessionSequence }) => {
    const b = await loadBooking(bookingId);
    if (!b || b.status !== 'BOOKED' || b.session.status !== 'SCHEDULED' || b.session.icalSequence !== sessionSequence)
      return;
    if (!b.session.dates[0] || b.session.dates[0].startsAt <= new Date()) return;
    await sendBookingEmail(b, 'reminder', `workshop-reminder:${bookingId}:${daysBefore}:${sessionSequence}`);
  },
});

const DAY_MS = 24 * 60 * 60 * 1000;
/** How many days the request waits for attendance to be marked before it goes anyway. */
const EVALUATION_WAIT_DAYS = 14;

const evaluationPayload = z.object({
  bookingId: z.number().int().positive(),
  sessionSequence: z.number().int().min(0),
  /** Days already waited for the evaluation to unlock (attendance not marked yet). */
  retry: z.number().int().min(0).max(EVALUATION_WAIT_DAYS).default(0),
});

/**
 * After the session: asks the learner for feedback, linking straight to the course's feedback form. Nobody who has
 * already answered is asked. While the form is still locked for them (it usually opens once their attendance is
 * marked), the request waits a day at a time, up to two weeks, so the link does not open on a locked page.
 */
export const evaluationRequestJob = defineJob({
  name: 'workshops.evaluation-request',
  schema: evaluationPayload,
  handler: async ({ bookingId, sessionSequence, retry }: z.output<typeof evaluationPayload>): Promise<void> => {
    const b = await loadBooking(bookingId);
    if (
      !b ||
      !b.session.workshop.sendEvaluationRequest ||
      b.session.status !== 'SCHEDULED' ||
      b.session.icalSequence !== sessionSequence
    )
      return;
    if (!LIVE_FOR['evaluation-request'].includes(b.status)) return;
    const evaluation = await unsafeEvaluationFor(b.userId, b.session.workshop.activity.courseId);
    if (evaluation?.submitted) return;
    if (evaluation && !evaluation.available && b.status === 'BOOKED' && retry < EVALUATION_WAIT_DAYS) {
      await enqueue(
        evaluationRequestJob,
        { bookingId, sessionSequence, retry: retry + 1 },
        {
          dedupeKey: `workshop-evaluation-job:${bookingId}:${sessionSequence}:wait-${retry + 1}`,
          startAfter: new Date(Date.now() + DAY_MS),
        },
      );
      return;
    }
    await sendBookingEmail(b, 'evaluation-request', `workshop-evaluation:${bookingId}`, {
      evaluationUrl: evaluation ? `${env.appUrl}/feedback/${evaluation.activityId}` : undefined,
    });
  },
});

export const signupClosedJob = defineJob({
  name: 'workshops.signup-closed',
  schema: z.object({ sessionId: z.number().int().positive(), closesAt: z.string() }),
  handler: async ({ sessionId, closesAt }) => {
    const session = await db.workshopSession.findUnique({
      where: { id: sessionId },
      select: { status: true, signupClosesAt: true },
    });
    // Re-planned if the window moved: only the job for the current closing time acts.
    if (!session || session.status !== 'SCHEDULED' || session.signupClosesAt?.toISOString() !== closesAt) return;
    const waiting = await db.booking.findMany({ where: { sessionId, status: 'WAITLISTED' }, select: { id: true } });
    for (const w of waiting) {
      const b = await loadBooking(w.id);
      if (b) await sendBookingEmail(b, 'signup-closed', `workshop-signup-closed:${w.id}:${closesAt}`);
    }
  },
});

export const workshopJobs = [bookingEmailJob, reminderJob, evaluationRequestJob, signupClosedJob] as const;
