'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { buttonAction, formAction } from '@/lib/auth/action';
import { createOwnCalendarFeedLink, turnOffOwnCalendarFeed } from '@/lib/calendar/feed';
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

export const createCalendarLinkAction = buttonAction(z.object({}), async (viewer) => {
  await createOwnCalendarFeedLink(viewer);
  revalidatePath('/profile');
});

export const turnOffCalendarFeedAction = buttonAction(z.object({}), async (viewer) => {
  await turnOffOwnCalendarFeed(viewer);
  revalidatePath('/profile');
});
