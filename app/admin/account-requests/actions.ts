'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/auth/action';
import { requestIp } from '@/lib/auth/request-info';
import { approveAccountRequest, rejectAccountRequest } from '@/lib/accounts/requests-commands';
import { approveRequestSchema, rejectRequestSchema } from '@/lib/accounts/schemas';
import { sendLoginDetails, sendRejection } from '@/lib/accounts/emails';

export const approveRequestAction = formAction(
  { schema: approveRequestSchema, invalidMessage: 'Check the details you entered' },
  async (viewer, input) => {
    const approved = await approveAccountRequest(viewer, input, await requestIp());
    await sendLoginDetails(
      { ...approved, delivery: { kind: 'user', to: approved.to, firstName: approved.firstName } },
      'approved',
    );
    revalidatePath('/admin/account-requests');
    redirect(`/admin/account-requests?done=approved&username=${encodeURIComponent(approved.username)}`);
  },
);

export const rejectRequestAction = formAction(
  { schema: rejectRequestSchema, invalidMessage: 'Enter a reason for the rejection' },
  async (viewer, input) => {
    await sendRejection(await rejectAccountRequest(viewer, input, await requestIp()));
    revalidatePath('/admin/account-requests');
    redirect('/admin/account-requests?done=rejected');
  },
);
