'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { failure, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import { retryFailedEmail } from '@/lib/notifications/commands';
import { emailIdSchema } from '@/lib/notifications/schemas';

export async function retryEmailAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let id: number;
  try {
    const viewer = await requireViewer();
    const parsed = emailIdSchema.safeParse(formData.get('id'));
    if (!parsed.success) return { ok: false, message: 'We could not find that email.', fieldErrors: {} };
    id = parsed.data;
    await retryFailedEmail(viewer, id);
  } catch (error) {
    return failure(error);
  }
  revalidatePath('/admin/emails');
  // The page no longer shows the Retry button once the email is queued: say what happened there instead.
  redirect(`/admin/emails/${id}?retried=1`);
}
