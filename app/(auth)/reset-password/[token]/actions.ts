'use server';
import { failure, zodFieldErrors, type ActionResult } from '@/lib/action-result';
import { requestIp } from '@/lib/auth/request-info';
import { consumeThrottle } from '@/lib/accounts/rate-limit';
import { resetPasswordWithToken } from '@/lib/accounts/passwords';
import { resetPasswordSchema } from '@/lib/accounts/schemas';

// Public: the token is the credential. Rate-limited per IP address.
export async function resetPasswordAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const parsed = resetPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return { ok: false, message: 'Check the passwords you entered', fieldErrors: zodFieldErrors(parsed.error) };
  try {
    await consumeThrottle('forms', `reset-password:${(await requestIp()) ?? 'unknown'}`);
    await resetPasswordWithToken(parsed.data.token, parsed.data.newPassword);
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}
