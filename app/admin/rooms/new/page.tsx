import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { RoomForm } from '@/components/workshops/admin/room-form';
import { requireAdminPage } from '@/lib/auth/guards';
import { assertLdAdmin } from '@/lib/auth/permissions';
import { saveRoomAction } from '@/app/admin/rooms/actions';

export const metadata: Metadata = { title: 'Add a room' };

export default async function NewRoomPage() {
  const viewer = await requireAdminPage();
  assertLdAdmin(viewer);
  return (
    <>
      <Breadcrumbs items={[{ label: 'Rooms', href: '/admin/rooms' }, { label: 'Add a room' }]} />
      <h1 className="text-3xl font-bold">Add a room</h1>
      <RoomForm action={saveRoomAction} />
    </>
  );
}
