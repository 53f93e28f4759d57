'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { failure, formValues, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import {
  addAttendees,
  addQuestion,
  cancelSession,
  confirmWaitlisted,
  createSession,
  deleteQuestion,
  markAttendance,
  moveBooking,
  saveWorkshopSettings,
  updateSession,
} from '@/lib/workshops/admin-commands';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '@/lib/workshops/rules';

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

export async function saveSessionAction(_prev: ActionResult | null, fd: FormData): Promise<ActionResult> {
  const values = formValues(fd);
  let sessionId: number;
  try {
    const viewer = await requireViewer();
    const existing = Number(text(fd, 'sessionId'));
    if (existing) {
      await updateSession(viewer, existing, sessionInput(fd));
      sessionId = existing;
    } else {
      sessionId = await createSession(viewer, Number(text(fd, 'activityId')), sessionInput(fd));
    }
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath('/admin/workshops');
  redirect(`/admin/workshops/sessions/${sessionId}?saved=1`);
}

export async function saveSettingsAction(_prev: ActionResult | null, fd: FormData): Promise<ActionResult> {
  const values = formValues(fd);
  try {
    const viewer = await requireViewer();
    const activityId = Number(text(fd, 'activityId'));
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
  } catch (error) {
    return failure(error, values);
  }
}

export async function addQuestionAction(_prev: ActionResult | null, fd: FormData): Promise<ActionResult> {
  const values = formValues(fd);
  try {
    const viewer = await requireViewer();
    const activityId = Number(text(fd, 'activityId'));
    await addQuestion(viewer, activityId, {
      label: text(fd, 'label'),
      hint: text(fd, 'hint'),
      type: text(fd, 'type') as 'TEXT',
      options: text(fd, 'options'),
      required: fd.get('required') === 'on',
    });
    revalidatePath(`/admin/workshops/${activityId}`);
    return { ok: true, message: 'Question added.' };
  } catch (error) {
    return failure(error, values);
  }
}

export async function deleteQuestionAction(fd: FormData): Promise<void> {
  const viewer = await requireViewer();
  const activityId = Number(text(fd, 'activityId'));
  await deleteQuestion(viewer, activityId, Number(text(fd, 'questionId')));
  revalidatePath(`/admin/workshops/${activityId}`);
}

export async function addAttendeesAction(_prev: ActionResult | null, fd: FormData): Promise<ActionResult> {
  const values = formValues(fd);
  try {
    const viewer = await requireViewer();
    const r = await addAttendees(viewer, { sessionId: text(fd, 'sessionId'), usernames: text(fd, 'usernames') });
    revalidatePath(`/admin/workshops/sessions/${text(fd, 'sessionId')}`);
    const parts = [
      r.booked.length ? `Booked: ${r.booked.join(', ')}.` : '',
      r.waitlisted.length ? `Wait-listed (session full or without dates): ${r.waitlisted.join(', ')}.` : '',
      r.already.length ? `Already on this session: ${r.already.join(', ')}.` : '',
      r.notFound.length ? `No active account found for: ${r.notFound.join(', ')}.` : '',
    ].filter(Boolean);
    return { ok: true, message: parts.join(' ') };
  } catch (error) {
    return failure(error, values);
  }
}

export async function confirmWaitlistedAction(_prev: ActionResult | null, fd: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireViewer();
    const sessionId = Number(text(fd, 'sessionId'));
    const ids = fd
      .getAll('bookingIds')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0);
    const n = await confirmWaitlisted(viewer, sessionId, ids);
    revalidatePath(`/admin/workshops/sessions/${sessionId}`);
    return {
      ok: true,
      message: `${n} ${n === 1 ? 'person' : 'people'} booked from the waitlist. They will be emailed a confirmation.`,
    };
  } catch (error) {
    return failure(error);
  }
}

export async function moveBookingAction(_prev: ActionResult | null, fd: FormData): Promise<ActionResult> {
  const values = formValues(fd);
  try {
    const viewer = await requireViewer();
    const r = await moveBooking(viewer, { bookingId: text(fd, 'bookingId'), toSessionId: text(fd, 'toSessionId') });
    revalidatePath(`/admin/workshops/sessions/${text(fd, 'sessionId')}`);
    return {
      ok: true,
      message:
        r.status === 'BOOKED'
          ? 'Booking moved. The person is booked on the new session.'
          : 'Booking moved. The new session is full, so the person is on its waitlist.',
    };
  } catch (error) {
    return failure(error, values);
  }
}

export async function markAttendanceAction(_prev: ActionResult | null, fd: FormData): Promise<ActionResult> {
  const values = formValues(fd);
  try {
    const viewer = await requireViewer();
    const marks: { bookingId: number; status: AttendanceStatus }[] = [];
    for (const [key, value] of fd.entries()) {
      const m = /^attendance\.(\d+)$/.exec(key);
      if (m && typeof value === 'string' && (ATTENDANCE_STATUSES as readonly string[]).includes(value)) {
        marks.push({ bookingId: Number(m[1]), status: value as AttendanceStatus });
      }
    }
    const n = await markAttendance(viewer, { sessionId: text(fd, 'sessionId'), marks });
    revalidatePath(`/admin/workshops/sessions/${text(fd, 'sessionId')}`);
    return {
      ok: true,
      message: `Attendance saved for ${n} ${n === 1 ? 'person' : 'people'}. Course progress has been updated.`,
    };
  } catch (error) {
    return failure(error, values);
  }
}

export async function cancelSessionAction(_prev: ActionResult | null, fd: FormData): Promise<ActionResult> {
  const values = formValues(fd);
  const sessionId = text(fd, 'sessionId');
  try {
    const viewer = await requireViewer();
    await cancelSession(viewer, { sessionId, reason: text(fd, 'reason') });
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath('/admin/workshops');
  redirect(`/admin/workshops/sessions/${sessionId}?cancelled=1`);
}
