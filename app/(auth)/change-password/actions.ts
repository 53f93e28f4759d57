'use server';
import { failure, formValues, zodFieldErrors, type ActionResult } from '@/lib/action-result';
import { requireViewerWithTemporaryPassword } from '@/lib/auth/guards';
import { createSessionProof } from '@/lib/auth/session-refresh';
import { changeOwnPassword } from '@/lib/accounts/passwords';
import { changePasswordSchema } from '@/lib/accounts/schemas';

const SECRET_FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'];

export async function changePasswordAction(
  _prev: ActionResult<{ svProof: string }> | undefined,
  formData: FormData,
): Promise<ActionResult<{ svProof: string }>> {
  const values = formValues(formData, SECRET_FIELDS);
  try {
    const viewer = await requireViewerWithTemporaryPassword();
    const parsed = changePasswordSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return {
        ok: false,
        message: 'Check the passwords you entered',
        fieldErrors: zodFieldErrors(parsed.error),
        values,
      };
    const { sessionVersion } = await changeOwnPassword(viewer, parsed.data);
    // This session continues with the new version; every other session has ended.
    return { ok: true, data: { svProof: createSessionProof(viewer.id, sessionVersion) } };
  } catch (error) {
    return failure(error, values);
  }
}
