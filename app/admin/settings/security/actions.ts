'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { failure, formValues, zodFieldErrors, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import { requestIp } from '@/lib/auth/request-info';
import { lockoutSchema, passwordPolicySchema, ssoSettingsSchema } from '@/lib/accounts/settings';
import { updateSecuritySettings } from '@/lib/accounts/settings-commands';

const prefixed = (prefix: string, schema: z.ZodObject, data: Record<string, FormDataEntryValue>) =>
  schema.safeParse(Object.fromEntries(Object.keys(schema.shape).map((k) => [k, data[`${prefix}.${k}`] ?? ''])));

export async function updateSecuritySettingsAction(
  _prev: ActionResult | undefined,
  formData: FormData,
): Promise<ActionResult> {
  const values = formValues(formData);
  try {
    const viewer = await requireViewer();
    const data = Object.fromEntries(formData);
    const password = prefixed('password', passwordPolicySchema, data);
    const lockout = prefixed('lockout', lockoutSchema, data);
    const sso = prefixed('sso', ssoSettingsSchema, data);
    const fieldErrors = {
      ...(password.success ? {} : prefixKeys('password', zodFieldErrors(password.error))),
      ...(lockout.success ? {} : prefixKeys('lockout', zodFieldErrors(lockout.error))),
    };
    if (!password.success || !lockout.success || !sso.success)
      return { ok: false, message: 'Check the settings you entered', fieldErrors, values };
    await updateSecuritySettings(
      viewer,
      {
        password: password.data as z.infer<typeof passwordPolicySchema>,
        lockout: lockout.data as z.infer<typeof lockoutSchema>,
        sso: sso.data as z.infer<typeof ssoSettingsSchema>,
      },
      await requestIp(),
    );
    revalidatePath('/admin/settings/security');
    return {
      ok: true,
      message: 'The security settings have been saved. They apply from the next login or password change.',
    };
  } catch (error) {
    return failure(error, values);
  }
}

function prefixKeys(prefix: string, errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}.${k}`, v]));
}
