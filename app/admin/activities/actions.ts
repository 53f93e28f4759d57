'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formValues } from '@/lib/action-result';
import { buttonAction, formAction } from '@/lib/auth/action';
import { addActivity } from '@/lib/activities/commands';
import {
  attachActivityFile,
  deleteActivity,
  moveActivity,
  setCriteria,
  setRestrictions,
  updateActivity,
} from '@/lib/completion/admin-commands';
import { activitySchema, criteriaSchema, restrictionsSchema } from '@/lib/completion/schemas';
import { idSchema } from '@/lib/validation';

const list = (formData: FormData, name: string) => formData.getAll(name).map(String).filter(Boolean);

// Repeated fields arrive joined by line breaks, as the form's values are echoed back.
export const createActivityAction = formAction(
  { schema: z.object({ courseId: idSchema }).and(activitySchema), input: formValues },
  async (viewer, { courseId, ...input }) => {
    // Straight to where the new activity is set up: its quiz, workshop or package page, or its own settings.
    const { next } = await addActivity(viewer, courseId, input);
    revalidatePath(`/courses/${courseId}`);
    redirect(`${next}?created=1`);
  },
);

export const updateActivityAction = formAction(
  { schema: z.object({ activityId: idSchema }).and(activitySchema), input: formValues },
  async (viewer, { activityId, ...input }, { formData }) => {
    await updateActivity(viewer, activityId, input);
    const file = formData.get('file');
    if (file instanceof File && file.size > 0 && file.name) {
      await attachActivityFile(viewer, activityId, {
        name: file.name,
        type: file.type,
        size: file.size,
        bytes: Buffer.from(await file.arrayBuffer()),
      });
    }
    revalidatePath('/courses/[id]', 'page');
    return { ok: true, message: 'Activity saved.' };
  },
);

export const restrictionsAction = formAction(
  {
    schema: restrictionsSchema.extend({ activityId: idSchema }),
    input: (formData) => {
      const requirement = String(formData.get('requirement') ?? 'COMPLETE');
      return {
        activityId: formData.get('activityId'),
        aggregation: formData.get('aggregation'),
        rules: list(formData, 'requiredActivityIds').map((requiredActivityId) => ({ requiredActivityId, requirement })),
      };
    },
  },
  async (viewer, { activityId, ...input }) => {
    await setRestrictions(viewer, activityId, input);
    revalidatePath('/courses/[id]', 'page');
    return { ok: true, message: 'Restrictions saved.' };
  },
);

export const criteriaAction = formAction(
  {
    schema: criteriaSchema.extend({ courseId: idSchema }),
    input: (formData) => ({
      courseId: formData.get('courseId'),
      completionEnabled: formData.get('completionEnabled') ?? undefined,
      aggregation: formData.get('aggregation'),
      activityIds: list(formData, 'activityIds'),
      requiredCourseIds: list(formData, 'requiredCourseIds'),
      selfCompletion: formData.get('selfCompletion') ?? undefined,
    }),
  },
  async (viewer, { courseId, ...input }) => {
    await setCriteria(viewer, courseId, input);
    revalidatePath(`/courses/${courseId}`);
    return {
      ok: true,
      message: 'Completion criteria saved. They apply from the next time each learner makes progress.',
    };
  },
);

export const moveActivityAction = buttonAction(
  z.object({ activityId: idSchema, courseId: idSchema, direction: z.enum(['up', 'down']) }),
  async (viewer, { activityId, courseId, direction }) => {
    await moveActivity(viewer, activityId, direction);
    revalidatePath(`/admin/courses/${courseId}/activities`);
  },
);

export const deleteActivityAction = buttonAction(z.object({ activityId: idSchema }), async (viewer, { activityId }) => {
  const { courseId } = await deleteActivity(viewer, activityId);
  revalidatePath(`/courses/${courseId}`);
  redirect(`/admin/courses/${courseId}/activities?deleted=1`);
});
