'use server';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { failure, formValues, zodFieldErrors, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import { markOwnCourseComplete, setOwnActivityCompletion } from '@/lib/completion/commands';
import { selfEnrol } from '@/lib/enrolment/commands';

const enrolSchema = z.object({
  courseId: z.coerce.number().int().positive(),
  costAgreed: z.literal('yes').optional(),
});

export async function enrolAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = enrolSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return { ok: false, message: 'Check the form', fieldErrors: zodFieldErrors(parsed.error), values };
  try {
    const viewer = await requireViewer();
    await selfEnrol(viewer, { courseId: parsed.data.courseId, costAgreed: parsed.data.costAgreed === 'yes' });
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(`/courses/${parsed.data.courseId}`);
  redirect(`/courses/${parsed.data.courseId}?enrolled=1`);
}

const markSchema = z.object({
  courseId: z.coerce.number().int().positive(),
  activityId: z.coerce.number().int().positive(),
  complete: z.enum(['yes', 'no']),
});

export async function markActivityAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = markSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return {
      ok: false,
      message: 'Something was missing from the form. Reload the page and try again.',
      fieldErrors: {},
    };
  try {
    const viewer = await requireViewer();
    await setOwnActivityCompletion(viewer, parsed.data.activityId, parsed.data.complete === 'yes');
  } catch (error) {
    return failure(error);
  }
  revalidatePath(`/courses/${parsed.data.courseId}`);
  return { ok: true, message: parsed.data.complete === 'yes' ? 'Marked as done.' : 'Marked as not done.' };
}

const completeSchema = z.object({ courseId: z.coerce.number().int().positive() });

export async function markCourseCompleteAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = completeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return {
      ok: false,
      message: 'Something was missing from the form. Reload the page and try again.',
      fieldErrors: {},
    };
  try {
    const viewer = await requireViewer();
    await markOwnCourseComplete(viewer, parsed.data.courseId);
  } catch (error) {
    return failure(error);
  }
  revalidatePath(`/courses/${parsed.data.courseId}`);
  return { ok: true, message: 'You have marked this course as complete.' };
}
