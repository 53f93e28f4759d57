import Link from 'next/link';
import type { ReactNode } from 'react';
import { activityHref, isActivityTypeLive } from '@/lib/completion/links';
import type { CourseActivityRow } from '@/lib/catalogue/course-page';
import { sanitiseHtml } from '@/lib/html/sanitise';

const TYPE_LABEL: Record<string, string> = {
  SCORM: 'eLearning',
  QUIZ: 'Quiz',
  WORKSHOP: 'Workshop',
  CERTIFICATE: 'Certificate',
  FEEDBACK: 'Feedback',
  ACCESS_REQUEST: 'Systems access request',
  PAGE: 'Page',
  FILE: 'File',
  URL: 'Web link',
};

export function activityTypeLabel(type: string): string {
  return TYPE_LABEL[type] ?? type;
}

function StateMark({ row }: { row: CourseActivityRow }) {
  if (row.lockedReasons.length > 0) {
    return (
      <svg
        viewBox="0 0 24 24"
        className="size-6 text-slate-700"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <rect x="5" y="11" width="14" height="10" rx="1" fill="currentColor" />
        <path d="M8 11V7a4 4 0 0 1 8 0v4" />
      </svg>
    );
  }
  if (row.completionMode === 'NONE') return <span className="inline-block w-6" aria-hidden="true" />;
  const done = row.state === 'COMPLETE' || row.state === 'COMPLETE_PASS' || row.state === 'COMPLETE_FAIL';
  return (
    <span
      aria-hidden="true"
      className={`inline-flex size-6 items-center justify-center rounded-full border-2 ${done ? 'border-green-800 bg-green-800 text-white' : 'border-slate-500'}`}
    >
      {done ? '✓' : ''}
    </span>
  );
}

function stateText(row: CourseActivityRow): string {
  if (row.lockedReasons.length > 0) return 'Locked';
  if (row.completionMode === 'NONE') return '';
  switch (row.state) {
    case 'COMPLETE':
      return 'Completed';
    case 'COMPLETE_PASS':
      return 'Completed with a pass';
    case 'COMPLETE_FAIL':
      return 'Completed, not passed';
    default:
      return 'Not completed';
  }
}

type Props = {
  activities: CourseActivityRow[];
  enrolled: boolean;
  canManage: boolean;
  /** Extra content under an activity (manual completion button, workshop sessions). */
  renderExtra?: (row: CourseActivityRow) => ReactNode;
};

/** The course's activities in order with their state: done, to do, or locked with the reason. */
export function ActivityList({ activities, enrolled, canManage, renderExtra }: Props) {
  if (activities.length === 0) return <p>This course has no activities yet.</p>;
  let section: string | null = null;
  const items: ReactNode[] = [];
  for (const row of activities) {
    if (row.sectionName && row.sectionName !== section) {
      section = row.sectionName;
      items.push(
        <li key={`section-${row.id}`} className="pt-4">
          <h3 className="text-xl font-bold">{row.sectionName}</h3>
        </li>,
      );
    }
    const live = isActivityTypeLive(row.type);
    const openable = live && (row.available || canManage);
    const text = stateText(row);
    items.push(
      <li key={row.id} id={`activity-${row.id}`} className="flex gap-3 border-b border-slate-300 py-4">
        <div className="pt-1">
          <StateMark row={row} />
        </div>
        <div className="min-w-0 flex-1">
          <p className="text-sm text-slate-600">{activityTypeLabel(row.type)}</p>
          <p className="text-lg font-semibold">
            {openable ? (
              <Link href={activityHref(row)} className="text-[var(--link)] underline underline-offset-2">
                {row.name}
              </Link>
            ) : (
              row.name
            )}
            {text ? <span className="sr-only"> ({text})</span> : null}
            {row.hiddenFromLearners ? <span className="ml-2 text-sm font-normal">(hidden from learners)</span> : null}
          </p>
          {!live ? <p className="text-slate-700">Not available yet in iLearn+.</p> : null}
          {enrolled
            ? row.lockedReasons.map((reason) => (
                <p key={reason} className="text-slate-700">
                  {reason}
                </p>
              ))
            : null}
          {row.state && text && row.lockedReasons.length === 0 ? (
            <p className="text-sm text-slate-700">{text}</p>
          ) : null}
          {row.descriptionHtml ? (
            <div className="prose mt-1" dangerouslySetInnerHTML={{ __html: sanitiseHtml(row.descriptionHtml) }} />
          ) : null}
          {renderExtra?.(row)}
        </div>
      </li>,
    );
  }
  return <ol className="list-none">{items}</ol>;
}
