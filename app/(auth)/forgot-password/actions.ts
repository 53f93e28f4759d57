'use server';
import { publicFormAction } from '@/lib/auth/action';
import { requestIp } from '@/lib/auth/request-info';
import { consumeThrottle } from '@/lib/accounts/rate-limit';
import { accountReminderJob } from '@/lib/accounts/jobs';
import { forgotPasswordSchema, forgotUsernameSchema } from '@/lib/accounts/schemas';
import { enqueue } from '@/lib/jobs/enqueue';

// Public forms (no session): rate-limited per IP address; the answer never says whether an account exists, and
// takes the same time either way (the lookup and the email happen in a job).

export const forgotPasswordAction = publicFormAction(
  { schema: forgotPasswordSchema, invalidMessage: 'Enter your username or email address' },
  async ({ identifier }) => {
    await consumeThrottle('forms', `forgot-password:${(await requestIp()) ?? 'unknown'}`);
    await enqueue(accountReminderJob, { kind: 'password', identifier });
    return { ok: true };
  },
);

export const forgotUsernameAction = publicFormAction(
  { schema: forgotUsernameSchema, invalidMessage: 'Enter your email address' },
  async ({ email }) => {
    await consumeThrottle('forms', `forgot-username:${(await requestIp()) ?? 'unknown'}`);
    await enqueue(accountReminderJob, { kind: 'username', email });
    return { ok: true };
  },
);
