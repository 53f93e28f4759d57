'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/auth/action';
import { submitFeedback } from '@/lib/feedback/commands';
import { submitFeedbackInput, submitFeedbackSchema } from '@/lib/feedback/schemas';

/** "Send feedback": records the one response (a second submit changes nothing) and shows the thank-you. */
export const submitFeedbackAction = formAction(
  { schema: submitFeedbackSchema, input: submitFeedbackInput, invalidMessage: 'Answer the questions shown below' },
  async (viewer, { activityId, answers }) => {
    await submitFeedback(viewer, activityId, answers);
    revalidatePath(`/feedback/${activityId}`);
    revalidatePath('/courses/[id]', 'page');
    redirect(`/feedback/${activityId}?sent=1`);
  },
);
