import { Tag } from '@/components/ui/tag';

export function UserStatusTag({
  status,
  lockedUntil,
}: {
  status: 'ACTIVE' | 'SUSPENDED' | 'DELETED';
  lockedUntil: Date | null;
}) {
  if (status === 'SUSPENDED') return <Tag tone="red">Suspended</Tag>;
  if (status === 'DELETED') return <Tag tone="grey">Deleted</Tag>;
  // eslint-disable-next-line react-hooks/purity -- server component: "now" is the time of this request
  if (lockedUntil && lockedUntil.getTime() > Date.now()) return <Tag tone="orange">Locked out</Tag>;
  return <Tag tone="green">Active</Tag>;
}
