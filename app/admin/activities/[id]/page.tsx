import type { Metadata } from 'next';
import { cache } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import Link from 'next/link';
import { ActivityForm } from '@/components/admin/activity-form';
import { RestrictionsForm } from '@/components/admin/restrictions-form';
import { EVIDENCE_ACCEPT, EVIDENCE_TYPES_TEXT } from '@/lib/evidence/rules';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { buttonClass } from '@/components/ui/button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { ACTIVITY_SET_UP_LABEL, activityAdminHref } from '@/lib/activities/types';
import { getActivityForEdit, getCourseStructure } from '@/lib/completion/admin-queries';
import { deleteActivityAction, restrictionsAction, updateActivityAction } from '../actions';
import { parseIdParam } from '@/lib/validation';

// One read for the title and the page (React cache, per request).
const load = cache((viewer: Viewer, id: number) => pageOrNotFound(() => getActivityForEdit(viewer, id)));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const viewer = await requireAdminPage();
  const x = await load(viewer, parseIdParam((await params).id));
  return { title: `Edit activity: ${x.name}` };
}

const yes = (b: boolean) => (b ? 'yes' : '');

export default async function EditActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const viewer = await requireAdminPage();
  const { created } = await searchParams;
  const id = parseIdParam((await params).id);
  const activity = await load(viewer, id);
  const structure = await getCourseStructure(viewer, activity.courseId);
  const self = structure.activities.find((a) => a.id === activity.id);
  const others = structure.activities.filter((a) => a.id !== activity.id);
  const initial = {
    type: activity.type,
    name: activity.name,
    sectionName: activity.sectionName ?? '',
    descriptionHtml: activity.descriptionHtml ?? '',
    contentHtml: activity.contentHtml ?? '',
    url: activity.url ?? '',
    visible: yes(activity.visible),
    completionMode: activity.completionMode,
    requireView: yes(activity.requireView),
    requireGrade: yes(activity.requireGrade),
    requirePassingGrade: yes(activity.requirePassingGrade),
    requireScormStatus: yes(activity.requireScormStatus),
    requireMinScore: activity.requireMinScore?.toString() ?? '',
    requireSubmit: yes(activity.requireSubmit),
    requireAttendance: activity.requireAttendance ?? '',
    restrictionAggregation: activity.restrictionAggregation,
    hideWhenRestricted: yes(activity.hideWhenRestricted),
  };
  const file =
    activity.type === 'FILE'
      ? {
          label: activity.fileId ? 'Replace the file' : 'Upload the file',
          hint: `${EVIDENCE_TYPES_TEXT}, 10 MB or smaller`,
          accept: EVIDENCE_ACCEPT,
        }
      : undefined;
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Courses', href: '/admin/courses' },
          { label: structure.course.fullName, href: `/admin/courses/${activity.courseId}/activities` },
          { label: activity.name },
        ]}
      />
      {created ? (
        <NotificationBanner tone="success">
          Activity added. Set its restrictions below if it should wait for another activity.
        </NotificationBanner>
      ) : null}
      <h1 className="text-3xl font-bold">{activity.name}</h1>
      {ACTIVITY_SET_UP_LABEL[activity.type] ? (
        <p className="mt-2 text-lg">
          <Link href={activityAdminHref(activity)} className="text-[var(--link)] underline">
            {ACTIVITY_SET_UP_LABEL[activity.type]}
          </Link>
        </p>
      ) : null}
      <ActivityForm
        action={updateActivityAction}
        submitText="Save activity"
        activityId={activity.id}
        initial={initial}
        file={file}
      />

      <h2 className="mt-12 border-t border-slate-300 pt-6 text-2xl font-bold">Restrictions</h2>
      <p className="mt-2">Learners see &quot;Available after you complete …&quot; until the condition is met.</p>
      <RestrictionsForm
        action={restrictionsAction}
        activityId={activity.id}
        others={others.map((a) => ({ id: a.id, name: a.name }))}
        required={(self?.restrictions ?? []).map((r) => r.requiredActivityId)}
        requirement={self?.restrictions[0]?.requirement ?? 'COMPLETE'}
        aggregation={activity.restrictionAggregation}
      />

      <h2 className="mt-12 border-t border-slate-300 pt-6 text-2xl font-bold">Delete this activity</h2>
      <p className="mt-2">Learners&apos; completion of this activity is deleted with it. You cannot undo this.</p>
      <form action={deleteActivityAction} className="mt-4">
        <input type="hidden" name="activityId" value={activity.id} />
        <button type="submit" className={buttonClass('warning')}>
          Delete {activity.name}
        </button>
      </form>
    </div>
  );
}
