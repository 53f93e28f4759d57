'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { failure, formValues, zodFieldErrors, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
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
import type { CreatedAccountResult as IssuedResult } from '@/lib/accounts/users-commands';

const idSchema = z.coerce.number().int().positive();

export async function createUserAction(_prev: IssuedResult | undefined, formData: FormData): Promise<IssuedResult> {
  const values = formValues(formData);
  try {
    const viewer = await requireViewer();
    const parsed = createUserSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, message: 'Check the details you entered', fieldErrors: zodFieldErrors(parsed.error), values };
    const created = await createUser(viewer, parsed.data, await requestIp());
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
  } catch (error) {
    return failure(error, values);
  }
}

export async function updateUserAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let id: number;
  try {
    const viewer = await requireViewer();
    id = idSchema.parse(formData.get('id'));
    const parsed = userDetailsSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success)
      return { ok: false, message: 'Check the details you entered', fieldErrors: zodFieldErrors(parsed.error), values };
    await updateUserDetails(viewer, id, parsed.data, await requestIp());
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(`/admin/users/${id}`);
  redirect(`/admin/users/${id}?done=updated`);
}

type Simple = (viewer: Awaited<ReturnType<typeof requireViewer>>, id: number, ip: string | null) => Promise<unknown>;

async function simple(formData: FormData, run: Simple, done: string): Promise<ActionResult> {
  let id: number;
  try {
    const viewer = await requireViewer();
    id = idSchema.parse(formData.get('id'));
    await run(viewer, id, await requestIp());
  } catch (error) {
    return failure(error);
  }
  revalidatePath(`/admin/users/${id}`);
  redirect(`/admin/users/${id}?done=${done}`);
}

export async function suspendUserAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  return simple(formData, (v, id, ip) => setUserSuspended(v, id, true, ip), 'suspended');
}

export async function reactivateUserAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  return simple(formData, (v, id, ip) => setUserSuspended(v, id, false, ip), 'reactivated');
}

export async function unlockUserAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  return simple(formData, unlockUser, 'unlocked');
}

export async function signOutEverywhereAction(
  _prev: ActionResult | undefined,
  formData: FormData,
): Promise<ActionResult> {
  return simple(formData, signOutEverywhere, 'signed-out');
}

export async function resetPasswordAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireViewer();
    const id = idSchema.parse(formData.get('id'));
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
  } catch (error) {
    return failure(error);
  }
}

export async function setRolesAction(_prev: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  let id: number;
  try {
    const viewer = await requireViewer();
    id = idSchema.parse(formData.get('id'));
    const parsed = rolesSchema.safeParse({
      isSiteAdmin: formData.get('isSiteAdmin'),
      teamIds: formData.getAll('teamIds'),
    });
    if (!parsed.success)
      return { ok: false, message: 'Check the roles you chose', fieldErrors: zodFieldErrors(parsed.error) };
    await setUserRoles(viewer, id, parsed.data, await requestIp());
  } catch (error) {
    return failure(error);
  }
  revalidatePath(`/admin/users/${id}`);
  redirect(`/admin/users/${id}?done=roles`);
}
