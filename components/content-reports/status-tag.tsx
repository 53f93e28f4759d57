import { Tag } from '@/components/ui/tag';
import type { ContentReportStatus } from '@/lib/generated/prisma/enums';

export function ContentReportStatusTag({ status }: { status: ContentReportStatus }) {
  return status === 'OPEN' ? <Tag tone="blue">Open</Tag> : <Tag tone="green">Resolved</Tag>;
}
