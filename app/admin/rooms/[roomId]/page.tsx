import type { Metadata } from 'next';
import { cache } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { RoomForm } from '@/components/workshops/admin/room-form';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { getRoomAdmin } from '@/lib/workshops/admin-queries';
import { saveRoomAction } from '@/app/admin/rooms/actions';
import { parseIdParam } from '@/lib/validation';

// One read for the title and the page (React cache, per request).
const load = cache((viewer: Viewer, id: number) => pageOrNotFound(() => getRoomAdmin(viewer, id)));

export async function generateMetadata({ params }: { params: Promise<{ roomId: string }> }): Promise<Metadata> {
  const x = await load(await requireAdminPage(), parseIdParam((await params).roomId));
  return { title: `Edit room: ${x.name}` };
}

export default async function EditRoomPage({ params }: { params: Promise<{ roomId: string }> }) {
  const { roomId } = await params;
  const viewer = await requireAdminPage();
  const room = await load(viewer, parseIdParam(roomId));
  return (
    <>
      <Breadcrumbs items={[{ label: 'Rooms', href: '/admin/rooms' }, { label: room.name }]} />
      <h1 className="text-3xl font-bold">Edit room: {room.name}</h1>
      <RoomForm action={saveRoomAction} room={room} />
    </>
  );
}
