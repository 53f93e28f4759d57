'use server';
import { failure, formValues, zodFieldErrors, type ActionResult } from '@/lib/action-result';
import { requestIp } from '@/lib/auth/request-info';
import { consumeThrottle } from '@/lib/accounts/rate-limit';
import { requestPasswordReset } from '@/lib/accounts/passwords';
import { forgotPasswordSchema, forgotUsernameSchema } from '@/lib/accounts/schemas';
import { findUsernamesForEmail } from '@/lib/accounts/passwords';
import { sendPasswordResetEmails, sendUsernameReminder } from '@/lib/accounts/emails';

// Public forms (no session): rate-limited per IP address; the answer never says whether an account exists.

export async function forgotPasswordAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = forgotPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return {
      ok: false,
      message: 'Enter your username or email address',
      fieldErrors: zodFieldErrors(parsed.error),
      values,
    };
  try {
    await consumeThrottle('forms', `forgot-password:${(await requestIp()) ?? 'unknown'}`);
    await sendPasswordResetEmails(await requestPasswordReset(parsed.data.identifier));
    return { ok: true };
  } catch (error) {
    return failure(error, values);
  }
}

export async function forgotUsernameAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = forgotUsernameSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return { ok: false, message: 'Enter your email address', fieldErrors: zodFieldErrors(parsed.error), values };
  try {
    await consumeThrottle('forms', `forgot-username:${(await requestIp()) ?? 'unknown'}`);
    const found = await findUsernamesForEmail(parsed.data.email);
    if (found) await sendUsernameReminder(found);
    return { ok: true };
  } catch (error) {
    return failure(error, values);
  }
}
