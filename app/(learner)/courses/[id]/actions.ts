'use server';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/auth/action';
import { markOwnCourseComplete, setOwnActivityCompletion } from '@/lib/completion/commands';
import { selfEnrol } from '@/lib/enrolment/commands';
import { idSchema } from '@/lib/validation';

const RELOAD = 'Something was missing from the form. Reload the page and try again.';

const enrolSchema = z.object({ courseId: idSchema, costAgreed: z.literal('yes').optional() });

export const enrolAction = formAction(enrolSchema, async (viewer, { courseId, costAgreed }) => {
  await selfEnrol(viewer, { courseId, costAgreed: costAgreed === 'yes' });
  revalidatePath(`/courses/${courseId}`);
  redirect(`/courses/${courseId}?enrolled=1`);
});

const markSchema = z.object({ courseId: idSchema, activityId: idSchema, complete: z.enum(['yes', 'no']) });

export const markActivityAction = formAction(
  { schema: markSchema, invalidMessage: RELOAD },
  async (viewer, { courseId, activityId, complete }) => {
    await setOwnActivityCompletion(viewer, activityId, complete === 'yes');
    revalidatePath(`/courses/${courseId}`);
    return { ok: true, message: complete === 'yes' ? 'Marked as done.' : 'Marked as not done.' };
  },
);

export const markCourseCompleteAction = formAction(
  { schema: z.object({ courseId: idSchema }), invalidMessage: RELOAD },
  async (viewer, { courseId }) => {
    await markOwnCourseComplete(viewer, courseId);
    revalidatePath(`/courses/${courseId}`);
    return { ok: true, message: 'You have marked this course as complete.' };
  },
);
