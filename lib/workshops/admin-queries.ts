// L&D admin reads: the workshops a viewer manages, a workshop's settings and sessions, attendee lists, rooms.
import type { Viewer } from '@/lib/auth/viewer';
import { assertLdAdmin } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { coursesManagedBy, requireCourseManager } from '@/lib/auth/course-manager';
import { NotFoundError } from '@/lib/errors';
import { customFieldEntries } from '@/lib/workshops/queries';
import { toCsv } from '@/lib/csv';
import { isId } from '@/lib/validation';
import { BOOKING_STATUS_LABELS, capacityText } from '@/lib/workshops/rules';

/** A workshop (by its activity id) on a course the viewer manages; NotFound/Forbidden otherwise. */
export async function findManagedWorkshop(viewer: Viewer, activityId: number) {
  const activity = isId(activityId)
    ? await db.activity.findUnique({
        where: { id: activityId },
        select: { type: true, courseId: true, workshop: { select: { id: true } } },
      })
    : null;
  if (!activity || activity.type !== 'WORKSHOP' || !activity.workshop)
    throw new NotFoundError('We could not find that workshop.');
  await requireCourseManager(viewer, activity.courseId);
  return { id: activity.workshop.id, activityId, courseId: activity.courseId };
}

/** A session of a workshop on a course the viewer manages; NotFound/Forbidden otherwise. */
export async function findManagedSession(viewer: Viewer, sessionId: number) {
  const session = isId(sessionId)
    ? await db.workshopSession.findUnique({
        where: { id: sessionId },
        select: {
          id: true,
          workshopId: true,
          workshop: { select: { activityId: true, activity: { select: { courseId: true } } } },
        },
      })
    : null;
  if (!session) throw new NotFoundError('We could not find that session.');
  await requireCourseManager(viewer, session.workshop.activity.courseId);
  return session;
}

/** WORKSHOP activities on courses the viewer manages, with their upcoming session counts (two queries). */
export async function listManagedWorkshops(viewer: Viewer, now: Date = new Date()) {
  assertLdAdmin(viewer);
  const activities = await db.activity.findMany({
    where: { type: 'WORKSHOP', course: coursesManagedBy(viewer) },
    orderBy: [{ course: { fullName: 'asc' } }, { sortOrder: 'asc' }],
    take: 500,
    select: { id: true, name: true, course: { select: { id: true, fullName: true } } },
  });
  const counts = await db.workshopSession.groupBy({
    by: ['workshopId'],
    where: {
      status: 'SCHEDULED',
      dates: { some: { startsAt: { gte: now } } },
      workshop: { activityId: { in: activities.map((a) => a.id) } },
    },
    _count: { _all: true },
  });
  const workshops = await db.workshop.findMany({
    where: { activityId: { in: activities.map((a) => a.id) } },
    select: { id: true, activityId: true },
  });
  const byActivity = new Map(
    workshops.map((w) => [w.activityId, counts.find((c) => c.workshopId === w.id)?._count._all ?? 0]),
  );
  return activities.map((a) => ({
    activityId: a.id,
    name: a.name,
    course: a.course,
    upcomingSessions: byActivity.get(a.id) ?? 0,
  }));
}

export async function getWorkshopAdmin(viewer: Viewer, activityId: number) {
  await findManagedWorkshop(viewer, activityId);
  const [workshop, audiences] = await Promise.all([
    db.workshop.findUniqueOrThrow({
      where: { activityId },
      include: {
        activity: { select: { name: true, course: { select: { id: true, fullName: true } } } },
        questions: { orderBy: { sortOrder: 'asc' } },
        sessions: {
          select: {
            id: true,
            status: true,
            capacity: true,
            bookedCount: true,
            dates: {
              orderBy: { startsAt: 'asc' },
              select: { startsAt: true, endsAt: true, timezone: true, room: { select: { name: true } } },
            },
            _count: { select: { bookings: { where: { status: 'WAITLISTED' } } } },
          },
        },
      },
    }),
    db.audience.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true }, take: 500 }),
  ]);
  const sessions = workshop.sessions
    .map((s) => ({
      ...s,
      capacityText: capacityText(s.bookedCount, s.capacity, s._count.bookings),
      startsAt: s.dates[0]?.startsAt ?? null,
    }))
    .sort((a, b) => (b.startsAt?.getTime() ?? Infinity) - (a.startsAt?.getTime() ?? Infinity));
  return { workshop, sessions, audiences };
}

/** A session with its attendees (booked, wait-listed in order, cancelled) and their answers. */
export async function getSessionAdmin(viewer: Viewer, sessionId: number) {
  await findManagedSession(viewer, sessionId);
  const session = await db.workshopSession.findUniqueOrThrow({
    where: { id: sessionId },
    include: {
      dates: { orderBy: { startsAt: 'asc' }, include: { room: true } },
      workshop: {
        select: {
          id: true,
          activityId: true,
          activity: { select: { name: true, course: { select: { id: true, fullName: true } } } },
          sessions: {
            where: { status: 'SCHEDULED' },
            select: {
              id: true,
              dates: {
                orderBy: { startsAt: 'asc' },
                take: 1,
                select: { startsAt: true, endsAt: true, timezone: true },
              },
            },
          },
        },
      },
      bookings: {
        orderBy: [{ signedUpAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          status: true,
          signedUpAt: true,
          costCode: true,
          specialRequirementsHtml: true,
          answers: true,
          cancelReason: true,
          cancelDetails: true,
          attendanceMarkedAt: true,
          user: { select: { id: true, username: true, firstName: true, lastName: true, email: true } },
        },
      },
    },
  });
  const waitlisted = session.bookings.filter((b) => b.status === 'WAITLISTED').length;
  return {
    session: {
      ...session,
      customFields: customFieldEntries(session.customFields),
      capacityText: capacityText(session.bookedCount, session.capacity, waitlisted),
    },
    attending: session.bookings.filter((b) =>
      ['BOOKED', 'FULLY_ATTENDED', 'PARTIALLY_ATTENDED', 'NO_SHOW'].includes(b.status),
    ),
    waitlist: session.bookings.filter((b) => b.status === 'WAITLISTED'),
    cancelled: session.bookings.filter((b) => b.status === 'USER_CANCELLED' || b.status === 'SESSION_CANCELLED'),
    otherSessions: session.workshop.sessions.filter((s) => s.id !== sessionId && s.dates[0]),
  };
}

export function answersText(answers: unknown): string {
  if (!answers || typeof answers !== 'object') return '';
  return Object.entries(answers as Record<string, string>)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
}

export function htmlToText(html: string | null): string {
  return (html ?? '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** Attendee list as CSV (booked and wait-listed first, then cancelled). */
export async function exportAttendeesCsv(
  viewer: Viewer,
  sessionId: number,
): Promise<{ filename: string; csv: string }> {
  const { session, attending, waitlist, cancelled } = await getSessionAdmin(viewer, sessionId);
  const first = session.dates[0];
  const rows: (string | number | null)[][] = [
    [
      'Username',
      'First name',
      'Last name',
      'Email',
      'Status',
      'Signed up',
      'Cost code',
      'Special requirements',
      'Answers',
      'Cancellation reason',
    ],
    ...[...attending, ...waitlist, ...cancelled].map((b) => [
      b.user.username,
      b.user.firstName,
      b.user.lastName,
      b.user.email,
      BOOKING_STATUS_LABELS[b.status],
      b.signedUpAt.toISOString(),
      b.costCode,
      htmlToText(b.specialRequirementsHtml),
      answersText(b.answers),
      [b.cancelReason, b.cancelDetails].filter(Boolean).join(': '),
    ]),
  ];
  const day = first ? first.startsAt.toISOString().slice(0, 10) : 'no-date';
  return { filename: `attendees-session-${sessionId}-${day}.csv`, csv: toCsv(rows) };
}

export async function listRooms(viewer: Viewer) {
  assertLdAdmin(viewer);
  return db.room.findMany({
    where: { archivedAt: null },
    orderBy: { name: 'asc' },
    take: 500,
    select: {
      id: true,
      name: true,
      building: true,
      address: true,
      capacity: true,
      isVirtual: true,
      virtualUrl: true,
      detailsHtml: true,
    },
  });
}

export async function getRoomAdmin(viewer: Viewer, roomId: number) {
  assertLdAdmin(viewer);
  if (!Number.isInteger(roomId) || roomId <= 0) throw new NotFoundError('We could not find that room.');
  const room = await db.room.findFirst({ where: { id: roomId, archivedAt: null } });
  if (!room) throw new NotFoundError('We could not find that room.');
  return room;
}
