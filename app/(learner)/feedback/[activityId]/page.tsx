import type { Metadata } from 'next';
import Link from 'next/link';
import { FeedbackForm } from '@/components/feedback/feedback-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { getFeedbackPage } from '@/lib/feedback/queries';
import { formatDate, formatDateTime } from '@/lib/format';
import { sanitiseHtml } from '@/lib/html/sanitise';
import { parseIdParam } from '@/lib/validation';
import { submitFeedbackAction } from '../actions';

export const metadata: Metadata = { title: 'Feedback' };

export default async function FeedbackPage({
  params,
  searchParams,
}: {
  params: Promise<{ activityId: string }>;
  searchParams: Promise<{ sent?: string }>;
}) {
  const { activityId: raw } = await params;
  const { sent } = await searchParams;
  const viewer = await requirePageViewer(`/feedback/${raw}`);
  const page = await pageOrNotFound(() => getFeedbackPage(viewer, parseIdParam(raw)));
  const courseHref = `/courses/${page.course.id}`;
  const answerable = page.form.items.some((i) => i.type !== 'LABEL');
  const back = (
    <p className="mt-4">
      <Link href={courseHref} className="text-[var(--link)] underline">
        Back to {page.course.fullName}
      </Link>
    </p>
  );
  return (
    <>
      <Breadcrumbs items={[{ label: page.course.fullName, href: courseHref }, { label: page.activity.name }]} />
      {page.submittedAt && sent ? (
        <NotificationBanner tone="success" title="Feedback sent">
          {page.form.thankYouText ?? 'Thank you for your feedback.'} This activity is now complete.
        </NotificationBanner>
      ) : null}
      <h1 className="text-3xl font-bold">{page.activity.name}</h1>
      {page.form.introHtml ? (
        <div className="prose mt-4 text-lg" dangerouslySetInnerHTML={{ __html: sanitiseHtml(page.form.introHtml) }} />
      ) : null}
      <p className="mt-4">
        {page.form.anonymous
          ? 'This feedback is anonymous: the course team sees your answers but not your name.'
          : 'Your name is recorded with your answers and the course team can see it.'}
      </p>
      {page.submittedAt ? (
        <div className="mt-6 border-l-4 border-green-800 bg-green-50 p-4">
          <h2 className="text-xl font-bold">You have sent your feedback</h2>
          <p className="mt-2">
            You sent it on {formatDate(page.submittedAt)}. Each person can send feedback on this course once.
          </p>
          {back}
        </div>
      ) : !page.available ? (
        <div className="mt-6 border-l-4 border-slate-500 bg-slate-100 p-4">
          <h2 className="text-xl font-bold">Not available yet</h2>
          {page.lockedReasons.map((reason) => (
            <p key={reason} className="mt-2">
              {reason}.
            </p>
          ))}
          {back}
        </div>
      ) : page.closedReason || !answerable ? (
        <div className="mt-6 border-l-4 border-slate-500 bg-slate-100 p-4">
          <h2 className="text-xl font-bold">Not taking feedback</h2>
          <p className="mt-2">{page.closedReason ?? 'This feedback form has no questions yet.'}</p>
          {back}
        </div>
      ) : (
        <>
          {page.form.closesAt ? (
            <p className="mt-6 font-semibold">You can send feedback until {formatDateTime(page.form.closesAt)}.</p>
          ) : null}
          <FeedbackForm action={submitFeedbackAction} activityId={page.activity.id} items={page.form.items} />
        </>
      )}
    </>
  );
}
