import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SummaryList } from '@/components/ui/summary-list';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { getOwnBooking } from '@/lib/workshops/queries';
import { formatDateTimeRange, formatMoney } from '@/lib/format';
import { cancellationProblem } from '@/lib/workshops/rules';
import { CancelBookingForm } from './cancel-form';
import { parseIdParam } from '@/lib/validation';
import { HelpLink } from '@/components/help/help-link';

export const metadata: Metadata = { title: 'Cancel booking' };

export default async function CancelBookingPage({ params }: { params: Promise<{ bookingId: string }> }) {
  const { bookingId } = await params;
  const viewer = await requirePageViewer(`/workshops/bookings/${bookingId}/cancel`);
  const booking = await pageOrNotFound(() => getOwnBooking(viewer, parseIdParam(bookingId)));
  const { workshop } = booking;
  const live = booking.status === 'BOOKED' || booking.status === 'WAITLISTED';
  const problem = live
    ? cancellationProblem(
        { policy: workshop.cancellationPolicy, cutoffHours: workshop.cancellationCutoffHours },
        booking.session.dates[0]?.startsAt ?? null,
        new Date(),
      )
    : null;
  const back = `/workshops/sessions/${booking.sessionId}`;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: workshop.activity.course.fullName, href: `/courses/${workshop.activity.course.id}` },
          { label: workshop.activity.name, href: `/workshops/${workshop.activityId}` },
          { label: 'Cancel booking' },
        ]}
      />
      <h1 className="text-3xl font-bold">Cancel booking</h1>
      <SummaryList
        className="mt-6"
        rows={[
          { key: 'Workshop', value: workshop.activity.name },
          {
            key: 'Date and time',
            value: (
              <ul>
                {booking.session.dates.map((d, i) => (
                  <li key={i}>
                    {formatDateTimeRange(d.startsAt, d.endsAt, d.timezone)}
                    {d.room ? `, ${d.room.name}` : ''}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
      {!live ? (
        <p className="mt-6 text-lg">
          This booking is no longer active.{' '}
          <Link href="/bookings" className="text-[var(--link)] underline">
            Go to My bookings
          </Link>
        </p>
      ) : problem ? (
        <p className="mt-6 text-lg">
          {problem}{' '}
          <Link href={back} className="text-[var(--link)] underline">
            Back to the session
          </Link>
        </p>
      ) : (
        <>
          {workshop.cancellationFeePence ? (
            <NotificationBanner title="Cancellation fee">
              A fee of {formatMoney(workshop.cancellationFeePence)} may be charged to your cost code for late
              cancellation. Check the cancellation policy before you continue.
            </NotificationBanner>
          ) : null}
          {workshop.cancellationPolicyHtml ? (
            <div className="prose mt-4" dangerouslySetInnerHTML={{ __html: workshop.cancellationPolicyHtml }} />
          ) : null}
          <p className="mt-6 text-lg font-semibold">Are you sure you want to cancel your booking for this session?</p>
          <CancelBookingForm bookingId={booking.id} reasons={workshop.cancellationReasons} backHref={back} />
        </>
      )}
      <HelpLink slug="cancel-a-booking">How do I cancel a workshop booking?</HelpLink>
    </>
  );
}
