'use server';
import { revalidatePath } from 'next/cache';
import { failure, formValues, zodFieldErrors, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import { profileEmailSchema } from '@/lib/accounts/schemas';
import { updateOwnEmail } from '@/lib/accounts/users-commands';

export async function updateEmailAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  try {
    const viewer = await requireViewer();
    const parsed = profileEmailSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, message: 'Check your email address', fieldErrors: zodFieldErrors(parsed.error), values };
    await updateOwnEmail(viewer, parsed.data.email);
    revalidatePath('/profile');
    return { ok: true, message: 'Your email address has been changed.' };
  } catch (error) {
    return failure(error, values);
  }
}
