'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/auth/action';
import {
  addQuestionToQuiz,
  createQuiz,
  deleteQuestion,
  removeQuestionFromQuiz,
  saveQuestion,
  updateQuizSettings,
} from '@/lib/quiz/admin-commands';
import { questionFromForm, questionSchema, quizSettingsFromForm, quizSettingsSchema } from '@/lib/quiz/schemas';
import { idField, idSchema, nameSchema, optionalIdSchema } from '@/lib/validation';

const PROBLEM = 'There is a problem';

const createQuizSchema = z.object({
  courseId: idField('Choose the course'),
  name: nameSchema(200, { label: 'Quiz name', required: 'Enter the quiz name' }),
});

export const createQuizAction = formAction(
  { schema: createQuizSchema, invalidMessage: PROBLEM },
  async (viewer, { courseId, name }) => {
    const { activityId } = await createQuiz(viewer, courseId, name);
    redirect(`/admin/quizzes/${activityId}?created=1`);
  },
);

export const updateQuizSettingsAction = formAction(
  {
    schema: z.object({ activityId: idSchema }).and(quizSettingsSchema),
    input: (formData) => ({ ...quizSettingsFromForm(formData), activityId: formData.get('activityId') }),
    invalidMessage: PROBLEM,
  },
  async (viewer, { activityId, ...settings }) => {
    await updateQuizSettings(viewer, activityId, settings);
    revalidatePath(`/admin/quizzes/${activityId}`);
    revalidatePath(`/quiz/${activityId}`);
    return { ok: true, message: 'Quiz settings saved.' };
  },
);

export const saveQuestionAction = formAction(
  {
    schema: z.object({ courseId: idSchema, questionId: optionalIdSchema }).and(questionSchema),
    input: (formData) => ({
      ...questionFromForm(formData),
      courseId: formData.get('courseId'),
      questionId: formData.get('questionId'),
    }),
    invalidMessage: PROBLEM,
  },
  async (viewer, { courseId, questionId, ...question }) => {
    await saveQuestion(viewer, courseId, questionId, question);
    revalidatePath(`/admin/courses/${courseId}/questions`);
    redirect(`/admin/courses/${courseId}/questions?saved=1`);
  },
);

export const deleteQuestionAction = formAction(
  { schema: z.object({ courseId: idSchema, questionId: idSchema }), invalidMessage: PROBLEM },
  async (viewer, { courseId, questionId }) => {
    await deleteQuestion(viewer, courseId, questionId);
    revalidatePath(`/admin/courses/${courseId}/questions`);
    return { ok: true, message: 'Question deleted.' };
  },
);

export const addQuestionToQuizAction = formAction(
  {
    schema: z.object({ activityId: idSchema, questionId: idField('Choose a question to add') }),
    invalidMessage: PROBLEM,
  },
  async (viewer, { activityId, questionId }) => {
    await addQuestionToQuiz(viewer, activityId, questionId);
    revalidatePath(`/admin/quizzes/${activityId}`);
    return { ok: true, message: 'Question added.' };
  },
);

export const removeQuestionFromQuizAction = formAction(
  { schema: z.object({ activityId: idSchema, slotId: idSchema }), invalidMessage: PROBLEM },
  async (viewer, { activityId, slotId }) => {
    await removeQuestionFromQuiz(viewer, activityId, slotId);
    revalidatePath(`/admin/quizzes/${activityId}`);
    return { ok: true, message: 'Question removed from the quiz.' };
  },
);
