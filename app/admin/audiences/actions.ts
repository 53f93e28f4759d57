'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formValues } from '@/lib/action-result';
import { formAction } from '@/lib/auth/action';
import { createAudience, updateAudience } from '@/lib/audiences/commands';
import { audienceSchema, RULE_ROWS } from '@/lib/audiences/schemas';
import { optionalIdSchema } from '@/lib/validation';

/** The form's rule rows (rule0Field, rule0Operator, rule0Value …); empty rows are ignored. */
function audienceInput(formData: FormData) {
  const values = formValues(formData);
  const rules = Array.from({ length: RULE_ROWS }, (_, i) => ({
    field: values[`rule${i}Field`] ?? '',
    operator: values[`rule${i}Operator`] || 'EQUALS',
    value: values[`rule${i}Value`] ?? '',
  })).filter((r) => r.field !== '' || r.value.trim() !== '');
  return { ...values, rules };
}

/** Rule errors go on the first rule's value box, which the error summary can link to. */
function ruleErrorsOnFirstRow(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    if (key === 'rules') out.rule0Value = message;
    else if (key.startsWith('rules.')) out.rule0Value ??= 'Each rule needs a field and a value';
    else out[key] = message;
  }
  return out;
}

export const saveAudienceAction = formAction(
  {
    schema: audienceSchema.extend({ audienceId: optionalIdSchema }),
    input: audienceInput,
    mapFieldErrors: ruleErrorsOnFirstRow,
  },
  async (viewer, { audienceId, ...input }) => {
    const id = audienceId ?? (await createAudience(viewer, input)).id;
    if (audienceId) await updateAudience(viewer, audienceId, input);
    revalidatePath('/admin/audiences');
    redirect(`/admin/audiences/${id}?saved=1`);
  },
);
