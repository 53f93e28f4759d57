'use server';
import { publicFormAction } from '@/lib/auth/action';
import { requestIp } from '@/lib/auth/request-info';
import { consumeThrottle } from '@/lib/accounts/rate-limit';
import { submitAccountRequest } from '@/lib/accounts/requests-commands';
import { accountRequestSchema } from '@/lib/accounts/schemas';

// Public (no session): rate-limited per IP; the same answer whether or not the address already has an account.
export const requestAccountAction = publicFormAction(
  { schema: accountRequestSchema, invalidMessage: 'Check the details you entered' },
  async (input) => {
    await consumeThrottle('forms', `request-account:${(await requestIp()) ?? 'unknown'}`);
    await submitAccountRequest(input);
    return { ok: true, message: input.email };
  },
);
