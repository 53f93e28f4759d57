// The sections of a course page (app/(learner)/courses/[id]/page.tsx): overview, enrolment, the course's own
// text, its activities, the completion panel and the course details. Actions come as props.
import Link from 'next/link';
import { ActivityList } from '@/components/learning/activity-list';
import { CompletionPanel } from '@/components/learning/completion-panel';
import { EnrolForm } from '@/components/learning/enrol-form';
import { MarkActivityForm, MarkCourseCompleteForm } from '@/components/learning/mark-forms';
import { ScormLaunchPanel } from '@/components/scorm/launch-panel';
import { SummaryList } from '@/components/ui/summary-list';
import type { FormAction } from '@/components/ui/use-action-form';
import { WorkshopSessionTable } from '@/components/workshops/session-table';
import type { Viewer } from '@/lib/auth/viewer';
import type { CoursePage } from '@/lib/catalogue/course-page';
import { formatMoney, formatMonthYear } from '@/lib/format';
import { sanitiseHtml } from '@/lib/html/sanitise';

/** Summary, aim, audience, length and cost. */
export function CourseOverview({ page }: { page: CoursePage }) {
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

export function CourseDetails({ page }: { page: CoursePage }) {
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
      <p className="mt-4">
        <Link
          href={`/courses/${c.id}/report-problem`}
          className="inline-flex min-h-11 items-center text-[var(--link)] underline"
        >
          Report a problem with this content
        </Link>
      </p>
    </section>
  );
}

type EnrolProps = { page: CoursePage; enrolAction: FormAction; cost: string | null };

/** "Enter": the enrolment option shown before any content (self enrolment before content). */
export function EnterSection({ page, enrolAction, cost }: EnrolProps) {
  const self = page.selfEnrol;
  if (!self) return null;
  return (
    <section aria-labelledby="enrol-title" className="mt-8 border-l-4 border-[var(--brand-accent)] pl-4">
      <h2 id="enrol-title" className="text-2xl font-bold">
        Enrolment options
      </h2>
      <h3 className="mt-4 text-xl font-semibold">Self enrolment</h3>
      {self.welcomeText ? <p className="mt-2">{self.welcomeText}</p> : null}
      {self.blockedReason ? (
        <p className="mt-2 font-semibold">{self.blockedReason}</p>
      ) : (
        <>
          <p className="my-3">
            Select Enter to enrol. The course is added to your Record of Learning and you can start straight away.
          </p>
          <EnrolForm action={enrolAction} courseId={page.course.id} buttonText="Enter" cost={cost} />
        </>
      )}
    </section>
  );
}

/** For someone not enrolled, beside the content: the way to enrol, or who to ask. */
export function EnrolPrompt({ page, enrolAction, cost }: EnrolProps) {
  const c = page.course;
  return (
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
  );
}

/** The course's own rich text: its overview and how to complete it. */
export function CourseTextSections({ page }: { page: CoursePage }) {
  const c = page.course;
  return (
    <>
      {c.overviewHtml ? (
        <section aria-labelledby="overview-title" className="mt-8">
          <h2 id="overview-title" className="text-2xl font-bold">
            Overview
          </h2>
          <div className="prose mt-2 max-w-none" dangerouslySetInnerHTML={{ __html: sanitiseHtml(c.overviewHtml) }} />
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
    </>
  );
}

/** The activities, each with what it offers here: workshop sessions, the eLearning launcher, "mark as done". */
export function CourseActivitiesSection({
  page,
  viewer,
  enrolled,
  markActivityAction,
}: {
  page: CoursePage;
  viewer: Viewer;
  enrolled: boolean;
  markActivityAction: FormAction;
}) {
  const c = page.course;
  return (
    <section aria-labelledby="activities-title" className="mt-8">
      <h2 id="activities-title" className="text-2xl font-bold">
        Learning activities
      </h2>
      <ActivityList
        activities={page.activities}
        enrolled={enrolled}
        canManage={page.canManage}
        renderExtra={(row) =>
          // Sessions (dates, room, seats, status) show to everyone who sees the activity, enrolled or not, locked or
          // not, so a learner can choose before committing; the table says what stands in the way of booking.
          row.type === 'WORKSHOP' ? (
            <WorkshopSessionTable activityId={row.id} viewer={viewer} />
          ) : row.type === 'SCORM' && enrolled && (row.available || page.canManage) ? (
            <ScormLaunchPanel
              viewer={viewer}
              courseId={c.id}
              activityId={row.id}
              activityName={row.name}
              openable={row.available}
            />
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
  );
}

/** Beside the content: the learner's progress (and "mark the course complete"), and the manager's link. */
export function CourseAside({
  page,
  enrolled,
  markCourseCompleteAction,
}: {
  page: CoursePage;
  enrolled: boolean;
  markCourseCompleteAction: FormAction;
}) {
  const activityIds = new Set(page.activities.map((a) => a.id));
  const complete = page.completion?.status === 'COMPLETE' || page.completion?.status === 'COMPLETE_RPL';
  return (
    <aside className="lg:col-span-1">
      {page.completion && enrolled ? (
        <>
          <CompletionPanel completion={page.completion} activityIds={activityIds} />
          {page.hasSelfCriterion && !complete ? (
            <MarkCourseCompleteForm action={markCourseCompleteAction} courseId={page.course.id} />
          ) : null}
        </>
      ) : null}
      {page.canManage ? (
        <p className="mt-4">
          <Link href={`/admin/courses/${page.course.id}`} className="text-[var(--link)] underline">
            Manage this course
          </Link>
        </p>
      ) : null}
    </aside>
  );
}
