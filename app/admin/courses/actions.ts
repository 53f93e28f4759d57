'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formValues } from '@/lib/action-result';
import { buttonAction, formAction } from '@/lib/auth/action';
import { createCourse, updateCourse } from '@/lib/catalogue/admin-commands';
import { courseSchema } from '@/lib/catalogue/schemas';
import { adminEnrolUsers, adminUnenrol } from '@/lib/enrolment/commands';
import { idSchema } from '@/lib/validation';

// Repeated fields (organisations, audiences) arrive joined by line breaks, as the form's values are echoed back.
export const createCourseAction = formAction({ schema: courseSchema, input: formValues }, async (viewer, input) => {
  const { id } = await createCourse(viewer, input);
  revalidatePath('/admin/courses');
  redirect(`/admin/courses/${id}/activities?created=1`);
});

export const updateCourseAction = formAction(
  { schema: courseSchema.extend({ courseId: idSchema }), input: formValues },
  async (viewer, { courseId, ...input }) => {
    await updateCourse(viewer, courseId, input);
    revalidatePath(`/courses/${courseId}`);
    revalidatePath('/admin/courses');
    return { ok: true, message: 'Course saved.' };
  },
);

const enrolSchema = z.object({
  courseId: idSchema,
  usernames: z
    .string({ error: 'Enter at least one username' })
    .max(100_000)
    .transform((v) => v.split(/[\s,]+/).filter(Boolean))
    .refine((list) => list.length > 0, 'Enter at least one username'),
  /** Ticked after the warning that someone cannot find the course (see adminEnrolUsers). */
  enrolAnyway: z.literal('yes', { error: 'Tick "Enrol anyway" or leave it unticked' }).optional(),
});

export const enrolUsersAction = formAction(enrolSchema, async (viewer, { courseId, usernames, enrolAnyway }) => {
  const result = await adminEnrolUsers(viewer, courseId, usernames, { enrolAnyway: enrolAnyway === 'yes' });
  revalidatePath(`/admin/courses/${courseId}/enrolments`);
  return {
    ok: true,
    message: `Enrolled ${result.enrolled} ${result.enrolled === 1 ? 'person' : 'people'}.${result.alreadyEnrolled ? ` ${result.alreadyEnrolled} already enrolled.` : ''}`,
  };
});

export const unenrolAction = buttonAction(
  z.object({ courseId: idSchema, userId: idSchema }),
  async (viewer, { courseId, userId }) => {
    await adminUnenrol(viewer, courseId, userId);
    revalidatePath(`/admin/courses/${courseId}/enrolments`);
    redirect(`/admin/courses/${courseId}/enrolments?removed=1`);
  },
);
