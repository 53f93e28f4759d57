'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/auth/action';
import { requestIp } from '@/lib/auth/request-info';
import { lockoutSchema, passwordPolicySchema, ssoSettingsSchema } from '@/lib/accounts/settings';
import { updateSecuritySettings } from '@/lib/accounts/settings-commands';

const settingsSchema = z.object({ password: passwordPolicySchema, lockout: lockoutSchema, sso: ssoSettingsSchema });

/** The form names its fields "password.minLength", "lockout.attempts", "sso.enabled"…: regroup them. */
function settingsInput(formData: FormData) {
  const group = (prefix: string, schema: z.ZodObject) =>
    Object.fromEntries(Object.keys(schema.shape).map((k) => [k, formData.get(`${prefix}.${k}`) ?? '']));
  return {
    password: group('password', passwordPolicySchema),
    lockout: group('lockout', lockoutSchema),
    sso: group('sso', ssoSettingsSchema),
  };
}

export const updateSecuritySettingsAction = formAction(
  { schema: settingsSchema, input: settingsInput, invalidMessage: 'Check the settings you entered' },
  async (viewer, input) => {
    await updateSecuritySettings(viewer, input, await requestIp());
    revalidatePath('/admin/settings/security');
    return {
      ok: true,
      message: 'The security settings have been saved. They apply from the next login or password change.',
    };
  },
);
