import { Tag, type TagTone } from '@/components/ui/tag';
import { STATUS_LABELS } from '@/lib/access-requests/rules';
import type { AccessRequestStatus } from '@/lib/generated/prisma/enums';

const TONES: Record<AccessRequestStatus, TagTone> = {
  SUBMITTED: 'blue',
  IN_PROGRESS: 'yellow',
  GRANTED: 'green',
  DECLINED: 'red',
};

export function AccessStatusTag({ status }: { status: AccessRequestStatus }) {
  return <Tag tone={TONES[status]}>{STATUS_LABELS[status]}</Tag>;
}
