'use server';
import { revalidatePath } from 'next/cache';
import { failure, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import { retryFailedEmail } from '@/lib/notifications/commands';
import { emailIdSchema } from '@/lib/notifications/schemas';

export async function retryEmailAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireViewer();
    const id = emailIdSchema.safeParse(formData.get('id'));
    if (!id.success) return { ok: false, message: 'We could not find that email.', fieldErrors: {} };
    await retryFailedEmail(viewer, id.data);
    revalidatePath('/admin/emails');
    revalidatePath(`/admin/emails/${id.data}`);
    return {
      ok: true,
      message: 'The email is queued to be sent again. Refresh this page in a minute to see the result.',
    };
  } catch (error) {
    return failure(error);
  }
}
