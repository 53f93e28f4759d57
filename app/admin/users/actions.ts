'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/auth/action';
import type { Viewer } from '@/lib/auth/viewer';
import { requestIp } from '@/lib/auth/request-info';
import { createUserSchema, rolesSchema, userDetailsSchema } from '@/lib/accounts/schemas';
import {
  createUser,
  resetPasswordByAdmin,
  setUserRoles,
  setUserSuspended,
  signOutEverywhere,
  unlockUser,
  updateUserDetails,
} from '@/lib/accounts/users-commands';
import { sendLoginDetails } from '@/lib/accounts/emails';
import { idField } from '@/lib/validation';

const CHECK_DETAILS = 'Check the details you entered';
const userId = z.object({ id: idField('We could not find that person. Reload the page and try again.') });

export const createUserAction = formAction(
  { schema: createUserSchema, invalidMessage: CHECK_DETAILS },
  async (viewer, input) => {
    const created = await createUser(viewer, input, await requestIp());
    revalidatePath('/admin/users');
    if (!('temporaryPassword' in created))
      return {
        ok: true,
        data: { userId: created.userId, username: created.username, emailedTo: null, temporaryPassword: null },
      };
    const emailed = await sendLoginDetails(created, 'created');
    return {
      ok: true,
      data: {
        userId: created.userId,
        username: created.username,
        emailedTo: emailed && created.delivery.kind !== 'screen' ? created.delivery.to : null,
        temporaryPassword: emailed ? null : created.temporaryPassword,
      },
    };
  },
);

export const updateUserAction = formAction(
  { schema: userDetailsSchema.extend(userId.shape), invalidMessage: CHECK_DETAILS },
  async (viewer, { id, ...details }) => {
    await updateUserDetails(viewer, id, details, await requestIp());
    revalidatePath(`/admin/users/${id}`);
    redirect(`/admin/users/${id}?done=updated`);
  },
);

/** A button on the person's page: does one thing to them, then says so there. */
const userButton =
  (run: (viewer: Viewer, id: number, ip: string | null) => Promise<unknown>, done: string) =>
  async (viewer: Viewer, { id }: { id: number }): Promise<never> => {
    await run(viewer, id, await requestIp());
    revalidatePath(`/admin/users/${id}`);
    redirect(`/admin/users/${id}?done=${done}`);
  };

export const suspendUserAction = formAction(
  userId,
  userButton((v, id, ip) => setUserSuspended(v, id, true, ip), 'suspended'),
);
export const reactivateUserAction = formAction(
  userId,
  userButton((v, id, ip) => setUserSuspended(v, id, false, ip), 'reactivated'),
);
export const unlockUserAction = formAction(userId, userButton(unlockUser, 'unlocked'));
export const signOutEverywhereAction = formAction(userId, userButton(signOutEverywhere, 'signed-out'));

export const resetPasswordAction = formAction(userId, async (viewer, { id }) => {
  const issued = await resetPasswordByAdmin(viewer, id, await requestIp());
  const emailed = await sendLoginDetails(issued, 'reset');
  revalidatePath(`/admin/users/${id}`);
  if (emailed && issued.delivery.kind !== 'screen') {
    return {
      ok: true,
      message: `A temporary password has been emailed to ${issued.delivery.to}. It must be changed at the next login.`,
    };
  }
  return {
    ok: true,
    message: `No email address to send it to. Give this temporary password to the person privately: ${issued.temporaryPassword}`,
  };
});

export const setRolesAction = formAction(
  {
    schema: rolesSchema.extend(userId.shape),
    input: (formData) => ({
      id: formData.get('id'),
      isSiteAdmin: formData.get('isSiteAdmin'),
      teamIds: formData.getAll('teamIds'),
    }),
    invalidMessage: 'Check the roles you chose',
  },
  async (viewer, { id, ...roles }) => {
    await setUserRoles(viewer, id, roles, await requestIp());
    revalidatePath(`/admin/users/${id}`);
    redirect(`/admin/users/${id}?done=roles`);
  },
);
