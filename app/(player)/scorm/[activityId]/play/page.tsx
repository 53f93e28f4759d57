import type { Metadata } from 'next';
import { ScormPlayer } from '@/components/scorm/player';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { parseIdParam } from '@/lib/validation';
import { getScormActivityView } from '@/lib/scorm/queries';

export const metadata: Metadata = { title: 'eLearning' };

type Props = { params: Promise<{ activityId: string }>; searchParams: Promise<{ attempt?: string }> };

/** The player window. Opening it changes nothing: the player asks for its attempt with a POST. */
export default async function PlayerPage({ params, searchParams }: Props) {
  const { activityId: raw } = await params;
  const activityId = parseIdParam(raw);
  const viewer = await requirePageViewer(`/scorm/${activityId}/play`);
  const view = await pageOrNotFound(() => getScormActivityView(viewer, activityId));
  const courseHref = `/courses/${view.course.id}#activity-${activityId}`;
  if (!view.available || !view.hasPackage) {
    return (
      <main id="main-content" className="p-6">
        <h1 className="text-2xl font-bold">{view.activity.name}</h1>
        <p className="mt-4 text-lg">
          {!view.hasPackage
            ? 'This eLearning has no content yet. Please try again later.'
            : (view.lockedReasons[0] ?? 'This eLearning is not available to you yet.')}
        </p>
        <p className="mt-4">
          <a href={courseHref} className="text-[var(--link)] underline">
            Return to the course page
          </a>
        </p>
      </main>
    );
  }
  const { attempt } = await searchParams;
  return (
    <main id="main-content">
      <ScormPlayer
        activityId={activityId}
        activityName={view.activity.name}
        courseHref={courseHref}
        newAttempt={attempt === 'new'}
      />
    </main>
  );
}
