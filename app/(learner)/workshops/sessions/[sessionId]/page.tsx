import type { Metadata } from 'next';
import { cache } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import { pageTitles } from '@/components/layout/page-titles';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SummaryList } from '@/components/ui/summary-list';
import { RoomCell, SessionDateList } from '@/components/workshops/session-dates';
import { SessionStatusTag } from '@/components/workshops/status-tag';
import { buttonClass } from '@/components/ui/button';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { getSessionForViewer } from '@/lib/workshops/queries';
import { formatDate, formatMoney } from '@/lib/format';
import { BOOKING_STATUS_LABELS } from '@/lib/workshops/rules';
import { parseIdParam } from '@/lib/validation';
import { HelpLink } from '@/components/help/help-link';

const load = cache((viewer: Viewer, sessionId: number) => pageOrNotFound(() => getSessionForViewer(viewer, sessionId)));

export async function generateMetadata({ params }: { params: Promise<{ sessionId: string }> }): Promise<Metadata> {
  const { sessionId } = await params;
  const data = await load(await requirePageViewer(`/workshops/sessions/${sessionId}`), parseIdParam(sessionId));
  const first = data.session.dates[0];
  return {
    title: pageTitles.session(data.activity.name, first ? formatDate(first.startsAt, first.timezone) : null),
  };
}

const BANNERS: Record<string, string> = {
  booked: 'You’re booked on this session. We’ll email your confirmation and calendar invite.',
  waitlisted: 'You’re on the waitlist. If a seat becomes free you’ll be booked automatically and we’ll email you.',
  already: 'You already have a place on this session.',
};

export default async function SessionInfoPage({
  params,
  searchParams,
}: {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const { sessionId } = await params;
  const { done } = await searchParams;
  const viewer = await requirePageViewer(`/workshops/sessions/${sessionId}`);
  const data = await load(viewer, parseIdParam(sessionId));
  const { session, row, myBooking } = data;
  const firstRoom = session.dates.find((d) => d.room)?.room ?? null;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: data.course.fullName, href: `/courses/${data.course.id}` },
          { label: data.activity.name, href: `/workshops/${data.activity.id}` },
          { label: 'Session details' },
        ]}
      />
      {done && BANNERS[done] ? <NotificationBanner tone="success">{BANNERS[done]}</NotificationBanner> : null}
      <h1 className="text-3xl font-bold">{data.activity.name}: session details</h1>
      {session.status === 'CANCELLED' ? (
        <NotificationBanner title="Session cancelled">
          This session has been cancelled.{session.cancelReason ? ` Reason: ${session.cancelReason}` : ''}
        </NotificationBanner>
      ) : null}
      <SummaryList
        className="mt-6"
        rows={[
          { key: 'Event date and time', value: <SessionDateList dates={session.dates} /> },
          { key: 'Duration', value: session.dates.length ? session.duration : null },
          { key: 'Room', value: session.dates.length ? <RoomCell room={firstRoom} /> : null },
          { key: 'Seats available', value: String(row.seatsAvailable) },
          { key: 'Normal cost', value: formatMoney(session.costPence) },
          {
            key: 'Cancellation fee',
            value: data.workshop.cancellationFeePence
              ? `${formatMoney(data.workshop.cancellationFeePence)} for late cancellation or not attending`
              : null,
          },
          { key: 'Status', value: <SessionStatusTag label={row.statusLabel} /> },
          { key: 'My booking', value: myBooking ? BOOKING_STATUS_LABELS[myBooking.status] : 'Not booked' },
          ...session.customFields.map((f) => ({ key: f.label, value: f.value })),
        ]}
      />
      {session.detailsHtml ? (
        <section className="mt-6">
          <h2 className="text-2xl font-bold">Details</h2>
          <div className="prose mt-2" dangerouslySetInnerHTML={{ __html: session.detailsHtml }} />
        </section>
      ) : null}
      <div className="mt-8 flex flex-wrap items-center gap-4">
        {row.options.includes('SIGN_UP') || row.options.includes('JOIN_WAITLIST') ? (
          <Link href={`/workshops/sessions/${session.id}/sign-up`} className={buttonClass('primary')}>
            {row.options.includes('SIGN_UP') ? 'Sign-up' : 'Join waitlist'}
          </Link>
        ) : null}
        {myBooking && (myBooking.status === 'BOOKED' || myBooking.status === 'WAITLISTED') && session.dates.length ? (
          <a href={`/workshops/sessions/${session.id}/calendar.ics`} className={buttonClass('secondary')}>
            Download calendar file
          </a>
        ) : null}
        {row.options.includes('CANCEL') && myBooking ? (
          <Link href={`/workshops/bookings/${myBooking.id}/cancel`} className="text-[var(--link)] underline">
            Cancel booking
          </Link>
        ) : null}
      </div>
      <HelpLink slug="workshop-details" className="mt-8">
        Where can I find the details of my workshop?
      </HelpLink>
    </>
  );
}
