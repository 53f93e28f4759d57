// Calendar files for bookings: the learner's own download, and (unsafe, for jobs) the invite an email carries.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { NotFoundError } from '@/lib/errors';
import { buildInvite } from '@/lib/workshops/ical';

/** The invite for one booking, without a viewer check: only for jobs that already know the booking. */
export async function unsafeBookingInvite(bookingId: number, method: 'REQUEST' | 'CANCEL'): Promise<string | null> {
  const b = await db.booking.findUnique({
    where: { id: bookingId },
    select: {
      icalUid: true,
      icalSequence: true,
      user: { select: { firstName: true, lastName: true, email: true } },
      session: {
        select: {
          id: true,
          icalSequence: true,
          detailsHtml: true,
          dates: {
            orderBy: { startsAt: 'asc' },
            select: {
              id: true,
              startsAt: true,
              endsAt: true,
              room: { select: { name: true, building: true, address: true, virtualUrl: true } },
            },
          },
          workshop: { select: { activity: { select: { name: true, course: { select: { fullName: true } } } } } },
        },
      },
    },
  });
  if (!b || b.session.dates.length === 0) return null;
  const room = b.session.dates[0]?.room;
  const location = room ? [room.name, room.building, room.address].filter(Boolean).join(', ') : null;
  const url = `${env.appUrl}/workshops/sessions/${b.session.id}`;
  return buildInvite({
    method,
    uid: b.icalUid,
    sequence: b.icalSequence + b.session.icalSequence,
    title: `${b.session.workshop.activity.course.fullName}: ${b.session.workshop.activity.name}`,
    description: `${room?.virtualUrl ? `Join online: ${room.virtualUrl}\n` : ''}Session details: ${url}`,
    location,
    url,
    organizer: { name: 'iLearn+', email: env.emailFrom.replace(/^.*<([^>]+)>.*$/, '$1') },
    attendee: { name: `${b.user.firstName} ${b.user.lastName}`, email: b.user.email },
    dates: b.session.dates,
  });
}

/** The viewer's own calendar file for a session they are booked or wait-listed on. */
export async function getOwnCalendarFile(viewer: Viewer, sessionId: number): Promise<string> {
  if (!Number.isInteger(sessionId) || sessionId <= 0) throw new NotFoundError();
  const booking = await db.booking.findFirst({
    where: { sessionId, userId: viewer.id, status: { in: ['BOOKED', 'WAITLISTED'] } },
    select: { id: true },
  });
  if (!booking) throw new NotFoundError('You have no booking for this session.');
  const ics = await unsafeBookingInvite(booking.id, 'REQUEST');
  if (!ics) throw new NotFoundError('This session has no dates yet.');
  return ics;
}
