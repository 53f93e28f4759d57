'use server';
import { failure, formValues, zodFieldErrors, type ActionResult } from '@/lib/action-result';
import { requestIp } from '@/lib/auth/request-info';
import { consumeThrottle } from '@/lib/accounts/rate-limit';
import { submitAccountRequest } from '@/lib/accounts/requests';
import { accountRequestSchema } from '@/lib/accounts/schemas';
import { sendAccountRequestEmail } from '@/lib/accounts/emails';

// Public (no session): rate-limited per IP; the same answer whether or not the address already has an account.
export async function requestAccountAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = accountRequestSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return { ok: false, message: 'Check the details you entered', fieldErrors: zodFieldErrors(parsed.error), values };
  try {
    await consumeThrottle('forms', `request-account:${(await requestIp()) ?? 'unknown'}`);
    await sendAccountRequestEmail(await submitAccountRequest(parsed.data));
    return { ok: true, message: parsed.data.email };
  } catch (error) {
    return failure(error, values);
  }
}
