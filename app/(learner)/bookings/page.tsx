import type { Metadata } from 'next';
import { BookingList } from '@/components/learning/booking-list';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { requirePageViewer } from '@/lib/auth/guards';
import { listOwnBookings } from '@/lib/workshops/queries';
import { HelpLink } from '@/components/help/help-link';

export const metadata: Metadata = { title: 'My bookings' };

export default async function BookingsPage({ searchParams }: { searchParams: Promise<{ cancelled?: string }> }) {
  const { cancelled } = await searchParams;
  const viewer = await requirePageViewer('/bookings');
  const { upcoming, past } = await listOwnBookings(viewer);
  return (
    <>
      {cancelled ? (
        <NotificationBanner tone="success">
          Your booking has been cancelled. We’ll email you a confirmation and a calendar cancellation.
        </NotificationBanner>
      ) : null}
      <h1 className="text-3xl font-bold">My bookings</h1>
      <section className="mt-6">
        <h2 className="text-2xl font-bold">Upcoming</h2>
        {upcoming.length ? (
          <BookingList items={upcoming} showActions />
        ) : (
          <p className="mt-2">
            You have no upcoming workshop bookings. Find a workshop in Find Learning and choose Sign-up on a session.
          </p>
        )}
      </section>
      <section className="mt-8">
        <h2 className="text-2xl font-bold">Past and cancelled</h2>
        {past.length ? <BookingList items={past} showActions={false} /> : <p className="mt-2">Nothing here yet.</p>}
      </section>
      <HelpLink slug="missing-booking-email" className="mt-8">
        I have not received my booking or cancellation email
      </HelpLink>
    </>
  );
}
