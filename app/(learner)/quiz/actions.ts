'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { failure, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import { finishAttempt, saveResponses, startAttempt } from '@/lib/quiz/commands';
import { answersFromForm, attemptNavSchema } from '@/lib/quiz/schemas';

const idSchema = z.coerce.number().int().positive();

/** "Attempt quiz now" / "Re-attempt quiz": opens (or reopens) the attempt and goes to it. */
export async function startAttemptAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  let attemptId: number;
  try {
    const viewer = await requireViewer();
    const activityId = idSchema.parse(formData.get('activityId'));
    ({ attemptId } = await startAttempt(viewer, activityId));
  } catch (error) {
    return failure(error);
  }
  redirect(`/quiz/attempts/${attemptId}`);
}

/** Saves the answers on the page, then moves to another page or the summary ("Finish attempt…"). */
export async function saveAttemptPageAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  let target: string;
  try {
    const viewer = await requireViewer();
    const { attemptId, goto } = attemptNavSchema.parse({
      attemptId: formData.get('attemptId'),
      goto: formData.get('goto'),
    });
    const result = await saveResponses(viewer, attemptId, {
      answers: answersFromForm(formData),
      currentPage: goto === 'summary' ? undefined : goto,
    });
    if (result.status === 'closed') target = `/quiz/attempts/${attemptId}/review`;
    else
      target = goto === 'summary' ? `/quiz/attempts/${attemptId}/summary` : `/quiz/attempts/${attemptId}?page=${goto}`;
  } catch (error) {
    return failure(error);
  }
  redirect(target);
}

/** "Submit all and finish": grades once on the server, then shows the review. */
export async function finishAttemptAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  let attemptId: number;
  let activityId: number;
  try {
    const viewer = await requireViewer();
    attemptId = idSchema.parse(formData.get('attemptId'));
    activityId = idSchema.parse(formData.get('activityId'));
    await finishAttempt(viewer, attemptId);
  } catch (error) {
    return failure(error);
  }
  revalidatePath(`/quiz/${activityId}`);
  redirect(`/quiz/attempts/${attemptId}/review`);
}
