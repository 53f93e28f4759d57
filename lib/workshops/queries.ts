// Learner reads: sessions of a workshop with the viewer's options, one session's details, own bookings, rooms.
import type { Whose } from '@/lib/auth/record-owner';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { getWorkshopAccess, workshopBookability } from '@/lib/workshops/access';
import {
  cancellationProblem,
  capacityText,
  costCodeReason,
  costCodeRequired,
  formatDuration,
  seatsAvailable,
  sessionStatusLabel,
  viewerOptions,
  type BookingStatusValue,
  type SessionFacts,
  type SessionStatusLabel,
  type ViewerOption,
} from '@/lib/workshops/rules';

export type RoomSummary = {
  id: number;
  name: string;
  building: string | null;
  address: string | null;
  isVirtual: boolean;
  virtualUrl: string | null;
};

export type SessionRow = {
  id: number;
  dates: { id: number; startsAt: Date; endsAt: Date; timezone: string; room: RoomSummary | null }[];
  timezone: string;
  capacity: number;
  bookedCount: number;
  waitlisted: number;
  capacityText: string;
  seatsAvailable: number;
  costPence: number;
  statusLabel: SessionStatusLabel;
  options: ViewerOption[];
  myBooking: { id: number; status: BookingStatusValue } | null;
};

const ROOM_SELECT = { id: true, name: true, building: true, address: true, isVirtual: true, virtualUrl: true } as const;
const SESSION_SELECT = {
  id: true,
  capacity: true,
  bookedCount: true,
  waitlistEnabled: true,
  status: true,
  costPence: true,
  timezone: true,
  signupOpensAt: true,
  signupClosesAt: true,
  detailsHtml: true,
  customFields: true,
  cancelReason: true,
  dates: {
    orderBy: { startsAt: 'asc' },
    select: { id: true, startsAt: true, endsAt: true, timezone: true, room: { select: ROOM_SELECT } },
  },
} as const;

function facts(s: {
  status: 'SCHEDULED' | 'CANCELLED';
  capacity: number;
  bookedCount: number;
  waitlistEnabled: boolean;
  signupOpensAt: Date | null;
  signupClosesAt: Date | null;
  dates: { startsAt: Date; endsAt: Date }[];
}): SessionFacts {
  return {
    status: s.status,
    capacity: s.capacity,
    bookedCount: s.bookedCount,
    waitlistEnabled: s.waitlistEnabled,
    startsAt: s.dates[0]?.startsAt ?? null,
    endsAt: s.dates.length ? new Date(Math.max(...s.dates.map((d) => d.endsAt.getTime()))) : null,
    signupOpensAt: s.signupOpensAt,
    signupClosesAt: s.signupClosesAt,
  };
}

async function waitlistCounts(sessionIds: number[]): Promise<Map<number, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db.booking.groupBy({
    by: ['sessionId'],
    where: { sessionId: { in: sessionIds }, status: 'WAITLISTED' },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.sessionId, r._count._all]));
}

/** Sessions of one workshop activity as the viewer sees them (upcoming first; past ones only if they booked). */
export async function listWorkshopSessions(viewer: Viewer, activityId: number, now: Date = new Date()) {
  const access = await getWorkshopAccess(viewer, activityId);
  const workshop = await db.workshop.findUnique({
    where: { activityId },
    select: {
      id: true,
      detailsHtml: true,
      allowMultipleBookings: true,
      cancellationPolicy: true,
      cancellationCutoffHours: true,
      cancellationFeePence: true,
      cancellationPolicyHtml: true,
      eligibleAudienceId: true,
      sessions: { select: SESSION_SELECT },
      bookings: {
        where: { userId: viewer.id, archivedAt: null, activeFlag: true },
        select: { id: true, sessionId: true, status: true },
      },
    },
  });
  // A workshop activity whose sessions have not been set up yet simply has none.
  if (!workshop)
    return {
      activity: access.activity,
      course: access.course,
      workshop: null,
      blockers: [],
      enrolOnSignUp: false,
      rows: [] as SessionRow[],
    };
  const [waiting, bookable] = await Promise.all([
    waitlistCounts(workshop.sessions.map((s) => s.id)),
    workshopBookability(viewer, access, workshop.eligibleAudienceId),
  ]);
  const mine = new Map(workshop.bookings.map((b) => [b.sessionId, b]));
  const hasActive = workshop.bookings.some((b) => b.status === 'BOOKED' || b.status === 'WAITLISTED');
  const { canBook } = bookable;
  const rows: SessionRow[] = workshop.sessions
    .map((s) => {
      const f = facts(s);
      const my = mine.get(s.id) ?? null;
      const w = waiting.get(s.id) ?? 0;
      const options = viewerOptions(f, my, {
        hasOtherActiveBooking: hasActive,
        allowMultiple: workshop.allowMultipleBookings,
        cancellation: { policy: workshop.cancellationPolicy, cutoffHours: workshop.cancellationCutoffHours },
        now,
      }).filter((o) => canBook || o === 'MORE_INFO' || o === 'CANCEL');
      return {
        id: s.id,
        dates: s.dates,
        timezone: s.timezone,
        capacity: s.capacity,
        bookedCount: s.bookedCount,
        waitlisted: w,
        capacityText: capacityText(s.bookedCount, s.capacity, w),
        seatsAvailable: seatsAvailable(s.bookedCount, s.capacity),
        costPence: s.costPence,
        statusLabel: sessionStatusLabel(f, my?.status ?? null, now),
        options,
        myBooking: my ? { id: my.id, status: my.status } : null,
        _start: f.startsAt,
        _end: f.endsAt,
      };
    })
    // Past and cancelled sessions stay visible only to people who booked them.
    .filter((r) => r.myBooking || (r.statusLabel !== 'Cancelled' && (!r._end || r._end > now)))
    .sort((a, b) => (a._start?.getTime() ?? Infinity) - (b._start?.getTime() ?? Infinity))
    .map(({ _start, _end, ...row }) => {
      void _start;
      void _end;
      return row;
    });
  const { blockers, enrolOnSignUp } = bookable;
  return {
    activity: access.activity,
    course: access.course,
    workshop: {
      detailsHtml: workshop.detailsHtml,
      cancellationPolicy: workshop.cancellationPolicy,
      cancellationCutoffHours: workshop.cancellationCutoffHours,
      cancellationFeePence: workshop.cancellationFeePence,
      cancellationPolicyHtml: workshop.cancellationPolicyHtml,
    },
    blockers,
    /** Signing up enrols the viewer on the course too (they are not enrolled yet and may enrol themselves). */
    enrolOnSignUp,
    rows,
  };
}

/** One session with the viewer's booking, for "More info", sign-up and the calendar download. */
export async function getSessionForViewer(viewer: Viewer, sessionId: number, now: Date = new Date()) {
  if (!Number.isInteger(sessionId) || sessionId <= 0) throw new NotFoundError();
  const session = await db.workshopSession.findUnique({
    where: { id: sessionId },
    select: {
      ...SESSION_SELECT,
      icalSequence: true,
      workshop: {
        select: {
          id: true,
          activityId: true,
          detailsHtml: true,
          approval: true,
          termsHtml: true,
          allowMultipleBookings: true,
          cancellationPolicy: true,
          cancellationCutoffHours: true,
          cancellationFeePence: true,
          cancellationPolicyHtml: true,
          questions: {
            orderBy: { sortOrder: 'asc' },
            select: { id: true, label: true, hint: true, type: true, options: true, required: true },
          },
        },
      },
    },
  });
  if (!session) throw new NotFoundError('We could not find that session.');
  const { workshop, ...s } = session;
  const list = await listWorkshopSessions(viewer, workshop.activityId, now);
  const row = list.rows.find((r) => r.id === sessionId);
  if (!row) throw new NotFoundError('We could not find that session.');
  const myBooking = row.myBooking
    ? await db.booking.findFirst({
        where: { id: row.myBooking.id, userId: viewer.id },
        select: {
          id: true,
          status: true,
          icalUid: true,
          icalSequence: true,
          signedUpAt: true,
          costCode: true,
          specialRequirementsHtml: true,
        },
      })
    : null;
  return {
    ...list,
    session: {
      ...s,
      duration: formatDuration(s.dates),
      customFields: customFieldEntries(s.customFields),
      costCodeRequired: costCodeRequired(s.costPence, workshop.cancellationFeePence),
      costCodeReason: costCodeReason(s.costPence, workshop.cancellationFeePence),
    },
    workshop,
    row,
    myBooking,
  };
}

export function customFieldEntries(value: unknown): { label: string; value: string }[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => typeof v === 'string' && v.trim())
    .map(([label, v]) => ({ label, value: String(v) }));
}

/** The viewer's own booking with what the cancel page needs. */
export async function getOwnBooking(viewer: Viewer, bookingId: number) {
  if (!Number.isInteger(bookingId) || bookingId <= 0) throw new NotFoundError();
  const booking = await db.booking.findFirst({
    where: { id: bookingId, userId: viewer.id },
    select: {
      id: true,
      status: true,
      sessionId: true,
      workshop: {
        select: {
          activityId: true,
          cancellationReasons: true,
          cancellationFeePence: true,
          cancellationPolicyHtml: true,
          cancellationPolicy: true,
          cancellationCutoffHours: true,
          activity: { select: { name: true, course: { select: { id: true, fullName: true } } } },
        },
      },
      session: {
        select: {
          dates: {
            orderBy: { startsAt: 'asc' },
            select: { startsAt: true, endsAt: true, timezone: true, room: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!booking) throw new NotFoundError('We could not find that booking.');
  return booking;
}

/**
 * "My bookings" of one person (the viewer, or a direct report after lib/team's scope check): upcoming (including
 * wait-listed) and past with attendance, newest past first.
 */
export async function listOwnBookings(whose: Whose, now: Date = new Date()) {
  const bookings = await db.booking.findMany({
    where: { userId: whose.id },
    orderBy: { signedUpAt: 'desc' },
    take: 200,
    select: {
      id: true,
      status: true,
      sessionId: true,
      cancelledAt: true,
      workshop: {
        select: {
          activityId: true,
          cancellationPolicy: true,
          cancellationCutoffHours: true,
          activity: { select: { name: true, course: { select: { id: true, fullName: true } } } },
        },
      },
      session: {
        select: {
          status: true,
          dates: {
            orderBy: { startsAt: 'asc' },
            select: { startsAt: true, endsAt: true, timezone: true, room: { select: { id: true, name: true } } },
          },
        },
      },
    },
  });
  const withTimes = bookings.map((b) => {
    const startsAt = b.session.dates[0]?.startsAt ?? null;
    const policy = { policy: b.workshop.cancellationPolicy, cutoffHours: b.workshop.cancellationCutoffHours };
    return {
      ...b,
      startsAt,
      endsAt: b.session.dates.at(-1)?.endsAt ?? null,
      canCancel: (b.status === 'BOOKED' || b.status === 'WAITLISTED') && !cancellationProblem(policy, startsAt, now),
    };
  });
  const upcoming = withTimes
    .filter((b) => (b.status === 'BOOKED' || b.status === 'WAITLISTED') && (!b.endsAt || b.endsAt > now))
    .sort((a, b) => (a.startsAt?.getTime() ?? Infinity) - (b.startsAt?.getTime() ?? Infinity));
  const upcomingIds = new Set(upcoming.map((b) => b.id));
  const past = withTimes.filter((b) => !upcomingIds.has(b.id));
  return { upcoming, past };
}

/** A room's details and its upcoming session dates. Any signed-in person may see rooms. */
export async function getRoom(viewer: Viewer, roomId: number, now: Date = new Date()) {
  void viewer;
  if (!Number.isInteger(roomId) || roomId <= 0) throw new NotFoundError();
  const room = await db.room.findFirst({
    where: { id: roomId },
    select: {
      ...ROOM_SELECT,
      capacity: true,
      detailsHtml: true,
      sessionDates: {
        where: { startsAt: { gte: now }, session: { status: 'SCHEDULED' } },
        orderBy: { startsAt: 'asc' },
        take: 50,
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          timezone: true,
          session: {
            select: {
              id: true,
              workshop: { select: { activity: { select: { name: true, course: { select: { fullName: true } } } } } },
            },
          },
        },
      },
    },
  });
  if (!room) throw new NotFoundError('We could not find that room.');
  return room;
}
