'use server';
import { publicFormAction } from '@/lib/auth/action';
import { requestIp } from '@/lib/auth/request-info';
import { consumeThrottle } from '@/lib/accounts/rate-limit';
import { findUsernamesForEmail, requestPasswordReset } from '@/lib/accounts/passwords';
import { forgotPasswordSchema, forgotUsernameSchema } from '@/lib/accounts/schemas';
import { sendPasswordResetEmails, sendUsernameReminder } from '@/lib/accounts/emails';

// Public forms (no session): rate-limited per IP address; the answer never says whether an account exists.

export const forgotPasswordAction = publicFormAction(
  { schema: forgotPasswordSchema, invalidMessage: 'Enter your username or email address' },
  async ({ identifier }) => {
    await consumeThrottle('forms', `forgot-password:${(await requestIp()) ?? 'unknown'}`);
    await sendPasswordResetEmails(await requestPasswordReset(identifier));
    return { ok: true };
  },
);

export const forgotUsernameAction = publicFormAction(
  { schema: forgotUsernameSchema, invalidMessage: 'Enter your email address' },
  async ({ email }) => {
    await consumeThrottle('forms', `forgot-username:${(await requestIp()) ?? 'unknown'}`);
    const found = await findUsernamesForEmail(email);
    if (found) await sendUsernameReminder(found);
    return { ok: true };
  },
);
