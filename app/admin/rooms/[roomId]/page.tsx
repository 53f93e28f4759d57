import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { RoomForm } from '@/components/workshops/admin/room-form';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { getRoomAdmin } from '@/lib/workshops/admin-queries';
import { saveRoomAction } from '@/app/admin/rooms/actions';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Edit room' };

export default async function EditRoomPage({ params }: { params: Promise<{ roomId: string }> }) {
  const { roomId } = await params;
  const viewer = await requireAdminPage();
  const room = await pageOrNotFound(() => getRoomAdmin(viewer, parseIdParam(roomId)));
  return (
    <>
      <Breadcrumbs items={[{ label: 'Rooms', href: '/admin/rooms' }, { label: room.name }]} />
      <h1 className="text-3xl font-bold">Edit room: {room.name}</h1>
      <RoomForm action={saveRoomAction} room={room} />
    </>
  );
}
