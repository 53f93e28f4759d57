'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { buttonAction, formAction } from '@/lib/auth/action';
import {
  addFeedbackItem,
  deleteFeedbackItem,
  moveFeedbackItem,
  updateFeedbackItem,
  updateFeedbackSettings,
} from '@/lib/feedback/commands';
import { feedbackItemSchema, feedbackSettingsSchema } from '@/lib/feedback/schemas';
import { idSchema } from '@/lib/validation';

export const updateFeedbackSettingsAction = formAction(feedbackSettingsSchema, async (viewer, input) => {
  await updateFeedbackSettings(viewer, input);
  revalidatePath(`/feedback/${input.activityId}`);
  return { ok: true, message: 'Settings saved.' };
});

export const addFeedbackItemAction = formAction(
  { schema: z.object({ activityId: idSchema }).and(feedbackItemSchema) },
  async (viewer, { activityId, ...input }) => {
    await addFeedbackItem(viewer, activityId, input);
    revalidatePath(`/admin/feedback/${activityId}`);
    redirect(`/admin/feedback/${activityId}?added=1`);
  },
);

export const updateFeedbackItemAction = formAction(
  { schema: z.object({ itemId: idSchema }).and(feedbackItemSchema) },
  async (viewer, { itemId, ...input }) => {
    const { activityId } = await updateFeedbackItem(viewer, itemId, input);
    revalidatePath(`/admin/feedback/${activityId}`);
    redirect(`/admin/feedback/${activityId}?saved=1`);
  },
);

export const moveFeedbackItemAction = buttonAction(
  z.object({ itemId: idSchema, direction: z.enum(['up', 'down']) }),
  async (viewer, { itemId, direction }) => {
    const { activityId } = await moveFeedbackItem(viewer, itemId, direction);
    revalidatePath(`/admin/feedback/${activityId}`);
  },
);

export const deleteFeedbackItemAction = buttonAction(z.object({ itemId: idSchema }), async (viewer, { itemId }) => {
  const { activityId } = await deleteFeedbackItem(viewer, itemId);
  revalidatePath(`/admin/feedback/${activityId}`);
  redirect(`/admin/feedback/${activityId}?deleted=1`);
});
