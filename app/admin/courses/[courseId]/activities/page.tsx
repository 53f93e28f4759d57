import type { Metadata } from 'next';
import Link from 'next/link';
import { CourseAdminHeader } from '@/components/admin/course-tabs';
import { CompletionCriteriaForm } from '@/components/admin/completion-criteria-form';
import { activityTypeLabel } from '@/components/learning/activity-list';
import { ButtonLink, buttonClass } from '@/components/ui/button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { Tag } from '@/components/ui/tag';
import { ACTIVITY_SET_UP_LABEL, activityAdminHref } from '@/lib/activities/types';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { listAdminCourses } from '@/lib/catalogue/admin-queries';
import { getCourseStructure } from '@/lib/completion/admin-queries';
import { criteriaAction, moveActivityAction } from '../../../activities/actions';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Activities and completion' };

export default async function CourseActivitiesPage({
  params,
  searchParams,
}: {
  params: Promise<{ courseId: string }>;
  searchParams: Promise<{ created?: string; deleted?: string }>;
}) {
  const viewer = await requireAdminPage();
  const courseId = parseIdParam((await params).courseId);
  const flags = await searchParams;
  const structure = await pageOrNotFound(() => getCourseStructure(viewer, courseId));
  const others = (await listAdminCourses(viewer, { page: 1 })).rows.filter((c) => c.id !== courseId);
  const names = new Map(structure.activities.map((a) => [a.id, a.name]));
  const criterionActivities = structure.criteria.filter((c) => c.type === 'ACTIVITY').map((c) => String(c.activityId));
  const criterionCourses = structure.criteria.filter((c) => c.type === 'COURSE').map((c) => String(c.requiredCourseId));
  return (
    <div>
      <CourseAdminHeader courseId={courseId} fullName={structure.course.fullName} section="Activities and completion" />
      <div className="mt-6">
        {flags.created ? (
          <NotificationBanner tone="success">Course created. Now add its activities.</NotificationBanner>
        ) : null}
        {flags.deleted ? <NotificationBanner tone="success">Activity deleted.</NotificationBanner> : null}
      </div>
      <h2 className="mt-6 text-2xl font-bold">Activities</h2>
      <ButtonLink href={`/admin/courses/${courseId}/activities/new`} className="mt-4">
        Add an activity
      </ButtonLink>
      {structure.activities.length === 0 ? (
        <p className="mt-4">This course has no activities yet.</p>
      ) : (
        <ol className="mt-4 list-none divide-y divide-slate-300 border-y border-slate-300">
          {structure.activities.map((a, i) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-4 py-3">
              <div>
                <p className="text-sm text-slate-700">
                  {i + 1}. {activityTypeLabel(a.type)}
                  {a.sectionName ? ` · ${a.sectionName}` : ''}
                </p>
                <Link href={`/admin/activities/${a.id}`} className="text-lg font-semibold text-[var(--link)] underline">
                  {a.name}
                </Link>{' '}
                {!a.visible ? <Tag>Hidden</Tag> : null}{' '}
                {a.completionMode === 'NONE' ? (
                  <Tag>Not tracked</Tag>
                ) : a.completionMode === 'MANUAL' ? (
                  <Tag tone="blue">Learner ticks</Tag>
                ) : null}
                {ACTIVITY_SET_UP_LABEL[a.type] ? (
                  <p>
                    <Link href={activityAdminHref(a)} className="text-[var(--link)] underline">
                      {ACTIVITY_SET_UP_LABEL[a.type]}
                      <span className="sr-only"> for {a.name}</span>
                    </Link>
                  </p>
                ) : null}
                {a.restrictions.length > 0 ? (
                  <p className="text-slate-700">
                    Locked until{' '}
                    {a.restrictions
                      .map((r) => names.get(r.requiredActivityId))
                      .join(a.restrictionAggregation === 'ANY' ? ' or ' : ' and ')}
                  </p>
                ) : null}
              </div>
              <div className="flex gap-2">
                {(['up', 'down'] as const).map((direction) =>
                  (direction === 'up' && i === 0) ||
                  (direction === 'down' && i === structure.activities.length - 1) ? null : (
                    <form key={direction} action={moveActivityAction}>
                      <input type="hidden" name="activityId" value={a.id} />
                      <input type="hidden" name="courseId" value={courseId} />
                      <input type="hidden" name="direction" value={direction} />
                      <button type="submit" className={buttonClass('secondary', 'text-sm')}>
                        Move {direction}
                        <span className="sr-only">: {a.name}</span>
                      </button>
                    </form>
                  ),
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      <h2 className="mt-10 text-2xl font-bold">Course completion</h2>
      <p className="mt-2">With no criteria ticked, every tracked and visible activity is required.</p>
      <CompletionCriteriaForm
        action={criteriaAction}
        courseId={courseId}
        activities={structure.activities.map((a) => ({ id: a.id, name: a.name }))}
        courses={others.map((c) => ({ id: c.id, name: c.fullName }))}
        initial={{
          completionEnabled: structure.completionEnabled,
          aggregation: structure.completionAggregation,
          activityIds: criterionActivities,
          requiredCourseIds: criterionCourses,
          selfCompletion: structure.criteria.some((c) => c.type === 'SELF'),
        }}
      />
    </div>
  );
}
