import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { Tag, type TagTone } from '@/components/ui/tag';
import { formatDateTimeRange } from '@/lib/format';
import { requireManagerPage } from '@/lib/team/page-guards';
import { listTeamBookings, type TeamBookingRow } from '@/lib/team/queries';
import { BOOKING_STATUS_LABELS } from '@/lib/workshops/rules';

export const metadata: Metadata = { title: 'Team workshop bookings – My Team' };

const TONES: Partial<Record<TeamBookingRow['status'], TagTone>> = {
  BOOKED: 'blue',
  WAITLISTED: 'yellow',
  FULLY_ATTENDED: 'green',
  PARTIALLY_ATTENDED: 'green',
  NO_SHOW: 'red',
};

function BookingsTable({ rows, caption }: { rows: TeamBookingRow[]; caption: string }) {
  return (
    <ResponsiveTable
      caption={caption}
      head={
        <>
          <Th>User</Th>
          <Th>Workshop</Th>
          <Th>When</Th>
          <Th>Status</Th>
        </>
      }
    >
      {rows.map((b) => (
        <tr key={b.id}>
          <Td label="User">
            <Link href={`/team/members/${b.userId}/bookings`} className="text-[var(--link)] underline">
              {b.name}
            </Link>
          </Td>
          <Td label="Workshop">{b.workshop}</Td>
          <Td label="When">
            {b.startsAt && b.endsAt ? formatDateTimeRange(b.startsAt, b.endsAt, b.timezone) : 'Dates to be arranged'}
          </Td>
          <Td label="Status">
            <Tag tone={TONES[b.status] ?? 'grey'}>
              {b.sessionCancelled && b.status === 'SESSION_CANCELLED'
                ? 'Session cancelled'
                : BOOKING_STATUS_LABELS[b.status]}
            </Tag>
          </Td>
        </tr>
      ))}
    </ResponsiveTable>
  );
}

export default async function TeamBookingsPage() {
  const viewer = await requireManagerPage('/team/bookings');
  const { upcoming, past } = await listTeamBookings(viewer);
  return (
    <div>
      <Breadcrumbs
        items={[{ label: 'Home', href: '/' }, { label: 'My Team', href: '/team' }, { label: 'Workshop bookings' }]}
      />
      <h1 className="text-3xl font-bold">Your team&apos;s workshop bookings</h1>
      <section aria-labelledby="upcoming-heading" className="mt-6">
        <h2 id="upcoming-heading" className="text-2xl font-bold">
          Upcoming
        </h2>
        {upcoming.length ? (
          <BookingsTable rows={upcoming} caption="Your direct reports' upcoming workshop bookings" />
        ) : (
          <p className="mt-2">Nobody in your team is booked on an upcoming workshop.</p>
        )}
      </section>
      <section aria-labelledby="past-heading" className="mt-8">
        <h2 id="past-heading" className="text-2xl font-bold">
          Past and cancelled, with attendance
        </h2>
        {past.length ? (
          <BookingsTable
            rows={past}
            caption="Your direct reports' past and cancelled workshop bookings, with attendance"
          />
        ) : (
          <p className="mt-2">No past bookings.</p>
        )}
      </section>
    </div>
  );
}
