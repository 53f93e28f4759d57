import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SummaryList } from '@/components/ui/summary-list';
import {
  AddAttendeesForm,
  AttendanceForm,
  MoveBookingForm,
  WaitlistForm,
} from '@/components/workshops/admin/session-forms';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { answersText, getSessionAdmin } from '@/lib/workshops/admin-queries';
import { formatDateTimeRange, formatMoney, timeZoneLabel } from '@/lib/format';
import { BOOKING_STATUS_LABELS } from '@/lib/workshops/rules';
import {
  addAttendeesAction,
  confirmWaitlistedAction,
  markAttendanceAction,
  moveBookingAction,
} from '@/app/admin/workshops/actions';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Session attendees' };

const LINK = 'text-[var(--link)] underline';

export default async function AdminSessionPage({
  params,
  searchParams,
}: {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<{ saved?: string; cancelled?: string }>;
}) {
  const { sessionId } = await params;
  const { saved, cancelled } = await searchParams;
  const viewer = await requireAdminPage();
  const {
    session,
    attending,
    waitlist,
    cancelled: cancelledList,
    otherSessions,
  } = await pageOrNotFound(() => getSessionAdmin(viewer, parseIdParam(sessionId)));
  const started = session.dates[0] ? session.dates[0].startsAt <= new Date() : false;
  const live = session.status === 'SCHEDULED';
  const person = (b: (typeof attending)[number]) => ({
    bookingId: b.id,
    name: `${b.user.firstName} ${b.user.lastName}`,
    username: b.user.username,
    status: b.status,
  });
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Workshops', href: '/admin/workshops' },
          { label: session.workshop.activity.name, href: `/admin/workshops/${session.workshop.activityId}` },
          { label: 'Session' },
        ]}
      />
      {saved ? <NotificationBanner tone="success">Session saved.</NotificationBanner> : null}
      {cancelled ? (
        <NotificationBanner tone="success">
          Session cancelled. Everyone booked or wait-listed is being emailed a calendar cancellation.
        </NotificationBanner>
      ) : null}
      <h1 className="text-3xl font-bold">{session.workshop.activity.course.fullName}: session</h1>
      <SummaryList
        className="mt-6"
        rows={[
          {
            key: 'Dates',
            value: session.dates.length ? (
              <ul>
                {session.dates.map((d) => (
                  <li key={d.id}>
                    {formatDateTimeRange(d.startsAt, d.endsAt, d.timezone)} {timeZoneLabel(d.startsAt, d.timezone)}
                    {d.room ? `, ${d.room.name}` : ''}
                  </li>
                ))}
              </ul>
            ) : (
              'No dates yet (sign-ups go on the waitlist)'
            ),
          },
          { key: 'Capacity', value: session.capacityText },
          { key: 'Waitlist', value: session.waitlistEnabled ? 'On' : 'Off' },
          { key: 'Cost', value: formatMoney(session.costPence) },
          {
            key: 'Status',
            value: live ? 'Scheduled' : `Cancelled${session.cancelReason ? `: ${session.cancelReason}` : ''}`,
          },
        ]}
      />
      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        {live ? (
          <li>
            <Link href={`/admin/workshops/sessions/${session.id}/edit`} className={LINK}>
              Edit session
            </Link>
          </li>
        ) : null}
        <li>
          <a href={`/admin/workshops/sessions/${session.id}/attendees.csv`} className={LINK}>
            Export attendees (CSV)
          </a>
        </li>
        <li>
          <Link href={`/admin/workshops/sessions/${session.id}/sign-in-sheet`} className={LINK}>
            Sign-in sheet
          </Link>
        </li>
        {live ? (
          <li>
            <Link href={`/admin/workshops/sessions/${session.id}/cancel`} className={LINK}>
              Cancel session
            </Link>
          </li>
        ) : null}
      </ul>

      <section className="mt-8">
        <h2 className="text-2xl font-bold">Attendees ({attending.length})</h2>
        {attending.length === 0 ? (
          <p className="mt-2">Nobody is booked yet.</p>
        ) : (
          <table className="mt-3 w-full border-collapse text-left">
            <thead className="hidden md:table-header-group">
              <tr className="border-b-2 border-slate-800">
                <th scope="col" className="p-2">
                  Name
                </th>
                <th scope="col" className="p-2">
                  Status
                </th>
                <th scope="col" className="p-2">
                  Cost code
                </th>
                <th scope="col" className="p-2">
                  Answers and requirements
                </th>
              </tr>
            </thead>
            <tbody>
              {attending.map((b) => (
                <tr key={b.id} className="block border-b border-slate-300 py-2 md:table-row">
                  <td className="block p-2 md:table-cell">
                    {b.user.firstName} {b.user.lastName} <span className="text-slate-700">({b.user.username})</span>
                  </td>
                  <td className="block p-2 md:table-cell">{BOOKING_STATUS_LABELS[b.status]}</td>
                  <td className="block p-2 md:table-cell">{b.costCode ?? ''}</td>
                  <td className="block p-2 md:table-cell">
                    {answersText(b.answers)}
                    {b.specialRequirementsHtml ? (
                      <div className="mt-1" dangerouslySetInnerHTML={{ __html: b.specialRequirementsHtml }} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {live && attending.length > 0 ? (
        <section className="mt-8">
          <h2 className="text-2xl font-bold">Take attendance</h2>
          {started ? (
            <AttendanceForm action={markAttendanceAction} sessionId={session.id} people={attending.map(person)} />
          ) : (
            <p className="mt-2">You can take attendance once the session has started.</p>
          )}
        </section>
      ) : null}

      {live ? (
        <section className="mt-8">
          <h2 className="text-2xl font-bold">Add attendees</h2>
          <AddAttendeesForm action={addAttendeesAction} sessionId={session.id} />
        </section>
      ) : null}

      <section className="mt-8">
        <h2 className="text-2xl font-bold">Waitlist ({waitlist.length})</h2>
        {waitlist.length === 0 ? (
          <p className="mt-2">Nobody is waiting.</p>
        ) : live && session.dates.length ? (
          <WaitlistForm action={confirmWaitlistedAction} sessionId={session.id} people={waitlist.map(person)} />
        ) : (
          <ol className="mt-2 list-decimal pl-6">
            {waitlist.map((b) => (
              <li key={b.id}>
                {b.user.firstName} {b.user.lastName}
              </li>
            ))}
          </ol>
        )}
      </section>

      {live && otherSessions.length > 0 && attending.length + waitlist.length > 0 ? (
        <section className="mt-8">
          <h2 className="text-2xl font-bold">Move a booking to another session</h2>
          <MoveBookingForm
            action={moveBookingAction}
            sessionId={session.id}
            people={[...attending.filter((b) => b.status === 'BOOKED'), ...waitlist].map(person)}
            sessions={otherSessions.map((s) => ({
              id: s.id,
              label: formatDateTimeRange(s.dates[0]!.startsAt, s.dates[0]!.endsAt, s.dates[0]!.timezone),
            }))}
          />
        </section>
      ) : null}

      <section className="mt-8">
        <h2 className="text-2xl font-bold">Cancelled ({cancelledList.length})</h2>
        {cancelledList.length === 0 ? (
          <p className="mt-2">No cancellations.</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {cancelledList.map((b) => (
              <li key={b.id}>
                {b.user.firstName} {b.user.lastName}: {BOOKING_STATUS_LABELS[b.status]}
                {b.cancelReason ? `, ${b.cancelReason}` : ''}
                {b.cancelDetails ? ` (${b.cancelDetails})` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
