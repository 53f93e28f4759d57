'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/auth/action';
import { saveRoom } from '@/lib/workshops/admin-commands';
import { roomSchema } from '@/lib/workshops/schemas';
import { optionalIdSchema } from '@/lib/validation';

export const saveRoomAction = formAction(
  roomSchema.extend({ roomId: optionalIdSchema }),
  async (viewer, { roomId, ...room }) => {
    await saveRoom(viewer, roomId, room);
    revalidatePath('/admin/rooms');
    redirect('/admin/rooms?saved=1');
  },
);
