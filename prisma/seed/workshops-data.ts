// The rooms, workshops and sessions of the demo: the full Gender Identity session with its waitlist, Active
// Supervision with self authorisation, priced Written Communication, past sessions with attendance, multi-date sessions.
import type { Prisma } from '../../lib/generated/prisma/client';

export type Status = 'WAITLISTED' | 'BOOKED' | 'USER_CANCELLED' | 'NO_SHOW' | 'PARTIALLY_ATTENDED' | 'FULLY_ATTENDED';
export type DateSpec = { day: number; start: [number, number]; end: [number, number]; room: RoomKey };
export type SessionSpec = {
  dates: DateSpec[];
  capacity: number;
  costPence?: number;
  customFields?: Record<string, string>;
  details?: string;
  /** Bookings by status, for people drawn from those eligible; Sam is added separately. */
  counts: Partial<Record<Status, number>>;
  sam?: Status;
};
export type WorkshopSpec = {
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
export type RoomKey = 'hdc' | 'stocks' | 'teams' | 'farnham' | 'watford';

const PARKING =
  'For both directions and a permit for parking at the Robertson House / Farnham House car park, collect a visitor permit from HDC reception on arrival.';

export const ROOMS: Record<RoomKey, Omit<Prisma.RoomCreateManyInput, 'organisationId'>> = {
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

export const WORKSHOPS: WorkshopSpec[] = [
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
