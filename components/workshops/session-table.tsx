// The sessions of one workshop activity, with what the viewer can do on each. Used on the course page and on
// /workshops/[activityId]. A table on wide screens; each row stacks into a card on phones.
import Link from 'next/link';
import type { Viewer } from '@/lib/auth/viewer';
import { listWorkshopSessions, type SessionRow } from '@/lib/workshops/queries';
import { formatMoney } from '@/lib/format';
import { seatsAvailableText } from '@/lib/workshops/rules';
import { RoomCell, SessionDateList } from '@/components/workshops/session-dates';
import { SessionStatusTag } from '@/components/workshops/status-tag';

const LINK = 'inline-flex min-h-11 items-center text-[var(--link)] underline underline-offset-2';

function Options({ row }: { row: SessionRow }) {
  return (
    <ul className="flex flex-col">
      {row.options.map((o) => (
        <li key={o}>
          {o === 'SIGN_UP' ? (
            <Link href={`/workshops/sessions/${row.id}/sign-up`} className={LINK}>
              Sign-up
            </Link>
          ) : o === 'JOIN_WAITLIST' ? (
            <Link href={`/workshops/sessions/${row.id}/sign-up`} className={LINK}>
              Join waitlist
            </Link>
          ) : o === 'CANCEL' && row.myBooking ? (
            <Link href={`/workshops/bookings/${row.myBooking.id}/cancel`} className={LINK}>
              Cancel booking
            </Link>
          ) : o === 'MORE_INFO' ? (
            <Link href={`/workshops/sessions/${row.id}`} className={LINK}>
              More info
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export async function WorkshopSessionTable({
  activityId,
  viewer,
  headingLevel = 3,
}: {
  activityId: number;
  viewer: Viewer;
  /** 3 under an activity's h2 on the course page; 2 on the workshop's own page, right under its h1. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const data = await listWorkshopSessions(viewer, activityId);
  const headingId = `workshop-${activityId}-sessions`;
  return (
    <section aria-labelledby={headingId} className="my-6">
      <Heading id={headingId} className="text-xl font-bold">
        {headingLevel === 2 ? 'Sessions' : data.activity.name}
      </Heading>
      {data.blockers.length > 0 ? (
        <p className="mt-2 border-l-4 border-slate-500 pl-3">{data.blockers.join('. ')}.</p>
      ) : null}
      {data.enrolOnSignUp ? (
        <p className="mt-2 border-l-4 border-slate-500 pl-3">
          You are not enrolled on {data.course.fullName} yet. Signing up for a session enrols you on the course too.
        </p>
      ) : null}
      {data.rows.length === 0 ? (
        <p className="mt-2">
          There are no upcoming sessions. Check back later or contact the learning and development team.
        </p>
      ) : (
        <table className="mt-3 w-full border-collapse text-left">
          <caption className="sr-only">Sessions for {data.activity.name}</caption>
          <thead className="hidden md:table-header-group">
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="p-2">
                Date and time
              </th>
              <th scope="col" className="p-2">
                Room
              </th>
              <th scope="col" className="p-2">
                Capacity
              </th>
              <th scope="col" className="p-2">
                Status
              </th>
              <th scope="col" className="p-2">
                Options
              </th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.id} className="block border-b border-slate-300 py-2 md:table-row md:py-0">
                <td className="block p-2 md:table-cell md:align-top">
                  <span className="font-semibold md:hidden">Date and time: </span>
                  <SessionDateList dates={row.dates} />
                  {row.costPence > 0 ? <p className="mt-1">Cost: {formatMoney(row.costPence)}</p> : null}
                </td>
                <td className="block p-2 md:table-cell md:align-top">
                  <span className="font-semibold md:hidden">Room: </span>
                  {row.dates.length ? <RoomCell room={row.dates[0]!.room} /> : 'To be confirmed'}
                </td>
                <td className="block p-2 md:table-cell md:align-top">
                  <span className="font-semibold md:hidden">Capacity: </span>
                  {row.myBooking ? seatsAvailableText(row.seatsAvailable) : row.capacityText}
                </td>
                <td className="block p-2 md:table-cell md:align-top">
                  <span className="font-semibold md:hidden">Status: </span>
                  <SessionStatusTag label={row.statusLabel} />
                </td>
                <td className="block p-2 md:table-cell md:align-top">
                  <span className="sr-only md:hidden">Options</span>
                  <Options row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
