// Rooms, workshop settings, sessions (past, future, multi-date, full with a waitlist) and bookings whose
// seat count always equals WorkshopSession.bookedCount. Learning records follow from the bookings.
import type { Prisma } from '../../lib/generated/prisma/client';
import { bulkInsertReturning } from './bulk';
import type { Person, SeedContext } from './context';
import type { CourseState, Ledger } from './ledger';
import { visibleTo } from './learning';
import { addDays } from './random';
import {
  ROOMS,
  WORKSHOPS,
  type DateSpec,
  type RoomKey,
  type SessionSpec,
  type Status,
  type WorkshopSpec,
} from './workshops-data';

/** Booking statuses that hold a seat (and so count in bookedCount). */
export const SEAT_STATUSES = ['BOOKED', 'FULLY_ATTENDED', 'PARTIALLY_ATTENDED', 'NO_SHOW'] as const;

export async function seedWorkshops(ctx: SeedContext, ledger: Ledger): Promise<void> {
  const { db, clock, rng } = ctx;
  const roomKeys = Object.keys(ROOMS) as RoomKey[];
  const rooms = await db.room.createManyAndReturn({
    data: roomKeys.map((k) => ({ ...ROOMS[k], organisationId: k === 'watford' ? ctx.orgIds.wbc : ctx.orgIds.hcc })),
    select: { id: true, name: true },
  });
  const roomId = (k: RoomKey) => rooms.find((r) => r.name === ROOMS[k].name)?.id as number;

  const workshops = await db.workshop.createManyAndReturn({
    data: WORKSHOPS.map((w) => {
      const activity = ledger.course(w.course).activities.find((a) => a.type === 'WORKSHOP');
      if (!activity) throw new Error(`Seed: ${w.course} has no workshop activity`);
      return {
        activityId: activity.id,
        detailsHtml: w.details ?? null,
        approval: w.approval ?? 'NONE',
        termsHtml: w.terms ?? null,
        cancellationPolicy: w.cancellationPolicy ?? 'ANY_TIME',
        cancellationCutoffHours: w.cutoffHours ?? null,
        cancellationFeePence: w.feePence ?? null,
        cancellationPolicyHtml: w.policyHtml ?? null,
        eligibleAudienceId: w.audience ? (ctx.audienceIds.get(w.audience) as number) : null,
        copyManager: w.copyManager ?? false,
      };
    }),
    select: { id: true, activityId: true },
  });
  const workshopId = (w: WorkshopSpec) =>
    workshops.find((x) => x.activityId === ledger.course(w.course).activities.find((a) => a.type === 'WORKSHOP')?.id)
      ?.id as number;

  await db.workshopQuestion.createMany({
    data: WORKSHOPS.flatMap((w) => (w.questions ?? []).map((q) => ({ ...q, workshopId: workshopId(w) }))),
  });

  // Plan bookings first, so each session's bookedCount is known when it is inserted.
  type PlannedBooking = { w: WorkshopSpec; s: SessionSpec; person: Person; status: Status; order: number };
  const planned: PlannedBooking[] = [];
  const sam = ctx.byUsername.get('90011') as Person;
  for (const w of WORKSHOPS) {
    const spec = ledger.course(w.course).spec;
    const pool = ctx.people.filter(
      (p) =>
        p.status === 'ACTIVE' &&
        p.username !== '90011' &&
        p.org === 'hcc' &&
        visibleTo(ctx, spec, p) &&
        (!w.audience || ctx.audienceMembers.get(w.audience)?.has(p.id)),
    );
    const needed = w.sessions.reduce((n, s) => n + Object.values(s.counts).reduce((a, b) => a + (b ?? 0), 0), 0);
    const people = rng.sample(pool, needed);
    if (people.length < needed) throw new Error(`Seed: not enough eligible people for ${w.course}`);
    let next = 0;
    for (const s of w.sessions) {
      let order = 0;
      if (s.sam) planned.push({ w, s, person: sam, status: s.sam, order: order++ });
      for (const status of [
        'FULLY_ATTENDED',
        'PARTIALLY_ATTENDED',
        'NO_SHOW',
        'BOOKED',
        'USER_CANCELLED',
        'WAITLISTED',
      ] as Status[]) {
        for (let i = 0; i < (s.counts[status] ?? 0); i++)
          planned.push({ w, s, person: people[next++] as Person, status, order: order++ });
      }
    }
  }
  const seats = (s: SessionSpec) =>
    planned.filter((b) => b.s === s && (SEAT_STATUSES as readonly string[]).includes(b.status)).length;

  const allSessions = WORKSHOPS.flatMap((w) => w.sessions.map((s) => ({ w, s })));
  const sessionRows = await bulkInsertReturning<{ id: number }>(
    db,
    'WorkshopSession',
    allSessions.map(({ w, s }) => {
      const first = s.dates[0] as DateSpec;
      return {
        workshopId: workshopId(w),
        capacity: s.capacity,
        costPence: s.costPence ?? 0,
        detailsHtml: s.details ?? null,
        customFields: s.customFields ?? {},
        signupClosesAt: clock.london(first.day - 1, 17),
        bookedCount: seats(s),
        createdAt: clock.day(Math.min(first.day, 0) - 60),
      };
    }),
    ['id'],
  );
  // One INSERT numbers its rows in the order given, so the n-th smallest id is the n-th session.
  sessionRows.sort((a, b) => a.id - b.id);
  const sessionId = (s: SessionSpec) => sessionRows[allSessions.findIndex((x) => x.s === s)]?.id as number;
  await db.sessionDate.createMany({
    data: allSessions.flatMap(({ s }) =>
      s.dates.map((d) => ({
        sessionId: sessionId(s),
        startsAt: clock.london(d.day, ...d.start),
        endsAt: clock.london(d.day, ...d.end),
        roomId: roomId(d.room),
      })),
    ),
  });

  const bookingRows = await bulkInsertReturning<{
    id: number;
    userId: number;
    sessionId: number;
    status: Status;
    signedUpAt: Date;
  }>(
    db,
    'Booking',
    planned.map((b) => {
      const first = b.s.dates[0] as DateSpec;
      const signedUpAt = clock.day(Math.min(first.day, 0) - 25 + b.order, 9, 15 + b.order);
      const cancelled = b.status === 'USER_CANCELLED';
      const marked = b.status.endsWith('ATTENDED') || b.status === 'NO_SHOW';
      return {
        sessionId: sessionId(b.s),
        workshopId: workshopId(b.w),
        userId: b.person.id,
        status: b.status,
        activeFlag: cancelled ? null : true,
        signedUpAt,
        bookedAt: b.status === 'WAITLISTED' ? null : signedUpAt,
        costCode: b.s.costPence ? `HR${String(4100 + (b.person.id % 800)).padStart(5, '0')}` : null,
        answers: b.w.questions
          ? {
              'Which service do you work in?': 'Adult Care Services',
              'My line manager and budget holder have agreed the cost of this workshop': 'Yes',
            }
          : {},
        termsAcceptedAt: b.w.approval ? signedUpAt : null,
        cancelledAt: cancelled ? addDays(signedUpAt, 4) : null,
        cancelReason: cancelled ? 'Work commitments' : null,
        cancelledById: cancelled ? b.person.id : null,
        attendanceMarkedAt: marked ? clock.london((b.s.dates.at(-1) as DateSpec).day, 17) : null,
        icalUid: rng.uuid(),
      };
    }),
    ['id', 'userId', 'sessionId', 'status', 'signedUpAt'],
  );

  const trainer = ctx.byUsername.get('90003') as Person;
  await db.bookingStatusChange.createMany({
    data: bookingRows.flatMap((b) => {
      const changes: Prisma.BookingStatusChangeCreateManyInput[] = [
        {
          bookingId: b.id,
          from: null,
          to: b.status === 'WAITLISTED' ? 'WAITLISTED' : 'BOOKED',
          byId: b.userId,
          createdAt: b.signedUpAt,
        },
      ];
      if (b.status !== 'BOOKED' && b.status !== 'WAITLISTED') {
        changes.push({
          bookingId: b.id,
          from: 'BOOKED',
          to: b.status,
          byId: b.status === 'USER_CANCELLED' ? b.userId : trainer.id,
          createdAt: addDays(b.signedUpAt, 4),
        });
      }
      return changes;
    }),
  });

  // Learning records that follow from the bookings.
  for (const b of planned) {
    const course = ledger.course(b.w.course);
    const blended = course.spec.format === 'BLENDED';
    const last = b.s.dates.at(-1) as DateSpec;
    const state: CourseState =
      b.status === 'FULLY_ATTENDED' || b.status === 'PARTIALLY_ATTENDED'
        ? 'COMPLETE'
        : b.status === 'USER_CANCELLED' || (b.status === 'WAITLISTED' && !blended)
          ? 'NOT_STARTED'
          : 'IN_PROGRESS';
    ledger.record(b.person, b.w.course, {
      state,
      source: 'SELF',
      enrolledAt: clock.day(Math.min(b.s.dates[0]?.day ?? 0, 0) - 27),
      completedAt: clock.london(last.day, ...last.end),
      steps: blended ? 1 : 0,
    });
  }

  // Booking confirmations waiting in the outbox for the future sessions.
  const future = bookingRows.filter((b) => b.status === 'BOOKED').slice(0, 12);
  const sessionTitle = new Map(
    allSessions.map(({ w, s }) => [
      sessionId(s),
      {
        name: ledger.course(w.course).spec.fullName,
        date: clock.london((s.dates[0] as DateSpec).day, ...(s.dates[0] as DateSpec).start),
      },
    ]),
  );
  await db.emailMessage.createMany({
    data: future
      .map((b) => ({ b, p: ctx.people.find((x) => x.id === b.userId) as Person, info: sessionTitle.get(b.sessionId) }))
      .filter(({ p }) => p.email)
      .map(({ b, p, info }) => {
        const when = info?.date.toLocaleString('en-GB', {
          timeZone: 'Europe/London',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        });
        const subject = `Booking confirmation: ${info?.name} on ${when}`;
        const text = `Dear ${p.firstName},\n\nYou are booked on ${info?.name} on ${when}. Your calendar invitation is attached.\n\niLearn+`;
        return {
          dedupeKey: `booking-confirmation:${b.id}:0`,
          template: 'booking-confirmation',
          toAddress: p.email as string,
          userId: p.id,
          subject,
          html: `<p>Dear ${p.firstName},</p><p>You are booked on <strong>${info?.name}</strong> on ${when}. Your calendar invitation is attached.</p>`,
          text,
          status: 'OUTBOX' as const,
          createdAt: b.signedUpAt,
        };
      }),
  });
}
