'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { failure, formValues, zodFieldErrors, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import { requestIp } from '@/lib/auth/request-info';
import { approveAccountRequest, rejectAccountRequest } from '@/lib/accounts/requests';
import { approveRequestSchema, rejectRequestSchema } from '@/lib/accounts/schemas';
import { sendLoginDetails, sendRejection } from '@/lib/accounts/emails';

export async function approveRequestAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let username: string;
  try {
    const viewer = await requireViewer();
    const parsed = approveRequestSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, message: 'Check the details you entered', fieldErrors: zodFieldErrors(parsed.error), values };
    const approved = await approveAccountRequest(viewer, parsed.data, await requestIp());
    await sendLoginDetails(
      { ...approved, delivery: { kind: 'user', to: approved.to, firstName: approved.firstName } },
      'approved',
    );
    username = approved.username;
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath('/admin/account-requests');
  redirect(`/admin/account-requests?done=approved&username=${encodeURIComponent(username)}`);
}

export async function rejectRequestAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  try {
    const viewer = await requireViewer();
    const parsed = rejectRequestSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return {
        ok: false,
        message: 'Enter a reason for the rejection',
        fieldErrors: zodFieldErrors(parsed.error),
        values,
      };
    await sendRejection(await rejectAccountRequest(viewer, parsed.data, await requestIp()));
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath('/admin/account-requests');
  redirect('/admin/account-requests?done=rejected');
}
