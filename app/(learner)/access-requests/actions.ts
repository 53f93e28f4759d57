'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/auth/action';
import { sendAccessRequest } from '@/lib/access-requests/commands';
import { sendAccessRequestInput, sendAccessRequestSchema } from '@/lib/access-requests/schemas';

/** "Send request": records the request (a second submit changes nothing), emails, and shows its status. */
export const sendAccessRequestAction = formAction(
  {
    schema: sendAccessRequestSchema,
    input: sendAccessRequestInput,
    invalidMessage: 'Answer the questions shown below',
  },
  async (viewer, { activityId, answers }) => {
    await sendAccessRequest(viewer, activityId, answers);
    revalidatePath('/courses/[id]', 'page');
    redirect(`/access-requests/${activityId}?sent=1`);
  },
);
