import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import {
  CourseActivitiesSection,
  CourseAside,
  CourseDetails,
  CourseOverview,
  CourseTextSections,
  EnrolPrompt,
  EnterSection,
} from '@/components/learning/course-sections';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { pageOrNotFound, requirePageViewer } from '@/lib/auth/guards';
import { getCoursePage, type CoursePage } from '@/lib/catalogue/course-page';
import { env } from '@/lib/env';
import { formatMoney } from '@/lib/format';
import { enrolAction, markActivityAction, markCourseCompleteAction } from './actions';
import { parseIdParam } from '@/lib/validation';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ enrolled?: string }> };

// Cached per request: generateMetadata and the page share one load.
const load = cache(async (id: string): Promise<CoursePage> => {
  const viewer = await requirePageViewer(`/courses/${id}`);
  const courseId = parseIdParam(id);
  return pageOrNotFound(() => getCoursePage(viewer, courseId));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const page = await load(id);
  return { title: `${page.course.fullName}` };
}

export default async function CoursePageRoute({ params, searchParams }: Props) {
  const { id } = await params;
  const { enrolled: justEnrolled } = await searchParams;
  const page = await load(id);
  const viewer = await requirePageViewer();
  const c = page.course;
  const enrolled = page.enrolment !== null;
  const cost = c.costPence && c.costPence > 0 ? formatMoney(c.costPence) : null;
  const courseUrl = `${env.appUrl}/courses/${c.id}`;
  const shareHref = `mailto:?subject=${encodeURIComponent(`iLearn+ course: ${c.fullName}`)}&body=${encodeURIComponent(
    `I thought this course on iLearn+ might interest you: ${c.fullName}\n\n${courseUrl}`,
  )}`;
  const crumbs = [
    { label: 'Home', href: '/' },
    { label: 'Find Learning', href: '/find-learning' },
    ...page.trail.map((t) => ({ label: t.name, href: `/categories/${t.id}` })),
    { label: c.fullName },
  ];

  // "Enter": an overview shown before any content, with the enrolment option.
  if (!enrolled && !page.canManage && page.selfEnrol?.method === 'SELF_BEFORE_CONTENT') {
    return (
      <div>
        <Breadcrumbs items={crumbs} />
        <h1 className="text-3xl font-bold">{c.fullName}</h1>
        <CourseOverview page={page} />
        <EnterSection page={page} enrolAction={enrolAction} cost={cost} />
        <CourseDetails page={page} />
      </div>
    );
  }

  return (
    <div>
      <Breadcrumbs items={crumbs} />
      {justEnrolled && enrolled ? (
        <NotificationBanner tone="success" title="You are enrolled">
          This course is now in your Record of Learning. Start with the first activity below.
        </NotificationBanner>
      ) : null}
      {page.enrolment?.programName ? (
        <NotificationBanner title="Why you are enrolled">
          You were enrolled on this course automatically because it is part of the{' '}
          {page.enrolment.programKind === 'CERTIFICATION' ? 'certification' : 'program'} {page.enrolment.programName}.
        </NotificationBanner>
      ) : null}
      {page.programLock ? (
        <NotificationBanner title="Not open yet">
          {page.programLock.message}{' '}
          <Link href={`/programs/${page.programLock.programId}`} className="text-[var(--link)] underline">
            Go to {page.programLock.programName}
          </Link>
        </NotificationBanner>
      ) : null}
      {c.archived ? (
        <NotificationBanner title="Archived">This course is archived. It is kept for your records.</NotificationBanner>
      ) : null}
      <h1 className="text-3xl font-bold">{c.fullName}</h1>
      <div className="mt-4 flex flex-wrap gap-4">
        <a href="#course-details" className="inline-flex min-h-11 items-center text-[var(--link)] underline">
          Info
        </a>
        {c.shareEnabled ? (
          <a href={shareHref} className="inline-flex min-h-11 items-center text-[var(--link)] underline">
            Share<span className="sr-only"> this course by email</span>
          </a>
        ) : null}
      </div>
      {cost && !enrolled ? (
        <p className="mt-4 text-lg font-bold">Only enrol when you are ready to pay the cost of {cost}.</p>
      ) : null}

      <div className="mt-6 grid gap-8 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <CourseOverview page={page} />
          {!enrolled && !page.canManage ? <EnrolPrompt page={page} enrolAction={enrolAction} cost={cost} /> : null}
          <CourseTextSections page={page} />
          <CourseActivitiesSection
            page={page}
            viewer={viewer}
            enrolled={enrolled}
            markActivityAction={markActivityAction}
          />
        </div>
        <CourseAside page={page} enrolled={enrolled} markCourseCompleteAction={markCourseCompleteAction} />
      </div>
      <CourseDetails page={page} />
    </div>
  );
}
