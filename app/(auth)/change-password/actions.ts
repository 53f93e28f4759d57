'use server';
import { formAction } from '@/lib/auth/action';
import { createSessionProof } from '@/lib/auth/session-refresh';
import { changeOwnPassword } from '@/lib/accounts/passwords';
import { changePasswordSchema } from '@/lib/accounts/schemas';

// The one action allowed on a temporary password.
export const changePasswordAction = formAction(
  {
    schema: changePasswordSchema,
    access: 'temporary-password',
    secret: ['currentPassword', 'newPassword', 'confirmPassword'],
    invalidMessage: 'Check the passwords you entered',
  },
  async (viewer, input) => {
    const { sessionVersion } = await changeOwnPassword(viewer, input);
    // This session continues with the new version; every other session has ended.
    return { ok: true, data: { svProof: createSessionProof(viewer.id, sessionVersion) } };
  },
);
