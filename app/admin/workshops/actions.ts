'use server';
// Workshop admin forms. The wrapper checks the session and the ids; each command validates the rest of its
// input with its own schema (lib/workshops/schemas.ts) after its permission check.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { buttonAction, formAction } from '@/lib/auth/action';
import {
  addQuestion,
  cancelSession,
  createSession,
  deleteQuestion,
  saveWorkshopSettings,
  updateSession,
} from '@/lib/workshops/admin-commands';
import { addAttendees, confirmWaitlisted, markAttendance, moveBooking } from '@/lib/workshops/attendee-commands';
import { ATTENDANCE_STATUSES } from '@/lib/workshops/rules';
import { idListSchema, idSchema, optionalIdSchema } from '@/lib/validation';

const text = (fd: FormData, key: string) => {
  const v = fd.get(key);
  return typeof v === 'string' ? v : '';
};

/** Session form fields → the command's input (empty date rows are ignored). */
function sessionInput(fd: FormData) {
  const dates = [];
  for (let i = 0; i < 20; i++) {
    const start = text(fd, `dates.${i}.start`);
    const end = text(fd, `dates.${i}.end`);
    if (!start && !end) continue;
    dates.push({ start, end, roomId: text(fd, `dates.${i}.roomId`) });
  }
  return {
    timezone: text(fd, 'timezone') || 'Europe/London',
    capacity: text(fd, 'capacity'),
    waitlistEnabled: fd.get('waitlistEnabled') === 'on',
    cost: text(fd, 'cost'),
    details: text(fd, 'details'),
    customFields: text(fd, 'customFields'),
    signupOpens: text(fd, 'signupOpens'),
    signupCloses: text(fd, 'signupCloses'),
    dates,
  };
}

const sessionIds = z
  .object({ sessionId: optionalIdSchema, activityId: optionalIdSchema })
  .refine((v) => v.sessionId !== null || v.activityId !== null, {
    path: ['activityId'],
    message: 'This link or form is out of date. Reload the page and try again.',
  });

export const saveSessionAction = formAction(sessionIds, async (viewer, { sessionId, activityId }, { formData }) => {
  let id = sessionId;
  if (id) await updateSession(viewer, id, sessionInput(formData));
  else if (activityId) id = await createSession(viewer, activityId, sessionInput(formData));
  revalidatePath('/admin/workshops');
  redirect(`/admin/workshops/sessions/${id}?saved=1`);
});

const activityIdSchema = z.object({ activityId: idSchema });
const sessionIdSchema = z.object({ sessionId: idSchema });

export const saveSettingsAction = formAction(activityIdSchema, async (viewer, { activityId }, { formData: fd }) => {
  await saveWorkshopSettings(viewer, activityId, {
    details: text(fd, 'details'),
    allowMultipleBookings: fd.get('allowMultipleBookings') === 'on',
    approval: text(fd, 'approval') as 'NONE',
    terms: text(fd, 'terms'),
    cancellationPolicy: text(fd, 'cancellationPolicy') as 'ANY_TIME',
    cancellationCutoffHours: text(fd, 'cancellationCutoffHours'),
    cancellationFee: text(fd, 'cancellationFee'),
    cancellationPolicyText: text(fd, 'cancellationPolicyText'),
    cancellationReasons: text(fd, 'cancellationReasons'),
    reminderDays: text(fd, 'reminderDays'),
    copyManager: fd.get('copyManager') === 'on',
    sendEvaluationRequest: fd.get('sendEvaluationRequest') === 'on',
    eligibleAudienceId: text(fd, 'eligibleAudienceId'),
  });
  revalidatePath(`/admin/workshops/${activityId}`);
  return { ok: true, message: 'Workshop settings saved.' };
});

export const addQuestionAction = formAction(activityIdSchema, async (viewer, { activityId }, { formData: fd }) => {
  await addQuestion(viewer, activityId, {
    label: text(fd, 'label'),
    hint: text(fd, 'hint'),
    type: text(fd, 'type') as 'TEXT',
    options: text(fd, 'options'),
    required: fd.get('required') === 'on',
  });
  revalidatePath(`/admin/workshops/${activityId}`);
  return { ok: true, message: 'Question added.' };
});

export const deleteQuestionAction = buttonAction(
  z.object({ activityId: idSchema, questionId: idSchema }),
  async (viewer, { activityId, questionId }) => {
    await deleteQuestion(viewer, activityId, questionId);
    revalidatePath(`/admin/workshops/${activityId}`);
  },
);

export const addAttendeesAction = formAction(sessionIdSchema, async (viewer, { sessionId }, { formData }) => {
  const r = await addAttendees(viewer, { sessionId, usernames: text(formData, 'usernames') });
  revalidatePath(`/admin/workshops/sessions/${sessionId}`);
  const parts = [
    r.booked.length ? `Booked: ${r.booked.join(', ')}.` : '',
    r.waitlisted.length ? `Wait-listed (session full or without dates): ${r.waitlisted.join(', ')}.` : '',
    r.already.length ? `Already on this session: ${r.already.join(', ')}.` : '',
    r.notFound.length ? `No active account found for: ${r.notFound.join(', ')}.` : '',
  ].filter(Boolean);
  return { ok: true, message: parts.join(' ') };
});

export const confirmWaitlistedAction = formAction(
  {
    schema: z.object({ sessionId: idSchema, bookingIds: idListSchema }),
    input: (fd) => ({ sessionId: fd.get('sessionId'), bookingIds: fd.getAll('bookingIds') }),
  },
  async (viewer, { sessionId, bookingIds }) => {
    const n = await confirmWaitlisted(viewer, sessionId, bookingIds);
    revalidatePath(`/admin/workshops/sessions/${sessionId}`);
    return {
      ok: true,
      message: `${n} ${n === 1 ? 'person' : 'people'} booked from the waitlist. They will be emailed a confirmation.`,
    };
  },
);

export const moveBookingAction = formAction(
  z.object({ sessionId: idSchema, bookingId: idSchema, toSessionId: idSchema }),
  async (viewer, { sessionId, bookingId, toSessionId }) => {
    const r = await moveBooking(viewer, { bookingId, toSessionId });
    revalidatePath(`/admin/workshops/sessions/${sessionId}`);
    return {
      ok: true,
      message:
        r.status === 'BOOKED'
          ? 'Booking moved. The person is booked on the new session.'
          : 'Booking moved. The new session is full, so the person is on its waitlist.',
    };
  },
);

/** The register: one "attendance.<bookingId>" radio group per attendee. */
function attendanceInput(fd: FormData) {
  const marks: { bookingId: string; status: string }[] = [];
  for (const [key, value] of fd.entries()) {
    const m = /^attendance\.(.+)$/.exec(key);
    if (m?.[1] && typeof value === 'string') marks.push({ bookingId: m[1], status: value });
  }
  return { sessionId: fd.get('sessionId'), marks };
}

export const markAttendanceAction = formAction(
  {
    schema: z.object({
      sessionId: idSchema,
      marks: z.array(z.object({ bookingId: idSchema, status: z.enum(ATTENDANCE_STATUSES) })),
    }),
    input: attendanceInput,
  },
  async (viewer, input) => {
    const n = await markAttendance(viewer, input);
    revalidatePath(`/admin/workshops/sessions/${input.sessionId}`);
    return {
      ok: true,
      message: `Attendance saved for ${n} ${n === 1 ? 'person' : 'people'}. Course progress has been updated.`,
    };
  },
);

export const cancelSessionAction = formAction(sessionIdSchema, async (viewer, { sessionId }, { formData }) => {
  await cancelSession(viewer, { sessionId, reason: text(formData, 'reason') });
  revalidatePath('/admin/workshops');
  redirect(`/admin/workshops/sessions/${sessionId}?cancelled=1`);
});
