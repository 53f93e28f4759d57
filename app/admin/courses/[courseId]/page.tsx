import type { Metadata } from 'next';
import { cache } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import { CourseAdminHeader } from '@/components/admin/course-tabs';
import { CourseForm } from '@/components/admin/course-form';
import { CourseReadOnly } from '@/components/admin/course-read-only';
import { pageOrNotFound, requireAdminPage } from '@/lib/auth/guards';
import { getCourseAdminView, listAssignableTeams, listVisibilityOptions } from '@/lib/catalogue/admin-queries';
import { isoDay } from '@/lib/format';
import { updateCourseAction } from '../actions';
import { parseIdParam } from '@/lib/validation';

// One read for the title and the page (React cache, per request).
const load = cache((viewer: Viewer, id: number) => pageOrNotFound(() => getCourseAdminView(viewer, id)));

export async function generateMetadata({ params }: { params: Promise<{ courseId: string }> }): Promise<Metadata> {
  const viewer = await requireAdminPage();
  const x = await load(viewer, parseIdParam((await params).courseId));
  return { title: `Course settings: ${x.course.fullName}` };
}

export default async function EditCoursePage({ params }: { params: Promise<{ courseId: string }> }) {
  const viewer = await requireAdminPage();
  const courseId = parseIdParam((await params).courseId);
  const view = await load(viewer, courseId);
  // Another team's course: README promises a read-only view (every write is refused in lib/ all the same).
  if (!view.canManage) return <CourseReadOnly course={view.course} />;
  const { course } = view;
  const [options, teams] = await Promise.all([listVisibilityOptions(viewer), listAssignableTeams(viewer)]);
  const self = course.enrolmentMethods.find(
    (m) => m.enabled && (m.type === 'SELF_BEFORE_CONTENT' || m.type === 'SELF_AFTER_VIEW'),
  );
  const initial = {
    fullName: course.fullName,
    shortName: course.shortName,
    summary: course.summary,
    aim: course.aim ?? '',
    audienceText: course.audienceText ?? '',
    lengthText: course.lengthText ?? '',
    cost: course.costPence ? (course.costPence / 100).toFixed(2) : '',
    format: course.format,
    keywords: course.keywords.join(', '),
    categoryId: String(course.categoryId),
    ownerTeamId: course.ownerTeamId ? String(course.ownerTeamId) : '',
    overviewHtml: course.overviewHtml ?? '',
    instructionsHtml: course.instructionsHtml ?? '',
    smeName: course.smeName ?? '',
    contactText: course.contactText ?? '',
    contactEmail: course.contactEmail ?? '',
    lastReviewedAt: isoDay(course.lastReviewedAt),
    visibility: course.visibility,
    selfEnrolment: self?.type ?? 'NONE',
    enrolmentWelcome: self?.welcomeText ?? '',
    maxEnrolled: self?.maxEnrolled ? String(self.maxEnrolled) : '',
    shareEnabled: course.shareEnabled ? 'yes' : '',
    completionEnabled: course.completionEnabled ? 'yes' : '',
    completionAggregation: course.completionAggregation,
    archived: course.archivedAt ? 'yes' : '',
  };
  const lists = {
    organisationIds: course.organisations.map((o) => String(o.organisationId)),
    audienceIds: course.audiences.map((a) => String(a.audienceId)),
  };
  return (
    <div>
      <CourseAdminHeader courseId={course.id} fullName={course.fullName} section="Course settings" />
      <CourseForm
        action={updateCourseAction}
        submitText="Save course"
        options={{ ...options, teams }}
        initial={initial}
        lists={lists}
        courseId={course.id}
      />
    </div>
  );
}
