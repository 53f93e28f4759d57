'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { buttonAction, formAction } from '@/lib/auth/action';
import { resetLearnerScormTracks, updateScormSettings } from '@/lib/scorm/commands';
import { resetTracksSchema, scormSettingsSchema } from '@/lib/scorm/schemas';

// A form with a message next to the field when the number is out of range (not a 404 as a button action gives).
export const scormSettingsAction = formAction(scormSettingsSchema, async (viewer, input) => {
  await updateScormSettings(viewer, input);
  redirect(`/admin/activities/${input.activityId}/scorm?saved=settings`);
});

export const resetTracksAction = buttonAction(resetTracksSchema, async (viewer, input) => {
  await resetLearnerScormTracks(viewer, input);
  revalidatePath(`/admin/activities/${input.activityId}/scorm`);
  redirect(`/admin/activities/${input.activityId}/scorm?saved=reset`);
});
