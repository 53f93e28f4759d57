'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { failure, formValues, zodFieldErrors, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import { createCourse, updateCourse } from '@/lib/catalogue/admin';
import { courseSchema } from '@/lib/catalogue/schemas';
import { adminEnrolUsers, adminUnenrol } from '@/lib/enrolment/commands';

const id = z.coerce.number().int().positive();

export async function createCourseAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = courseSchema.safeParse(values);
  if (!parsed.success)
    return { ok: false, message: 'Check the form', fieldErrors: zodFieldErrors(parsed.error), values };
  let courseId: number;
  try {
    courseId = (await createCourse(await requireViewer(), parsed.data)).id;
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath('/admin/courses');
  redirect(`/admin/courses/${courseId}/activities?created=1`);
}

export async function updateCourseAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const courseId = id.safeParse(formData.get('courseId'));
  const parsed = courseSchema.safeParse(values);
  if (!courseId.success) return { ok: false, message: 'Reload the page and try again.', fieldErrors: {}, values };
  if (!parsed.success)
    return { ok: false, message: 'Check the form', fieldErrors: zodFieldErrors(parsed.error), values };
  try {
    await updateCourse(await requireViewer(), courseId.data, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(`/courses/${courseId.data}`);
  revalidatePath('/admin/courses');
  return { ok: true, message: 'Course saved.' };
}

export async function enrolUsersAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const courseId = id.safeParse(formData.get('courseId'));
  const usernames = String(formData.get('usernames') ?? '')
    .split(/[\s,]+/)
    .filter(Boolean);
  if (!courseId.success) return { ok: false, message: 'Reload the page and try again.', fieldErrors: {}, values };
  if (usernames.length === 0)
    return { ok: false, message: 'Check the form', fieldErrors: { usernames: 'Enter at least one username' }, values };
  try {
    const result = await adminEnrolUsers(await requireViewer(), courseId.data, usernames);
    revalidatePath(`/admin/courses/${courseId.data}/enrolments`);
    return {
      ok: true,
      message: `Enrolled ${result.enrolled} ${result.enrolled === 1 ? 'person' : 'people'}.${result.alreadyEnrolled ? ` ${result.alreadyEnrolled} already enrolled.` : ''}`,
    };
  } catch (error) {
    return failure(error, values);
  }
}

export async function unenrolAction(formData: FormData): Promise<void> {
  const courseId = id.parse(formData.get('courseId'));
  const userId = id.parse(formData.get('userId'));
  await adminUnenrol(await requireViewer(), courseId, userId);
  revalidatePath(`/admin/courses/${courseId}/enrolments`);
  redirect(`/admin/courses/${courseId}/enrolments?removed=1`);
}
