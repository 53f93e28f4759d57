import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActivityList } from '@/components/learning/activity-list';
import { WorkshopSessionTable } from '@/components/workshops/session-table';
import { CompletionPanel } from '@/components/learning/completion-panel';
import { EnrolForm } from '@/components/learning/enrol-form';
import { MarkActivityForm, MarkCourseCompleteForm } from '@/components/learning/mark-forms';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SummaryList } from '@/components/ui/summary-list';
import { requirePageViewer } from '@/lib/auth/guards';
import { getCoursePage, type CoursePage } from '@/lib/catalogue/course-page';
import { env } from '@/lib/env';
import { NotFoundError } from '@/lib/errors';
import { formatMoney, formatMonthYear } from '@/lib/format';
import { sanitiseHtml } from '@/lib/html/sanitise';
import { enrolAction, markActivityAction, markCourseCompleteAction } from './actions';
import { parseIdParam } from '@/lib/validation';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ enrolled?: string }> };

async function load(id: string): Promise<CoursePage> {
  const viewer = await requirePageViewer(`/courses/${id}`);
  try {
    return await getCoursePage(viewer, parseIdParam(id));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const page = await load(id);
  return { title: `${page.course.fullName}` };
}

function Overview({ page }: { page: CoursePage }) {
  const c = page.course;
  return (
    <>
      {c.summary ? <p className="mt-2 text-xl">{c.summary}</p> : null}
      <SummaryList
        className="mt-6"
        rows={[
          { key: 'Aim', value: c.aim },
          { key: 'For', value: c.audienceText },
          { key: 'Length', value: c.lengthText },
          { key: 'Cost', value: c.costPence ? formatMoney(c.costPence) : 'Free' },
        ]}
      />
    </>
  );
}

/** The contact text with the email address as a link (once, even when the text already includes it). */
function ContactDetails({ text, email }: { text: string | null; email: string | null }) {
  if (!text && !email) return null;
  const link = email ? (
    <a href={`mailto:${email}`} className="text-[var(--link)] underline">
      {email}
    </a>
  ) : null;
  if (text && email && text.includes(email)) {
    const [before, ...rest] = text.split(email);
    return (
      <>
        {before}
        {link}
        {rest.join(email)}
      </>
    );
  }
  return (
    <>
      {text}
      {text && link ? ' or ' : null}
      {link}
    </>
  );
}

function CourseDetails({ page }: { page: CoursePage }) {
  const c = page.course;
  return (
    <section id="course-details" aria-labelledby="details-title" className="mt-10">
      <h2 id="details-title" className="text-2xl font-bold">
        Course details
      </h2>
      <SummaryList
        className="mt-4"
        rows={[
          { key: 'Subject matter expert', value: c.smeName },
          { key: 'Team ownership', value: c.ownerTeamName },
          { key: 'Contact details', value: <ContactDetails text={c.contactText} email={c.contactEmail} /> },
          { key: 'Last updated', value: formatMonthYear(c.lastReviewedAt ?? c.updatedAt) },
        ]}
      />
    </section>
  );
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
        <Overview page={page} />
        <section aria-labelledby="enrol-title" className="mt-8 border-l-4 border-[var(--brand-accent)] pl-4">
          <h2 id="enrol-title" className="text-2xl font-bold">
            Enrolment options
          </h2>
          <h3 className="mt-4 text-xl font-semibold">Self enrolment</h3>
          {page.selfEnrol.welcomeText ? <p className="mt-2">{page.selfEnrol.welcomeText}</p> : null}
          {page.selfEnrol.blockedReason ? (
            <p className="mt-2 font-semibold">{page.selfEnrol.blockedReason}</p>
          ) : (
            <>
              <p className="my-3">
                Select Enter to enrol. The course is added to your Record of Learning and you can start straight away.
              </p>
              <EnrolForm action={enrolAction} courseId={c.id} buttonText="Enter" cost={cost} />
            </>
          )}
        </section>
        <CourseDetails page={page} />
      </div>
    );
  }

  const activityIds = new Set(page.activities.map((a) => a.id));
  const complete = page.completion?.status === 'COMPLETE' || page.completion?.status === 'COMPLETE_RPL';
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
          <Overview page={page} />
          {!enrolled && !page.canManage ? (
            <section aria-labelledby="enrol-title" className="mt-6 border-l-4 border-[var(--brand-accent)] pl-4">
              <h2 id="enrol-title" className="text-xl font-bold">
                You need to enrol to access this course
              </h2>
              {page.selfEnrol && !page.selfEnrol.blockedReason ? (
                <div className="mt-3">
                  {page.selfEnrol.welcomeText ? <p className="mb-3">{page.selfEnrol.welcomeText}</p> : null}
                  <EnrolForm action={enrolAction} courseId={c.id} buttonText="Enrol" cost={cost} />
                </div>
              ) : (
                <p className="mt-2">
                  {page.selfEnrol?.blockedReason ??
                    `You cannot enrol yourself on this course. ${c.ownerTeamName ? `Contact ${c.ownerTeamName}` : 'Contact the course team'} to be enrolled.`}
                </p>
              )}
            </section>
          ) : null}
          {c.overviewHtml ? (
            <section aria-labelledby="overview-title" className="mt-8">
              <h2 id="overview-title" className="text-2xl font-bold">
                Overview
              </h2>
              <div
                className="prose mt-2 max-w-none"
                dangerouslySetInnerHTML={{ __html: sanitiseHtml(c.overviewHtml) }}
              />
            </section>
          ) : null}
          {c.instructionsHtml ? (
            <section aria-labelledby="instructions-title" className="mt-8">
              <h2 id="instructions-title" className="text-2xl font-bold">
                Completing the course
              </h2>
              <div
                className="prose mt-2 max-w-none"
                dangerouslySetInnerHTML={{ __html: sanitiseHtml(c.instructionsHtml) }}
              />
            </section>
          ) : null}
          <section aria-labelledby="activities-title" className="mt-8">
            <h2 id="activities-title" className="text-2xl font-bold">
              Learning activities
            </h2>
            <ActivityList
              activities={page.activities}
              enrolled={enrolled}
              canManage={page.canManage}
              renderExtra={(row) =>
                row.type === 'WORKSHOP' && (row.available || page.canManage) ? (
                  <WorkshopSessionTable activityId={row.id} viewer={viewer} />
                ) : enrolled && row.completionMode === 'MANUAL' && row.available ? (
                  <MarkActivityForm
                    action={markActivityAction}
                    courseId={c.id}
                    activityId={row.id}
                    activityName={row.name}
                    done={row.state === 'COMPLETE'}
                  />
                ) : null
              }
            />
          </section>
        </div>
        <aside className="lg:col-span-1">
          {page.completion && enrolled ? (
            <>
              <CompletionPanel completion={page.completion} activityIds={activityIds} />
              {page.hasSelfCriterion && !complete ? (
                <MarkCourseCompleteForm action={markCourseCompleteAction} courseId={c.id} />
              ) : null}
            </>
          ) : null}
          {page.canManage ? (
            <p className="mt-4">
              <Link href={`/admin/courses/${c.id}`} className="text-[var(--link)] underline">
                Manage this course
              </Link>
            </p>
          ) : null}
        </aside>
      </div>
      <CourseDetails page={page} />
    </div>
  );
}
