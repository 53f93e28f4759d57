// Learner booking commands: sign up (seat or waitlist), cancel own booking; and the reset hook for recertification.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { ConflictError, NotFoundError, UserError, ValidationError, type FieldErrors } from '@/lib/errors';
import { selfEnrolInTransaction } from '@/lib/enrolment/commands';
import { assertActivityBookable } from '@/lib/workshops/access';
import {
  createBooking,
  endBooking,
  lockLearnerWorkshop,
  lockSession,
  promoteWaitlist,
  type Client,
  type Tx,
} from '@/lib/workshops/booking';
import { transactWithEffects } from '@/lib/workshops/dispatch';
import { sanitiseRichText } from '@/lib/html/sanitise';
import { cancellationProblem, costCodeRequired, placeFor, signupWindowProblem } from '@/lib/workshops/rules';
import { cancelBookingSchema, signUpSchema, type CancelBookingInput, type SignUpInput } from '@/lib/workshops/schemas';

export type SignUpResult = {
  bookingId: number;
  status: 'BOOKED' | 'WAITLISTED';
  alreadyBooked: boolean;
  /** This sign-up also enrolled the learner on the course. */
  enrolled?: boolean;
};

/**
 * Signs the viewer up to a session: a seat while any are free, otherwise the waitlist. Safe under any number of
 * parallel calls: the session row lock decides the order; a repeated submit returns the existing booking.
 * `client` lets tests and scripts use their own connection pool.
 */
export async function signUpForSession(viewer: Viewer, raw: SignUpInput, client: Client = db): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success)
    throw new ValidationError(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])));
  const input = parsed.data;

  const session = await client.workshopSession.findUnique({
    where: { id: input.sessionId },
    select: {
      id: true,
      costPence: true,
      workshop: {
        select: {
          id: true,
          activityId: true,
          approval: true,
          allowMultipleBookings: true,
          cancellationFeePence: true,
          eligibleAudienceId: true,
          questions: {
            orderBy: { sortOrder: 'asc' },
            select: { id: true, label: true, type: true, options: true, required: true },
          },
        },
      },
    },
  });
  if (!session) throw new NotFoundError();
  const { workshop } = session;
  const bookable = await assertActivityBookable(viewer, workshop.activityId, workshop.eligibleAudienceId, client);

  const errors: FieldErrors = {};
  if (workshop.approval === 'SELF_AUTHORISATION' && !input.acceptTerms) {
    errors.acceptTerms = 'Confirm you have read and agree to the terms and conditions';
  }
  if (costCodeRequired(session.costPence, workshop.cancellationFeePence) && !input.costCode) {
    errors.costCode = 'Enter a cost code';
  }
  const answers: Record<string, string> = {};
  for (const q of workshop.questions) {
    const value = (input.answers[String(q.id)] ?? '').trim();
    if (q.required && !value)
      errors[`answers.${q.id}`] = q.type === 'CHECKBOX' ? `Tick "${q.label}"` : `Answer "${q.label}"`;
    else if (q.type === 'SELECT' && value && !q.options.includes(value))
      errors[`answers.${q.id}`] = `Choose an answer for "${q.label}"`;
    if (value) answers[q.label] = q.type === 'CHECKBOX' ? 'Yes' : value;
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  const specialRequirementsHtml = sanitiseRichText(input.specialRequirements);

  const result = await transactWithEffects(client, async (tx, effects) => {
    if (!workshop.allowMultipleBookings) await lockLearnerWorkshop(tx, workshop.id, viewer.id);
    const locked = await lockSession(tx, session.id);
    if (!locked) throw new NotFoundError();

    const existing = await tx.booking.findFirst({
      where: { sessionId: session.id, userId: viewer.id, activeFlag: true },
      select: { id: true, status: true },
    });
    if (existing && (existing.status === 'BOOKED' || existing.status === 'WAITLISTED')) {
      return { bookingId: existing.id, status: existing.status, alreadyBooked: true };
    }
    if (existing) throw new ConflictError('You have already attended this session.');

    const now = new Date();
    const problem = signupWindowProblem(locked, now);
    if (problem) throw new UserError(problem);
    if (!workshop.allowMultipleBookings) {
      const other = await tx.booking.findFirst({
        where: {
          workshopId: workshop.id,
          userId: viewer.id,
          status: { in: ['BOOKED', 'WAITLISTED'] },
          archivedAt: null,
        },
        select: { id: true },
      });
      if (other)
        throw new ConflictError(
          'You already have a booking for another session of this workshop. Cancel it first to book this one.',
        );
    }
    const place = placeFor(locked);
    if (place === 'FULL') throw new UserError('This session is full and has no waitlist. Choose another session.');
    // Not enrolled yet on a course that takes self-enrolment: enrol in this same transaction, so a refused
    // booking leaves no enrolment behind and a booking never exists without one.
    if (bookable.enrolOnSignUp) {
      await selfEnrolInTransaction(tx, viewer, { courseId: bookable.courseId, costAgreed: false }, now);
    }
    const bookingId = await createBooking(
      tx,
      locked,
      {
        userId: viewer.id,
        status: place,
        byId: viewer.id,
        costCode: input.costCode || null,
        specialRequirementsHtml,
        answers,
        emailInvite: input.confirmation === 'EMAIL_WITH_INVITE',
        termsAcceptedAt: workshop.approval === 'SELF_AUTHORISATION' ? now : null,
      },
      effects,
      now,
    );
    return { bookingId, status: place, alreadyBooked: false, enrolled: bookable.enrolOnSignUp };
  });
  return result;
}

/** Cancels the viewer's own booking (booked or wait-listed); a freed seat goes to the first on the waitlist. */
export async function cancelOwnBooking(
  viewer: Viewer,
  raw: CancelBookingInput,
  client: Client = db,
): Promise<{ promotedBookingIds: number[] }> {
  const parsed = cancelBookingSchema.safeParse(raw);
  if (!parsed.success)
    throw new ValidationError(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])));
  const input = parsed.data;
  const booking = await client.booking.findFirst({
    where: { id: input.bookingId, userId: viewer.id },
    select: { sessionId: true, workshop: { select: { cancellationReasons: true } } },
  });
  if (!booking) throw new NotFoundError();
  if (!booking.workshop.cancellationReasons.includes(input.reason)) {
    throw new ValidationError({ reason: 'Select a cancellation reason from the list' });
  }

  const promoted = await transactWithEffects(client, async (tx, effects) => {
    const locked = await lockSession(tx, booking.sessionId);
    if (!locked) throw new NotFoundError();
    const current = await tx.booking.findFirst({
      where: { id: input.bookingId, userId: viewer.id },
      select: {
        id: true,
        status: true,
        workshop: { select: { cancellationPolicy: true, cancellationCutoffHours: true } },
      },
    });
    if (!current) throw new NotFoundError();
    if (current.status !== 'BOOKED' && current.status !== 'WAITLISTED') {
      throw new ConflictError('This booking has already been cancelled or the session has taken place.');
    }
    const now = new Date();
    const problem = cancellationProblem(
      { policy: current.workshop.cancellationPolicy, cutoffHours: current.workshop.cancellationCutoffHours },
      locked.startsAt,
      now,
    );
    if (problem) throw new UserError(problem);
    await endBooking(
      tx,
      locked,
      current,
      { to: 'USER_CANCELLED', byId: viewer.id, reason: input.reason, details: input.details },
      effects,
      now,
    );
    return promoteWaitlist(tx, locked, null, effects, now);
  });
  return { promotedBookingIds: promoted };
}

/**
 * Recertification / admin reset: the learner may book this course's workshops again. Past attendance stays as
 * history (archivedAt set); live future bookings are left alone so nobody loses a seat they hold.
 */
export async function archiveWorkshopBookings(
  tx: Tx | Client,
  input: { userId: number; courseId: number },
): Promise<number> {
  const { count } = await tx.booking.updateMany({
    where: {
      userId: input.userId,
      archivedAt: null,
      workshop: { activity: { courseId: input.courseId } },
      status: { notIn: ['BOOKED', 'WAITLISTED'] },
    },
    data: { archivedAt: new Date() },
  });
  return count;
}
