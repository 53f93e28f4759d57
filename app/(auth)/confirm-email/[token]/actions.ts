'use server';
import { z } from 'zod';
import { publicFormAction } from '@/lib/auth/action';
import { confirmAccountRequestEmail } from '@/lib/accounts/requests-commands';
import { UserError } from '@/lib/errors';

const EXPIRED =
  'This link has expired. It may have been used already, in which case your request is waiting for approval. Otherwise, please request an account again.';

// Public: the single-use token is the credential. Spent only by this POST, never by opening the link.
export const confirmEmailAction = publicFormAction(
  { schema: z.object({ token: z.string().min(1).max(100) }), secret: ['token'], invalidMessage: EXPIRED },
  async ({ token }) => {
    const confirmed = await confirmAccountRequestEmail(token);
    if (!confirmed) throw new UserError(EXPIRED);
    return { ok: true, data: { firstName: confirmed.firstName } };
  },
);
