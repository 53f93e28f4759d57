import { Tag } from '@/components/ui/tag';
import { formatDateTime } from '@/lib/format';
import type { AttemptStateName } from '@/lib/quiz/rules';

/** "Finished", "In progress"… as a tag, with the date that matters for that state. */
export function AttemptState({
  state,
  finishedAt,
  deadlineAt,
}: {
  state: AttemptStateName;
  finishedAt: Date | null;
  deadlineAt: Date | null;
}) {
  switch (state) {
    case 'FINISHED':
      return (
        <>
          <Tag tone="green">Finished</Tag>
          {finishedAt ? <span className="block text-sm">Submitted {formatDateTime(finishedAt)}</span> : null}
        </>
      );
    case 'ABANDONED':
      return (
        <>
          <Tag tone="red">Never submitted</Tag>
          {finishedAt ? <span className="block text-sm">Closed {formatDateTime(finishedAt)}</span> : null}
        </>
      );
    case 'OVERDUE':
      return <Tag tone="orange">Overdue: submit it now</Tag>;
    case 'IN_PROGRESS':
      return (
        <>
          <Tag tone="blue">In progress</Tag>
          {deadlineAt ? <span className="block text-sm">Due {formatDateTime(deadlineAt)}</span> : null}
        </>
      );
  }
}
