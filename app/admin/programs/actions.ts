'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { buttonAction, formAction } from '@/lib/auth/action';
import { requestIp } from '@/lib/auth/request-info';
import { updateCertificationRecord } from '@/lib/certifications/record-admin';
import { certificationRecordEditSchema } from '@/lib/certifications/record-edit';
import {
  addAssignment,
  copyOriginalPathToRecertification,
  createProgram,
  deleteCourseSet,
  moveCourseSet,
  removeAssignment,
  saveCourseSet,
  updateAssignmentDue,
  updateProgram,
} from '@/lib/programs/admin-commands';
import {
  assignmentDueSchema,
  assignmentSchema,
  certificationSettingsSchema,
  courseSetSchema,
  programDetailsSchema,
  programKindSchema,
} from '@/lib/programs/schemas';
import { idSchema, optionalIdSchema } from '@/lib/validation';

function revalidateProgram(programId: number) {
  revalidatePath('/admin/programs');
  revalidatePath(`/admin/programs/${programId}`, 'layout');
  revalidatePath(`/programs/${programId}`);
}

/** Details, plus the certification settings when the form is a certification's (checked again in lib/). */
const detailsForm = z.discriminatedUnion('kind', [
  programDetailsSchema.safeExtend({ kind: z.literal('PROGRAM'), programId: optionalIdSchema }),
  programDetailsSchema.safeExtend({
    kind: z.literal('CERTIFICATION'),
    programId: optionalIdSchema,
    settings: certificationSettingsSchema,
  }),
]);

/** The form is flat; the certification settings are parsed as their own object so their rules apply. */
function detailsInput(formData: FormData) {
  const values = Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === 'string')) as Record<
    string,
    string
  >;
  const kind = programKindSchema.safeParse(values.kind);
  return kind.success && kind.data === 'CERTIFICATION' ? { ...values, settings: values } : values;
}

/** Settings errors arrive as "settings.activeValue": put them on the fields the form shows. */
function flattenSettingsErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/^settings\./, ''), v]));
}

export const saveProgramAction = formAction(
  { schema: detailsForm, input: detailsInput, mapFieldErrors: flattenSettingsErrors },
  async (viewer, input) => {
    const { kind, programId, ...details } = input;
    const settings = input.kind === 'CERTIFICATION' ? input.settings : null;
    if (programId) {
      await updateProgram(viewer, programId, details, settings);
      revalidateProgram(programId);
      return { ok: true, message: `${kind === 'CERTIFICATION' ? 'Certification' : 'Program'} saved.` };
    }
    const { id } = await createProgram(viewer, kind, details, settings);
    revalidatePath('/admin/programs');
    redirect(`/admin/programs/${id}/content?created=1`);
  },
);

export const saveCourseSetAction = formAction(
  courseSetSchema.safeExtend({ programId: idSchema, setId: optionalIdSchema }),
  async (viewer, { programId, setId, ...input }) => {
    await saveCourseSet(viewer, programId, setId, input);
    revalidateProgram(programId);
    redirect(`/admin/programs/${programId}/content?saved=1`);
  },
);

export const deleteCourseSetAction = buttonAction(
  z.object({ programId: idSchema, setId: idSchema }),
  async (viewer, { programId, setId }) => {
    await deleteCourseSet(viewer, programId, setId);
    revalidateProgram(programId);
    redirect(`/admin/programs/${programId}/content?deleted=1`);
  },
);

export const moveCourseSetAction = buttonAction(
  z.object({ programId: idSchema, setId: idSchema, direction: z.enum(['up', 'down']) }),
  async (viewer, { programId, setId, direction }) => {
    await moveCourseSet(viewer, programId, setId, direction);
    revalidateProgram(programId);
  },
);

export const copyRecertificationPathAction = buttonAction(
  z.object({ programId: idSchema }),
  async (viewer, { programId }) => {
    await copyOriginalPathToRecertification(viewer, programId);
    revalidateProgram(programId);
    redirect(`/admin/programs/${programId}/content?copied=1`);
  },
);

export const addAssignmentAction = formAction(
  assignmentSchema.safeExtend({ programId: idSchema }),
  async (viewer, { programId, ...input }) => {
    const { people } = await addAssignment(viewer, programId, input);
    revalidateProgram(programId);
    return {
      ok: true,
      message: `Assigned. ${people} ${people === 1 ? 'person is' : 'people are'} covered by this assignment and enrolled on the courses.`,
    };
  },
);

export const updateAssignmentDueAction = formAction(
  assignmentDueSchema.safeExtend({ programId: idSchema, assignmentId: idSchema }),
  async (viewer, { programId, assignmentId, ...input }) => {
    await updateAssignmentDue(viewer, programId, assignmentId, input);
    revalidateProgram(programId);
    redirect(`/admin/programs/${programId}/assignments?saved=1`);
  },
);

export const removeAssignmentAction = buttonAction(
  z.object({ programId: idSchema, assignmentId: idSchema }),
  async (viewer, { programId, assignmentId }) => {
    await removeAssignment(viewer, programId, assignmentId);
    revalidateProgram(programId);
    redirect(`/admin/programs/${programId}/assignments?removed=1`);
  },
);

export const updateCertificationRecordAction = formAction(
  certificationRecordEditSchema.safeExtend({ programId: idSchema, userId: idSchema }),
  async (viewer, { programId, userId, ...input }) => {
    await updateCertificationRecord(viewer, programId, userId, input, { ip: await requestIp() });
    revalidateProgram(programId);
    revalidatePath('/record-of-learning', 'layout');
    redirect(`/admin/programs/${programId}/learners/${userId}?saved=1`);
  },
);
