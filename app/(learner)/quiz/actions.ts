'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/auth/action';
import { finishAttempt, saveResponses, startAttempt } from '@/lib/quiz/commands';
import { attemptPageInput, attemptPageSchema, finishAttemptSchema, startAttemptSchema } from '@/lib/quiz/schemas';

/** "Attempt quiz now" / "Re-attempt quiz": opens (or reopens) the attempt and goes to it. */
export const startAttemptAction = formAction(startAttemptSchema, async (viewer, { activityId }) => {
  const { attemptId } = await startAttempt(viewer, activityId);
  redirect(`/quiz/attempts/${attemptId}`);
});

/** Saves the answers on the page, then moves to another page or the summary ("Finish attempt…"). */
export const saveAttemptPageAction = formAction(
  { schema: attemptPageSchema, input: attemptPageInput },
  async (viewer, { attemptId, goto, answers }) => {
    const result = await saveResponses(viewer, attemptId, {
      answers,
      currentPage: goto === 'summary' ? undefined : goto,
    });
    if (result.status === 'closed') redirect(`/quiz/attempts/${attemptId}/review`);
    redirect(goto === 'summary' ? `/quiz/attempts/${attemptId}/summary` : `/quiz/attempts/${attemptId}?page=${goto}`);
  },
);

/** "Submit all and finish": grades once on the server, then shows the review. */
export const finishAttemptAction = formAction(finishAttemptSchema, async (viewer, { attemptId, activityId }) => {
  await finishAttempt(viewer, attemptId);
  revalidatePath(`/quiz/${activityId}`);
  redirect(`/quiz/attempts/${attemptId}/review`);
});
