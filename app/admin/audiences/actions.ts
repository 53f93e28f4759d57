'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { failure, formValues, zodFieldErrors, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import { createAudience, updateAudience } from '@/lib/audiences/commands';
import { audienceSchema } from '@/lib/audiences/schemas';
import { RULE_ROWS } from '@/components/admin/audience-fields';

export async function saveAudienceAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const rules = Array.from({ length: RULE_ROWS }, (_, i) => ({
    field: values[`rule${i}Field`] ?? '',
    operator: values[`rule${i}Operator`] || 'EQUALS',
    value: values[`rule${i}Value`] ?? '',
  })).filter((r) => r.field !== '' || r.value.trim() !== '');
  const parsed = audienceSchema.safeParse({ ...values, rules });
  const id = z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .safeParse(values.audienceId || undefined);
  if (!parsed.success) {
    const errors = zodFieldErrors(parsed.error);
    // Point rule errors at the first rule's value box, which the error summary can link to.
    for (const key of Object.keys(errors)) {
      if (key.startsWith('rules.')) {
        errors.rule0Value ??= 'Each rule needs a field and a value';
        delete errors[key];
      }
    }
    return { ok: false, message: 'Check the form', fieldErrors: errors, values };
  }
  if (!id.success) return { ok: false, message: 'Reload the page and try again.', fieldErrors: {}, values };
  let audienceId = id.data;
  try {
    const viewer = await requireViewer();
    if (audienceId) await updateAudience(viewer, audienceId, parsed.data);
    else audienceId = (await createAudience(viewer, parsed.data)).id;
  } catch (error) {
    const result = failure(error, values);
    const { rules: ruleError, ...rest } = result.fieldErrors;
    return ruleError ? { ...result, fieldErrors: { ...rest, rule0Value: ruleError } } : result;
  }
  revalidatePath('/admin/audiences');
  redirect(`/admin/audiences/${audienceId}?saved=1`);
}
