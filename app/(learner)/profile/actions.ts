'use server';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/auth/action';
import { profileEmailSchema } from '@/lib/accounts/schemas';
import { updateOwnEmail } from '@/lib/accounts/users-commands';

export const updateEmailAction = formAction(
  { schema: profileEmailSchema, invalidMessage: 'Check your email address' },
  async (viewer, { email }) => {
    await updateOwnEmail(viewer, email);
    revalidatePath('/profile');
    return { ok: true, message: 'Your email address has been changed.' };
  },
);
