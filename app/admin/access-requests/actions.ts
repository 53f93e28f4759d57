'use server';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/auth/action';
import { updateAccessForm, updateAccessRequestStatus } from '@/lib/access-requests/commands';
import { accessFormSettingsSchema, updateAccessRequestSchema } from '@/lib/access-requests/schemas';

export const updateAccessRequestStatusAction = formAction(updateAccessRequestSchema, async (viewer, input) => {
  await updateAccessRequestStatus(viewer, input);
  revalidatePath('/admin/access-requests');
  return { ok: true, message: 'Status saved. We have emailed the learner.' };
});

export const updateAccessFormAction = formAction(accessFormSettingsSchema, async (viewer, input) => {
  await updateAccessForm(viewer, input);
  revalidatePath(`/access-requests/${input.activityId}`);
  return { ok: true, message: 'Request form saved.' };
});
