'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { failure, formValues, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import { saveRoom } from '@/lib/workshops/admin-commands';

export async function saveRoomAction(_prev: ActionResult | null, fd: FormData): Promise<ActionResult> {
  const values = formValues(fd);
  const text = (k: string) => (typeof fd.get(k) === 'string' ? String(fd.get(k)) : '');
  try {
    const viewer = await requireViewer();
    const roomId = Number(text('roomId')) || null;
    await saveRoom(viewer, roomId, {
      name: text('name'),
      building: text('building'),
      address: text('address'),
      capacity: text('capacity'),
      isVirtual: fd.get('isVirtual') === 'on',
      virtualUrl: text('virtualUrl'),
      details: text('details'),
    });
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath('/admin/rooms');
  redirect('/admin/rooms?saved=1');
}
