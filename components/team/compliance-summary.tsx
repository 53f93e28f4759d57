import type { FormAction } from '@/components/ui/use-action-form';
import { Tag } from '@/components/ui/tag';
import { formatDate, formatDateTime } from '@/lib/format';
import type { TeamCompliance } from '@/lib/team/compliance';
import { barPercent, DUE_SOON_DAYS, londonDay, type ComplianceItem } from '@/lib/team/rules';
import { ReminderForm } from './reminder-form';

const BARS = [
  { key: 'overdue', label: 'Overdue', colour: 'bg-red-700' },
  { key: 'due_soon', label: `Due or expiring within ${DUE_SOON_DAYS} days`, colour: 'bg-yellow-500' },
  { key: 'up_to_date', label: 'Up to date', colour: 'bg-green-700' },
] as const;

function itemText(item: ComplianceItem): string {
  const kind = item.kind === 'certification' ? 'certification' : 'program';
  if (item.overdue) return `${item.name} (${kind}): overdue${item.dueAt ? `, was due ${formatDate(item.dueAt)}` : ''}`;
  return `${item.name} (${kind}): due ${formatDate(item.dueAt)}`;
}

/**
 * The team compliance summary: a bar chart of people by their worst state, with every number also in text (the
 * chart is decorative for screen readers), then who needs a nudge, what for, and a "Send reminder" button.
 */
export function ComplianceSummary({
  compliance,
  remindAction,
  now,
}: {
  compliance: TeamCompliance;
  remindAction: FormAction;
  now: Date;
}) {
  const { summary, needAction } = compliance;
  const max = Math.max(summary.overdue, summary.due_soon, summary.up_to_date);
  const today = londonDay(now);
  return (
    <section aria-labelledby="compliance-heading" className="mb-8">
      <h2 id="compliance-heading" className="text-2xl font-bold">
        Team compliance
      </h2>
      <p className="mt-2">
        Programs and certifications assigned to your {summary.total} direct report{summary.total === 1 ? '' : 's'},
        counting each person once, at their most urgent item.
      </p>
      <dl className="mt-4 max-w-2xl space-y-3">
        {BARS.map((bar) => (
          <div key={bar.key} className="grid grid-cols-1 gap-1 sm:grid-cols-[16rem_1fr] sm:items-center">
            <dt className="font-semibold">{bar.label}</dt>
            <dd className="flex items-center gap-3">
              <span className="block h-6 flex-1 border border-slate-500 bg-white" aria-hidden="true">
                <span
                  className={`block h-full ${bar.colour}`}
                  style={{ width: `${barPercent(summary[bar.key], max)}%` }}
                />
              </span>
              <span className="w-28 shrink-0">
                {summary[bar.key]} {summary[bar.key] === 1 ? 'person' : 'people'}
              </span>
            </dd>
          </div>
        ))}
      </dl>
      {needAction.length === 0 ? (
        <p className="mt-4">Nobody in your team has anything overdue or due in the next {DUE_SOON_DAYS} days.</p>
      ) : (
        <>
          <h3 className="mt-6 text-xl font-bold">Who needs a reminder</h3>
          <ul className="mt-2 divide-y divide-slate-300 border-y border-slate-300">
            {needAction.map((p) => (
              <li key={p.userId} className="grid gap-3 py-4 md:grid-cols-[1fr_16rem]">
                <div>
                  <p className="font-semibold">
                    {p.name} {p.level === 'overdue' ? <Tag tone="red">Overdue</Tag> : <Tag tone="yellow">Due soon</Tag>}
                  </p>
                  <ul className="mt-1 list-disc pl-5">
                    {[...p.overdue, ...p.dueSoon].map((item) => (
                      <li key={`${item.kind}-${item.programId}`}>{itemText(item)}</li>
                    ))}
                  </ul>
                  <p className="mt-1 text-slate-700">
                    {p.lastReminderAt
                      ? `Last reminder sent ${formatDateTime(p.lastReminderAt)}`
                      : 'No reminder sent yet'}
                  </p>
                </div>
                <ReminderForm
                  action={remindAction}
                  userId={p.userId}
                  name={p.name}
                  disabledReason={
                    !p.hasEmail
                      ? 'No email address in iLearn+: remind them in person.'
                      : p.lastReminderAt && londonDay(p.lastReminderAt) === today
                        ? 'Reminded today. You can send another tomorrow.'
                        : null
                  }
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
