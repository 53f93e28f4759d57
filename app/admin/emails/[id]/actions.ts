'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/auth/action';
import { retryFailedEmail } from '@/lib/notifications/commands';
import { idField } from '@/lib/validation';

export const retryEmailAction = formAction(
  {
    schema: z.object({ id: idField('We could not find that email.') }),
    invalidMessage: 'We could not find that email.',
  },
  async (viewer, { id }) => {
    await retryFailedEmail(viewer, id);
    revalidatePath('/admin/emails');
    // The page no longer shows the Retry button once the email is queued: say what happened there instead.
    redirect(`/admin/emails/${id}?retried=1`);
  },
);
