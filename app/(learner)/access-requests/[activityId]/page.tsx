import type { Metadata } from 'next';
import Link from 'next/link';
import { AccessRequestForm } from '@/components/access-requests/request-form';
import { AccessStatusTag } from '@/components/access-requests/status-tag';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SummaryList } from '@/components/ui/summary-list';
import { getAccessRequestPage } from '@/lib/access-requests/queries';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { formatDate } from '@/lib/format';
import { sanitiseHtml } from '@/lib/html/sanitise';
import { parseIdParam } from '@/lib/validation';
import { sendAccessRequestAction } from '../actions';
import { HelpLink } from '@/components/help/help-link';

export const metadata: Metadata = { title: 'Systems access request' };

export default async function AccessRequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ activityId: string }>;
  searchParams: Promise<{ sent?: string }>;
}) {
  const { activityId: raw } = await params;
  const { sent } = await searchParams;
  const viewer = await requirePageViewer(`/access-requests/${raw}`);
  const page = await pageOrNotFound(() => getAccessRequestPage(viewer, parseIdParam(raw)));
  const courseHref = `/courses/${page.course.id}`;
  const { request } = page;
  return (
    <>
      <Breadcrumbs items={[{ label: page.course.fullName, href: courseHref }, { label: page.activity.name }]} />
      {sent && request ? (
        <NotificationBanner tone="success" title="Request sent">
          Your request for access to {page.form.systemName} has gone to the team that looks after it. We&apos;ve emailed
          you a copy and will email you when its status changes.
        </NotificationBanner>
      ) : null}
      <h1 className="text-3xl font-bold">{page.activity.name}</h1>
      {page.form.instructionsHtml ? (
        <div
          className="prose mt-4 text-lg"
          dangerouslySetInnerHTML={{ __html: sanitiseHtml(page.form.instructionsHtml) }}
        />
      ) : null}
      {request ? (
        <section className="mt-6" aria-labelledby="your-request">
          <h2 id="your-request" className="text-xl font-bold">
            Your request
          </h2>
          <SummaryList
            className="mt-3"
            rows={[
              { key: 'System', value: page.form.systemName },
              { key: 'Status', value: <AccessStatusTag status={request.status} /> },
              { key: 'Sent', value: formatDate(request.submittedAt) },
              { key: 'Last updated', value: request.handledAt ? formatDate(request.handledAt) : null },
              { key: 'Note from the team', value: request.note },
            ]}
          />
          {request.status === 'GRANTED' ? (
            <p className="mt-4">
              If you still cannot sign in to {page.form.systemName}, speak to your line manager, then contact the ICT
              helpdesk. The iLearn+ team cannot give access to council systems.
            </p>
          ) : null}
        </section>
      ) : null}
      {!page.available ? (
        <div className="mt-6 border-l-4 border-slate-500 bg-slate-100 p-4">
          <h2 className="text-xl font-bold">You cannot request access yet</h2>
          {page.lockedReasons.map((reason) => (
            <p key={reason} className="mt-2">
              {reason}.
            </p>
          ))}
          <p className="mt-2">
            Check that {page.course.fullName} shows your eLearning as complete, then come back to this page.
          </p>
          <p className="mt-2">
            <Link href={courseHref} className="text-[var(--link)] underline">
              Back to {page.course.fullName}
            </Link>
          </p>
        </div>
      ) : page.canSend ? (
        <section className="mt-8" aria-labelledby="send">
          <h2 id="send" className="text-xl font-bold">
            {request ? 'Send a new request' : `Request access to ${page.form.systemName}`}
          </h2>
          <AccessRequestForm
            action={sendAccessRequestAction}
            activityId={page.activity.id}
            fields={page.form.fields}
            initial={request?.details}
          />
        </section>
      ) : null}
      <HelpLink slug="systems-access" className="mt-8">
        I have done the training: why can’t I use the system?
      </HelpLink>
    </>
  );
}
