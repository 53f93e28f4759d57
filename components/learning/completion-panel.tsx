import Link from 'next/link';
import { activityHref, isActivityTypeLive } from '@/lib/completion/links';
import type { CoursePage } from '@/lib/catalogue/course-page';
import type { ActivityType } from '@/lib/generated/prisma/enums';

function statusLabel(status: string, percent: number): string {
  if (status === 'COMPLETE') return 'Complete (100%)';
  if (status === 'COMPLETE_RPL') return 'Complete through recognition of prior learning';
  if (status === 'NOT_STARTED') return `Not yet started (${percent}%)`;
  return `In progress (${percent}%)`;
}

/** "Completion status": the criteria with ticks and crosses, ALL/ANY, progress, and why it is not complete. */
export function CompletionPanel({
  completion,
  activityIds,
}: {
  completion: NonNullable<CoursePage['completion']>;
  activityIds: Set<number>;
}) {
  if (!completion.tracked) {
    return (
      <section aria-labelledby="completion-title" className="border-t-4 border-[var(--brand-accent)] bg-slate-100 p-4">
        <h2 id="completion-title" className="text-xl font-bold">
          Completion status
        </h2>
        <p className="mt-2">This course does not record completion. Read the course text for what to do.</p>
      </section>
    );
  }
  const complete = completion.status === 'COMPLETE' || completion.status === 'COMPLETE_RPL';
  const percent = complete ? 100 : completion.storedPercent;
  const missing = completion.criteria.filter((c) => !c.met && c.why);
  return (
    <section aria-labelledby="completion-title" className="border-t-4 border-[var(--brand-accent)] bg-slate-100 p-4">
      <h2 id="completion-title" className="text-xl font-bold">
        Completion status
      </h2>
      <p className="mt-2 font-semibold">Status: {statusLabel(completion.status, percent)}</p>
      <div className="mt-2 h-3 w-full bg-white" role="img" aria-label={`${percent}% complete`}>
        <div className="h-3 bg-[var(--brand-accent)]" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-3">
        {completion.aggregation === 'ANY' ? 'Any criteria below are required' : 'All criteria below are required'}
      </p>
      <ul className="mt-2 list-none space-y-2">
        {completion.criteria.map((c, i) => {
          const canLink =
            c.activityId !== null &&
            activityIds.has(c.activityId) &&
            c.activityType !== null &&
            isActivityTypeLive(c.activityType as ActivityType);
          return (
            <li key={`${c.type}-${c.activityId ?? c.requiredCourseId ?? i}`} className="flex items-start gap-2">
              <span aria-hidden="true" className={`font-bold ${c.met ? 'text-green-800' : 'text-red-700'}`}>
                {c.met ? '✓' : '✗'}
              </span>
              <span>
                {canLink ? (
                  <Link
                    href={activityHref({ id: c.activityId!, type: c.activityType as ActivityType })}
                    className="text-[var(--link)] underline"
                  >
                    {c.label}
                  </Link>
                ) : c.activityId !== null && activityIds.has(c.activityId) ? (
                  <a href={`#activity-${c.activityId}`} className="text-[var(--link)] underline">
                    {c.label}
                  </a>
                ) : c.requiredCourseId ? (
                  <Link href={`/courses/${c.requiredCourseId}`} className="text-[var(--link)] underline">
                    {c.label}
                  </Link>
                ) : (
                  c.label
                )}
                <span className="sr-only">{c.met ? ' (done)' : ' (not done)'}</span>
              </span>
            </li>
          );
        })}
      </ul>
      {!complete && missing.length > 0 ? (
        <details className="mt-4">
          <summary className="cursor-pointer font-semibold text-[var(--link)] underline">
            Why isn&apos;t this complete?
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {missing.map((c, i) => (
              <li key={i}>{c.why}</li>
            ))}
          </ul>
          {completion.aggregation === 'ANY' ? (
            <p className="mt-2">Completing any one of these will complete the course.</p>
          ) : null}
        </details>
      ) : null}
    </section>
  );
}
