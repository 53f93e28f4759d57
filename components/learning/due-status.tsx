import { Tag, type TagTone } from '@/components/ui/tag';
import { formatDate } from '@/lib/format';

const TONE: Record<string, TagTone> = {
  Complete: 'green',
  Certified: 'green',
  'In progress': 'blue',
  'Due for renewal': 'yellow',
  'Window open': 'yellow',
  Expired: 'red',
};

/** The state word as a tag, toned the same wherever it appears. */
export function StateTag({ status }: { status: string }) {
  return <Tag tone={TONE[status] ?? 'grey'}>{status}</Tag>;
}

/**
 * One way to show a program's (or certification's) state wherever it appears (Home, Required Learning, the
 * Programs tab, the program page): the state tag from the one state rule, "Overdue" when past due, then the date.
 */
export function DueStatus({
  status,
  overdue,
  dueAt,
  showStatus = true,
}: {
  status: string;
  overdue: boolean;
  dueAt: Date | null;
  showStatus?: boolean;
}) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1" data-testid="due-status">
      {showStatus ? <StateTag status={status} /> : null}
      {overdue ? <Tag tone="red">Overdue</Tag> : null}
      <span>{dueAt ? `Due ${formatDate(dueAt)}` : 'No due date'}</span>
    </span>
  );
}
