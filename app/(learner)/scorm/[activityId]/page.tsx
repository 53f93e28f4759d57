import type { Metadata } from 'next';
import { OpenElearning } from '@/components/scorm/open-elearning';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { parseIdParam } from '@/lib/validation';
import { formatDate } from '@/lib/format';
import { getScormActivityView } from '@/lib/scorm/queries';
import { formatTimeSpent, statusLabel } from '@/lib/scorm/rules';
import { HelpLink } from '@/components/help/help-link';

export const metadata: Metadata = { title: 'eLearning' };

export default async function ScormActivityPage({ params }: { params: Promise<{ activityId: string }> }) {
  const { activityId: raw } = await params;
  const activityId = parseIdParam(raw);
  const viewer = await requirePageViewer(`/scorm/${activityId}`);
  const view = await pageOrNotFound(() => getScormActivityView(viewer, activityId));
  const courseHref = `/courses/${view.course.id}`;
  const player = `/scorm/${activityId}/play`;
  return (
    <>
      <Breadcrumbs items={[{ label: view.course.fullName, href: courseHref }, { label: view.activity.name }]} />
      <h1 className="text-3xl font-bold">{view.activity.name}</h1>
      {!view.available ? (
        <div className="mt-6 border-l-4 border-slate-500 bg-slate-100 p-4">
          <h2 className="text-xl font-bold">Not available yet</h2>
          {view.lockedReasons.map((reason) => (
            <p key={reason} className="mt-2">
              {reason}.
            </p>
          ))}
        </div>
      ) : !view.hasPackage ? (
        <p className="mt-6 text-lg">This eLearning has no content yet. Please try again later.</p>
      ) : (
        <>
          {view.whyIncomplete.length > 0 ? (
            <div className="mt-6 border-l-4 border-slate-500 bg-slate-100 p-4">
              <h2 className="text-xl font-bold">Why this is not complete yet</h2>
              {view.whyIncomplete.map((reason) => (
                <p key={reason} className="mt-2">
                  {reason}
                </p>
              ))}
              <HelpLink slug="elearning-not-complete" className="mt-2">
                Why is my eLearning not showing as complete?
              </HelpLink>
            </div>
          ) : null}
          <OpenElearning
            playerHref={player}
            activityName={view.activity.name}
            label={view.attempts.some((a) => !a.archived) ? 'Continue eLearning' : 'Open eLearning'}
          />
          {view.canStartNewAttempt ? (
            <OpenElearning
              playerHref={`${player}?attempt=new`}
              activityName={view.activity.name}
              label="Start a new attempt"
            />
          ) : null}
        </>
      )}
      <HelpLink slug="elearning-blank-or-pop-up">The eLearning shows a blank page or does not open</HelpLink>
      {view.attempts.length > 0 ? (
        <section className="mt-8" aria-labelledby="attempts">
          <h2 id="attempts" className="text-2xl font-bold">
            Your attempts
          </h2>
          <table className="mt-4 w-full text-left">
            <thead>
              <tr className="border-b border-slate-400">
                <th className="py-2">Attempt</th>
                <th>Status</th>
                <th>Score</th>
                <th>Time spent</th>
                <th>Last opened</th>
              </tr>
            </thead>
            <tbody>
              {view.attempts.map((a) => (
                <tr key={a.attemptNumber} className="border-b border-slate-200">
                  <td className="py-2">
                    {a.attemptNumber}
                    {a.archived ? ' (archived)' : ''}
                  </td>
                  <td>{statusLabel(a)}</td>
                  <td>{a.scorePercent === null ? '–' : `${a.scorePercent}%`}</td>
                  <td>{formatTimeSpent(a.totalTimeSeconds)}</td>
                  <td>{formatDate(a.lastCommitAt ?? a.startedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <p className="mt-8">
        <a href={courseHref} className="text-[var(--link)] underline">
          Back to {view.course.fullName}
        </a>
      </p>
    </>
  );
}
