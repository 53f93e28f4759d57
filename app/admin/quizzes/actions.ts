'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { failure, formValues, zodFieldErrors, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import {
  addQuestionToQuiz,
  createQuiz,
  deleteQuestion,
  removeQuestionFromQuiz,
  saveQuestion,
  updateQuizSettings,
} from '@/lib/quiz/admin-commands';
import { questionFromForm, questionSchema, quizSettingsFromForm, quizSettingsSchema } from '@/lib/quiz/schemas';

const id = z.coerce.number().int().positive();
const invalid = (
  message: string,
  fieldErrors: Record<string, string>,
  values?: Record<string, string>,
): ActionResult => ({
  ok: false,
  message,
  fieldErrors,
  values,
});

export async function createQuizAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = z
    .object({
      courseId: id.or(z.literal('').transform(() => null)),
      name: z.string().trim().min(1, 'Enter the quiz name').max(200),
    })
    .safeParse({ courseId: formData.get('courseId') ?? '', name: formData.get('name') ?? '' });
  if (!parsed.success) return invalid('There is a problem', zodFieldErrors(parsed.error), values);
  if (parsed.data.courseId === null) return invalid('There is a problem', { courseId: 'Choose the course' }, values);
  let activityId: number;
  try {
    const viewer = await requireViewer();
    ({ activityId } = await createQuiz(viewer, parsed.data.courseId, parsed.data.name));
  } catch (error) {
    return failure(error, values);
  }
  redirect(`/admin/quizzes/${activityId}?created=1`);
}

export async function updateQuizSettingsAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = quizSettingsSchema.safeParse(quizSettingsFromForm(formData));
  if (!parsed.success) return invalid('There is a problem', zodFieldErrors(parsed.error), values);
  try {
    const viewer = await requireViewer();
    const activityId = id.parse(formData.get('activityId'));
    await updateQuizSettings(viewer, activityId, parsed.data);
    revalidatePath(`/admin/quizzes/${activityId}`);
    revalidatePath(`/quiz/${activityId}`);
  } catch (error) {
    return failure(error, values);
  }
  return { ok: true, message: 'Quiz settings saved.' };
}

export async function saveQuestionAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = questionSchema.safeParse(questionFromForm(formData));
  if (!parsed.success) return invalid('There is a problem', zodFieldErrors(parsed.error), values);
  let courseId: number;
  try {
    const viewer = await requireViewer();
    courseId = id.parse(formData.get('courseId'));
    const questionId = formData.get('questionId') ? id.parse(formData.get('questionId')) : null;
    await saveQuestion(viewer, courseId, questionId, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(`/admin/courses/${courseId}/questions`);
  redirect(`/admin/courses/${courseId}/questions?saved=1`);
}

export async function deleteQuestionAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireViewer();
    const courseId = id.parse(formData.get('courseId'));
    await deleteQuestion(viewer, courseId, id.parse(formData.get('questionId')));
    revalidatePath(`/admin/courses/${courseId}/questions`);
  } catch (error) {
    return failure(error);
  }
  return { ok: true, message: 'Question deleted.' };
}

export async function addQuestionToQuizAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const questionId = id.safeParse(formData.get('questionId'));
  if (!questionId.success) return invalid('There is a problem', { questionId: 'Choose a question to add' });
  try {
    const viewer = await requireViewer();
    const activityId = id.parse(formData.get('activityId'));
    await addQuestionToQuiz(viewer, activityId, questionId.data);
    revalidatePath(`/admin/quizzes/${activityId}`);
  } catch (error) {
    return failure(error);
  }
  return { ok: true, message: 'Question added.' };
}

export async function removeQuestionFromQuizAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireViewer();
    const activityId = id.parse(formData.get('activityId'));
    await removeQuestionFromQuiz(viewer, activityId, id.parse(formData.get('slotId')));
    revalidatePath(`/admin/quizzes/${activityId}`);
  } catch (error) {
    return failure(error);
  }
  return { ok: true, message: 'Question removed from the quiz.' };
}
