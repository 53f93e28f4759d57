'use server';
import { publicFormAction } from '@/lib/auth/action';
import { requestIp } from '@/lib/auth/request-info';
import { consumeThrottle } from '@/lib/accounts/rate-limit';
import { resetPasswordWithToken } from '@/lib/accounts/passwords';
import { resetPasswordSchema } from '@/lib/accounts/schemas';

// Public: the token is the credential. Rate-limited per IP address.
export const resetPasswordAction = publicFormAction(
  {
    schema: resetPasswordSchema,
    secret: ['token', 'newPassword', 'confirmPassword'],
    invalidMessage: 'Check the passwords you entered',
  },
  async ({ token, newPassword }) => {
    await consumeThrottle('forms', `reset-password:${(await requestIp()) ?? 'unknown'}`);
    await resetPasswordWithToken(token, newPassword);
    return { ok: true };
  },
);
