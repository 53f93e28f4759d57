import type { Metadata } from 'next';
import { BookingList } from '@/components/learning/booking-list';
import { requireDirectReportPage } from '@/lib/team/page-guards';
import { listOwnBookings } from '@/lib/workshops/queries';

export const metadata: Metadata = { title: 'Bookings – My Team' };

type Props = { params: Promise<{ userId: string }> };

export default async function TeamMemberBookingsPage({ params }: Props) {
  const { report } = await requireDirectReportPage((await params).userId);
  const { upcoming, past } = await listOwnBookings(report.owner);
  return (
    <>
      <h2 className="text-2xl font-bold">Bookings</h2>
      <section aria-labelledby="upcoming-heading" className="mt-4">
        <h3 id="upcoming-heading" className="text-xl font-bold">
          Upcoming
        </h3>
        {upcoming.length ? (
          <BookingList items={upcoming} showActions={false} readOnly />
        ) : (
          <p className="mt-2">{report.name} has no upcoming workshop bookings.</p>
        )}
      </section>
      <section aria-labelledby="past-heading" className="mt-8">
        <h3 id="past-heading" className="text-xl font-bold">
          Past and cancelled, with attendance
        </h3>
        {past.length ? (
          <BookingList items={past} showActions={false} readOnly />
        ) : (
          <p className="mt-2">No past bookings.</p>
        )}
      </section>
    </>
  );
}
