'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { failure, formValues, zodFieldErrors, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import {
  attachActivityFile,
  createActivity,
  deleteActivity,
  moveActivity,
  setCriteria,
  setRestrictions,
  updateActivity,
} from '@/lib/completion/admin';
import { activitySchema, criteriaSchema, restrictionsSchema } from '@/lib/completion/schemas';

const id = z.coerce.number().int().positive();
const list = (formData: FormData, name: string) => formData.getAll(name).map(String).filter(Boolean);

export async function createActivityAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const courseId = id.safeParse(formData.get('courseId'));
  const parsed = activitySchema.safeParse(values);
  if (!courseId.success) return { ok: false, message: 'Reload the page and try again.', fieldErrors: {}, values };
  if (!parsed.success)
    return { ok: false, message: 'Check the form', fieldErrors: zodFieldErrors(parsed.error), values };
  let activityId: number;
  try {
    activityId = (await createActivity(await requireViewer(), courseId.data, parsed.data)).id;
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(`/courses/${courseId.data}`);
  redirect(`/admin/activities/${activityId}?created=1`);
}

export async function updateActivityAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const activityId = id.safeParse(formData.get('activityId'));
  const parsed = activitySchema.safeParse(values);
  if (!activityId.success) return { ok: false, message: 'Reload the page and try again.', fieldErrors: {}, values };
  if (!parsed.success)
    return { ok: false, message: 'Check the form', fieldErrors: zodFieldErrors(parsed.error), values };
  try {
    const viewer = await requireViewer();
    await updateActivity(viewer, activityId.data, parsed.data);
    const file = formData.get('file');
    if (file instanceof File && file.size > 0 && file.name) {
      await attachActivityFile(viewer, activityId.data, {
        name: file.name,
        type: file.type,
        size: file.size,
        bytes: Buffer.from(await file.arrayBuffer()),
      });
    }
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath('/courses/[id]', 'page');
  return { ok: true, message: 'Activity saved.' };
}

export async function restrictionsAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const activityId = id.safeParse(formData.get('activityId'));
  const requirement = String(formData.get('requirement') ?? 'COMPLETE');
  const parsed = restrictionsSchema.safeParse({
    aggregation: formData.get('aggregation'),
    rules: list(formData, 'requiredActivityIds').map((requiredActivityId) => ({ requiredActivityId, requirement })),
  });
  if (!activityId.success || !parsed.success)
    return {
      ok: false,
      message: 'Check the form',
      fieldErrors: parsed.success ? {} : zodFieldErrors(parsed.error),
      values,
    };
  try {
    await setRestrictions(await requireViewer(), activityId.data, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath('/courses/[id]', 'page');
  return { ok: true, message: 'Restrictions saved.' };
}

export async function criteriaAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const courseId = id.safeParse(formData.get('courseId'));
  const parsed = criteriaSchema.safeParse({
    completionEnabled: formData.get('completionEnabled') ?? undefined,
    aggregation: formData.get('aggregation'),
    activityIds: list(formData, 'activityIds'),
    requiredCourseIds: list(formData, 'requiredCourseIds'),
    selfCompletion: formData.get('selfCompletion') ?? undefined,
  });
  if (!courseId.success) return { ok: false, message: 'Reload the page and try again.', fieldErrors: {}, values };
  if (!parsed.success)
    return { ok: false, message: 'Check the form', fieldErrors: zodFieldErrors(parsed.error), values };
  try {
    await setCriteria(await requireViewer(), courseId.data, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(`/courses/${courseId.data}`);
  return { ok: true, message: 'Completion criteria saved. They apply from the next time each learner makes progress.' };
}

export async function moveActivityAction(formData: FormData): Promise<void> {
  const activityId = id.parse(formData.get('activityId'));
  const courseId = id.parse(formData.get('courseId'));
  const direction = z.enum(['up', 'down']).parse(formData.get('direction'));
  await moveActivity(await requireViewer(), activityId, direction);
  revalidatePath(`/admin/courses/${courseId}/activities`);
}

export async function deleteActivityAction(formData: FormData): Promise<void> {
  const activityId = id.parse(formData.get('activityId'));
  const { courseId } = await deleteActivity(await requireViewer(), activityId);
  revalidatePath(`/courses/${courseId}`);
  redirect(`/admin/courses/${courseId}/activities?deleted=1`);
}
