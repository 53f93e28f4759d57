// Rooms, workshop settings, sessions (past, future, multi-date, full with a waitlist) and bookings whose
// seat count always equals WorkshopSession.bookedCount. Learning records follow from the bookings.
import { bulkInsertReturning } from './bulk';
import type { Prisma } from '../../lib/generated/prisma/client';
import type { Person, SeedContext } from './context';
import type { CourseState, Ledger } from './ledger';
import { visibleTo } from './learning';
import { addDays } from './random';

/** Booking statuses that hold a seat (and so count in bookedCount). */
export const SEAT_STATUSES = ['BOOKED', 'FULLY_ATTENDED', 'PARTIALLY_ATTENDED', 'NO_SHOW'] as const;

type Status = 'WAITLISTED' | 'BOOKED' | 'USER_CANCELLED' | 'NO_SHOW' | 'PARTIALLY_ATTENDED' | 'FULLY_ATTENDED';
type DateSpec = { day: number; start: [number, number]; end: [number, number]; room: RoomKey };
type SessionSpec = {
  dates: DateSpec[];
  capacity: number;
  costPence?: number;
  customFields?: Record<string, string>;
  details?: string;
  /** Bookings by status, for people drawn from those eligible; Sam is added separately. */
  counts: Partial<Record<Status, number>>;
  sam?: Status;
};
type WorkshopSpec = {
  course: string;
  details?: string;
  approval?: 'SELF_AUTHORISATION';
  terms?: string;
  cancellationPolicy?: 'ANY_TIME' | 'NEVER' | 'UNTIL_CUTOFF';
  cutoffHours?: number;
  feePence?: number;
  policyHtml?: string;
  audience?: string;
  copyManager?: boolean;
  questions?: Omit<Prisma.WorkshopQuestionCreateManyInput, 'workshopId'>[];
  sessions: SessionSpec[];
};
type RoomKey = 'hdc' | 'stocks' | 'teams' | 'farnham' | 'watford';

const PARKING =
  'For both directions and a permit for parking at the Robertson House / Farnham House car park, collect a visitor permit from HDC reception on arrival.';

const ROOMS: Record<RoomKey, Omit<Prisma.RoomCreateManyInput, 'organisationId'>> = {
  hdc: {
    name: 'Hertfordshire Development Centre',
    building: 'Hertfordshire Development Centre',
    address: 'Robertson House, Stevenage, SG1 2FQ',
    capacity: 24,
    detailsHtml:
      '<p>Ground floor training suite, step-free access. Sign in at main reception. Tea and coffee provided.</p>',
  },
  stocks: {
    name: 'Room 3',
    building: 'Central Stocks Unit',
    address: 'Unit 3',
    capacity: 14,
    detailsHtml: '<p>Room 3 is on the first floor; a lift is available. Free parking on site.</p>',
  },
  teams: {
    name: 'MS Teams virtual classroom',
    isVirtual: true,
    virtualUrl: 'https://teams.microsoft.com/l/meetup-join/ilearn-demo-classroom',
    detailsHtml:
      '<p>Join from a quiet space with a headset. The link works in the Teams app or a browser; join five minutes early.</p>',
  },
  farnham: {
    name: 'Training Room 2',
    building: 'Farnham House',
    address: 'Six Hills Way, Stevenage, SG1 2FQ',
    capacity: 18,
    detailsHtml: '<p>Second floor. Report to reception in Robertson House first.</p>',
  },
  watford: {
    name: 'Committee Room 1',
    building: 'Watford Town Hall',
    address: 'Hempstead Road, Watford, WD17 3EX',
    capacity: 20,
  },
};

const HR_POLICY =
  '<p>This policy applies to all delegates on HR L&amp;D training. If you cancel less than 3 working days (72 hours) before the session, or do not attend, your cost centre is charged the full fee. Cancellation fees are only waived at the discretion of the HR L&amp;D team.</p>';

const WORKSHOPS: WorkshopSpec[] = [
  {
    course: 'WRITCOMM',
    details: '<p>A practical workshop: bring a recent letter or email you have written.</p>',
    cancellationPolicy: 'UNTIL_CUTOFF',
    cutoffHours: 72,
    feePence: 13500,
    policyHtml: HR_POLICY,
    copyManager: true,
    questions: [
      {
        label: 'Which service do you work in?',
        type: 'SELECT',
        options: [
          'Adult Care Services',
          "Children's Services",
          'Community Services',
          'Environment and Infrastructure',
          'Resources',
        ],
        sortOrder: 0,
      },
      {
        label: 'What would you most like to get out of the workshop?',
        type: 'TEXTAREA',
        required: false,
        sortOrder: 1,
      },
      {
        label: 'My line manager and budget holder have agreed the cost of this workshop',
        type: 'CHECKBOX',
        sortOrder: 2,
      },
    ],
    sessions: [
      {
        dates: [{ day: -40, start: [9, 30], end: [12, 30], room: 'hdc' }],
        capacity: 16,
        costPence: 13500,
        customFields: { 'Parking permit': PARKING },
        counts: { FULLY_ATTENDED: 9, PARTIALLY_ATTENDED: 2, NO_SHOW: 1, USER_CANCELLED: 1 },
      },
      {
        dates: [{ day: 14, start: [9, 30], end: [12, 30], room: 'hdc' }],
        capacity: 16,
        costPence: 13500,
        customFields: { 'Parking permit': PARKING },
        counts: { BOOKED: 9, USER_CANCELLED: 1 },
        sam: 'BOOKED',
      },
    ],
  },
  {
    course: 'ACTSUP',
    details:
      '<p>Please speak to your line manager to approve your request before you sign up. Questions: contact Gill Winters or Library.Courses@hertfordshire.gov.uk.</p>',
    approval: 'SELF_AUTHORISATION',
    terms:
      '<p>I confirm that my line manager has agreed that I can attend the whole day, and that I will arrange cover for my service point.</p>',
    audience: 'Library managers and supervisors',
    sessions: [
      {
        dates: [{ day: -120, start: [9, 30], end: [16, 30], room: 'stocks' }],
        capacity: 12,
        counts: { FULLY_ATTENDED: 4, NO_SHOW: 1 },
      },
      { dates: [{ day: 30, start: [9, 30], end: [16, 30], room: 'stocks' }], capacity: 12, counts: { BOOKED: 4 } },
    ],
  },
  {
    course: 'GENDERID',
    audience: 'All CS and ACS Staff',
    sessions: [
      {
        dates: [{ day: 21, start: [9, 30], end: [12, 30], room: 'teams' }],
        capacity: 17,
        counts: { BOOKED: 17, WAITLISTED: 7 },
      },
    ],
  },
  {
    course: 'CUSTSERV',
    sessions: [
      {
        dates: [{ day: -75, start: [13, 30], end: [16, 30], room: 'farnham' }],
        capacity: 14,
        counts: { FULLY_ATTENDED: 8, PARTIALLY_ATTENDED: 1, NO_SHOW: 2 },
        sam: 'FULLY_ATTENDED',
      },
      { dates: [{ day: 35, start: [9, 30], end: [12, 30], room: 'farnham' }], capacity: 14, counts: { BOOKED: 6 } },
    ],
  },
  {
    course: 'AGILEPM',
    cancellationPolicy: 'UNTIL_CUTOFF',
    cutoffHours: 168,
    feePence: 45000,
    policyHtml: HR_POLICY,
    sessions: [
      {
        dates: [
          { day: 42, start: [9, 0], end: [17, 0], room: 'hdc' },
          { day: 43, start: [9, 0], end: [16, 0], room: 'hdc' },
        ],
        capacity: 10,
        costPence: 45000,
        details: '<p>Two consecutive days. The Foundation exam is taken online on the afternoon of day two.</p>',
        counts: { BOOKED: 6 },
      },
    ],
  },
  {
    course: 'COACHING',
    sessions: [
      {
        dates: [
          { day: 49, start: [9, 30], end: [12, 30], room: 'teams' },
          { day: 56, start: [9, 30], end: [12, 30], room: 'teams' },
        ],
        capacity: 12,
        details: '<p>Two half-day online sessions a week apart; practise between sessions.</p>',
        counts: { BOOKED: 5 },
      },
      {
        dates: [{ day: -30, start: [9, 30], end: [16, 0], room: 'farnham' }],
        capacity: 12,
        counts: { FULLY_ATTENDED: 7, PARTIALLY_ATTENDED: 1 },
      },
    ],
  },
  {
    course: 'CHANGE',
    sessions: [
      { dates: [{ day: 63, start: [9, 30], end: [16, 0], room: 'hdc' }], capacity: 15, counts: { BOOKED: 3 } },
    ],
  },
  {
    course: 'REPORTW',
    sessions: [
      {
        dates: [{ day: 18, start: [13, 0], end: [16, 0], room: 'teams' }],
        capacity: 20,
        counts: { BOOKED: 8, USER_CANCELLED: 2 },
      },
    ],
  },
  {
    course: 'EMOTINT',
    sessions: [
      { dates: [{ day: 26, start: [9, 30], end: [12, 30], room: 'teams' }], capacity: 20, counts: { BOOKED: 7 } },
    ],
  },
  {
    course: 'SGADULTS',
    audience: 'All CS and ACS Staff',
    sessions: [
      {
        dates: [{ day: -20, start: [9, 30], end: [13, 0], room: 'hdc' }],
        capacity: 18,
        counts: { FULLY_ATTENDED: 10, NO_SHOW: 1 },
      },
      {
        dates: [{ day: 28, start: [9, 30], end: [13, 0], room: 'hdc' }],
        capacity: 18,
        counts: { BOOKED: 8, WAITLISTED: 0 },
      },
    ],
  },
  {
    course: 'SGCHILD',
    audience: 'All CS and ACS Staff',
    sessions: [
      { dates: [{ day: 33, start: [9, 30], end: [13, 0], room: 'farnham' }], capacity: 18, counts: { BOOKED: 9 } },
    ],
  },
  {
    course: 'MANHANDLE',
    sessions: [
      {
        dates: [{ day: 11, start: [10, 0], end: [12, 0], room: 'stocks' }],
        capacity: 8,
        counts: { BOOKED: 8, WAITLISTED: 2 },
      },
    ],
  },
  {
    course: 'RECRUIT',
    sessions: [
      { dates: [{ day: 45, start: [9, 30], end: [13, 0], room: 'teams' }], capacity: 16, counts: { BOOKED: 4 } },
    ],
  },
  {
    course: 'MGRINDUCT',
    sessions: [
      { dates: [{ day: 38, start: [9, 30], end: [16, 30], room: 'hdc' }], capacity: 20, counts: { BOOKED: 5 } },
    ],
  },
];

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
